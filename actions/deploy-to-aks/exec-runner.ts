/**
 * Runs `az` and `kubelogin` through @actions/exec with an argument array (no
 * shell, so a resource group or file name is never interpreted). Glue-level:
 * main.ts hands it to the logic, tests hand a recording one.
 */
import { accessSync, constants } from 'node:fs';
import path from 'node:path';
import { getExecOutput } from '@actions/exec';
import type { CommandResult, CommandRunner } from './command-runner.js';

export class ExecRunner implements CommandRunner {
  async run(tool: string, args: readonly string[]): Promise<CommandResult> {
    const output = await getExecOutput(tool, [...args], { ignoreReturnCode: true, silent: true });
    return { exitCode: output.exitCode, stdout: output.stdout, stderr: output.stderr };
  }

  async which(tool: string): Promise<string | undefined> {
    const extensions = process.platform === 'win32' ? ['.exe', '.cmd', '.bat', ''] : [''];
    for (const dir of (process.env.PATH ?? '').split(path.delimiter).filter(Boolean)) {
      for (const ext of extensions) {
        const candidate = path.join(dir, `${tool}${ext}`);
        try {
          accessSync(candidate, constants.X_OK);
          return candidate;
        } catch {
          // Not here; keep looking along PATH.
        }
      }
    }
    return undefined;
  }
}
