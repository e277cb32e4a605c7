/**
 * Environment variables through which the CLI hands a local run to an
 * action's bundle. Kept apart from the backends so the CLI bundle does not
 * pull in @actions/core and @actions/artifact.
 */
export const LOCAL_INPUTS_ENV = 'ML_ACTIONS_LOCAL_INPUTS';
export const LOCAL_OUTPUT_DIR_ENV = 'ML_ACTIONS_OUTPUT_DIR';
export const LOCAL_JSON_ENV = 'ML_ACTIONS_JSON';
