/**
 * Errors that separate the user's mistake from ours.
 *
 * A `UserError` is something the person running the action can fix: it says
 * what was wrong, where (input, file, line, column) and, when we know it, what
 * to do. Anything else that escapes an action is reported as an internal error
 * with the stack kept for debug logs only.
 */
export interface SourceLocation {
  readonly file?: string;
  readonly line?: number;
  readonly column?: number;
}

export class UserError extends Error {
  readonly location: SourceLocation;
  readonly hint: string | undefined;

  constructor(message: string, options: { location?: SourceLocation; hint?: string; cause?: unknown } = {}) {
    super(message, { cause: options.cause });
    this.name = 'UserError';
    this.location = options.location ?? {};
    this.hint = options.hint;
  }
}

/** A bad value for an action input; always names the input and what is allowed. */
export class InputError extends UserError {
  readonly input: string;

  constructor(input: string, value: string, expected: string) {
    super(`Input '${input}' has an invalid value ${JSON.stringify(value)}: expected ${expected}.`);
    this.name = 'InputError';
    this.input = input;
  }
}

export function isUserError(error: unknown): error is UserError {
  return error instanceof UserError;
}

/** The message to show a person for any thrown value, without a stack. */
export function describeError(error: unknown): string {
  if (error instanceof UserError) return error.hint ? `${error.message}\nHint: ${error.hint}` : error.message;
  if (error instanceof Error) return error.message;
  return String(error);
}
