/**
 * Reads an input from the environment the way the runners set it: GitHub
 * upper-cases the name and turns spaces into `_` but keeps `-`
 * (`INPUT_REPORT-DIR`); shells and Azure templates cannot set such names, so
 * `INPUT_REPORT_DIR` is read as well.
 */
export function inputFromEnv(env: NodeJS.ProcessEnv, name: string): string | undefined {
  const upper = name.replace(/ /g, '_').toUpperCase();
  const value = env[`INPUT_${upper}`] ?? env[`INPUT_${upper.replace(/-/g, '_')}`];
  return value === undefined || value.trim() === '' ? undefined : value;
}
