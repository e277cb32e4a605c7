import { describeError, isUserError } from '../errors.js';
import type { ActionContract } from './contract.js';
import { Inputs } from './inputs.js';
import { selectPlatform } from './select.js';
import type { Platform } from './types.js';

/** What an action's glue receives: the platform and its typed inputs. */
export interface ActionContext<C extends ActionContract> {
  readonly platform: Platform;
  readonly inputs: Inputs<C>;
}

export type ActionMain<C extends ActionContract> = (context: ActionContext<C>) => Promise<void>;

/**
 * Runs an action's glue on the selected platform. A user error becomes a
 * failed step with its message and location; anything else is reported as an
 * internal error, its stack kept for debug logs — never a bare stack trace.
 */
export async function runAction<C extends ActionContract>(
  contract: C,
  main: ActionMain<C>,
  platform: Platform = selectPlatform(),
): Promise<void> {
  try {
    await main({ platform, inputs: new Inputs(platform, contract) });
  } catch (error) {
    if (isUserError(error)) {
      platform.setFailed(describeError(error), error.location);
    } else {
      if (error instanceof Error && error.stack) platform.debug(error.stack);
      platform.setFailed(
        `${contract.name}: internal error: ${describeError(error)}. This is a bug in ml-actions; please report it with the debug log (set ACTIONS_STEP_DEBUG or ML_ACTIONS_DEBUG=1).`,
      );
    }
  } finally {
    await platform.finish();
  }
}
