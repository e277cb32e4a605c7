import { getExecOutput } from '@actions/exec';

export interface CommandResult {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

export interface CommandOptions {
  readonly cwd?: string;
  readonly env?: Readonly<Record<string, string>>;
  /** Text for the command's standard input. */
  readonly input?: string;
}

/** Runs a command; the injectable shape logic takes, so tests can pass a fake. */
export type CommandRunner = (
  command: string,
  args: readonly string[],
  options?: CommandOptions,
) => Promise<CommandResult>;

/** A command that could not start (not installed) or exited non-zero; the message never holds its stdout. */
export class CommandError extends Error {
  constructor(
    message: string,
    readonly command: string,
    readonly code: number | undefined,
    readonly stderr: string,
  ) {
    super(message);
    this.name = 'CommandError';
  }
}

/**
 * Runs a program with an argument array through @actions/exec: no shell, so
 * no quoting or injection, and silent, so neither the command line nor its
 * output is echoed (the output may hold a token; callers mask what they
 * keep). Returns the exit code and output instead of throwing on non-zero.
 */
export const runCommand: CommandRunner = async (command, args, options = {}) => {
  try {
    const result = await getExecOutput(command, [...args], {
      silent: true,
      ignoreReturnCode: true,
      cwd: options.cwd,
      env: options.env ? { ...(process.env as Record<string, string>), ...options.env } : undefined,
      input: options.input === undefined ? undefined : Buffer.from(options.input),
    });
    return { code: result.exitCode, stdout: result.stdout, stderr: result.stderr };
  } catch (error) {
    throw new CommandError(
      `Could not run '${command}': ${error instanceof Error ? error.message : String(error)}`,
      command,
      undefined,
      '',
    );
  }
};
