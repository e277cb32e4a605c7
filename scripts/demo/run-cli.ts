import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { DemoContext } from './types.js';

export interface CliRun {
  readonly code: number;
  readonly outputs: Record<string, string>;
}

/**
 * Runs `ml-actions <action> --<input> <value> …` (the package's bin, so the
 * committed bundle) with the step's output folder, forwards its log lines to
 * the demo's log, and returns its exit code and the outputs it wrote.
 */
export function runCli(
  ctx: DemoContext,
  action: string,
  inputs: Readonly<Record<string, string>>,
  cwd: string = ctx.root,
): Promise<CliRun> {
  const args = [path.join(ctx.root, 'bin', 'ml-actions.js'), action];
  for (const [name, value] of Object.entries(inputs)) args.push(`--${name}`, value);
  args.push('--output-dir', ctx.outDir);
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    const forward = (chunk: Buffer): void => {
      for (const line of chunk.toString().split('\n')) if (line.trim()) ctx.log(line);
    };
    child.stdout.on('data', forward);
    child.stderr.on('data', forward);
    child.on('error', reject);
    child.on('exit', (code) => {
      const file = path.join(ctx.outDir, 'outputs.json');
      const outputs = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>) : {};
      resolve({ code: code ?? 1, outputs });
    });
  });
}
