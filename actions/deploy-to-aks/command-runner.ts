/** How the logic runs `az` and `kubelogin`: always an argument array, never a shell string. */
export interface CommandResult {
  readonly exitCode: number;
  readonly stdout: string;
  readonly stderr: string;
}

export interface CommandRunner {
  run(tool: string, args: readonly string[]): Promise<CommandResult>;
  /** The tool's path on PATH, or undefined. */
  which(tool: string): Promise<string | undefined>;
}
