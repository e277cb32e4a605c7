import { createWriteStream } from 'node:fs';
import { existsSync } from 'node:fs';
import { once } from 'node:events';
import path from 'node:path';
import { UserError } from '../shared/errors.js';
import type { Cell } from './payload-formats.js';

/** Runs a program with an argument list (main.ts passes @actions/exec); resolves to its exit code. */
export type CommandRunner = (tool: string, args: readonly string[]) => Promise<number>;

/**
 * Splits the `command` input into an argument list the way a shell splits
 * words, without a shell: whitespace separates, single and double quotes
 * group, a backslash escapes the next character outside single quotes. No
 * globbing, variables or pipes are interpreted.
 */
export function splitCommand(command: string): string[] {
  const args: string[] = [];
  let current = '';
  let inWord = false;
  let quote: '"' | "'" | undefined;
  for (let i = 0; i < command.length; i += 1) {
    const ch = command[i] as string;
    if (quote) {
      if (ch === quote) quote = undefined;
      else if (ch === '\\' && quote === '"' && i + 1 < command.length) current += command[++i];
      else current += ch;
    } else if (ch === '"' || ch === "'") {
      quote = ch;
      inWord = true;
    } else if (ch === '\\' && i + 1 < command.length) {
      current += command[++i];
      inWord = true;
    } else if (/\s/.test(ch)) {
      if (inWord) args.push(current);
      current = '';
      inWord = false;
    } else {
      current += ch;
      inWord = true;
    }
  }
  if (quote) throw new UserError(`The command has an unterminated ${quote} quote: ${command}`);
  if (inWord) args.push(current);
  if (args.length === 0) throw new UserError("The 'command' input is empty.");
  return args;
}

/** Replaces `{input}` and `{output}` in each argument. */
export function substitute(args: readonly string[], input: string, output: string): string[] {
  return args.map((arg) => arg.replaceAll('{input}', input).replaceAll('{output}', output));
}

function csvField(value: Cell): string {
  if (value === null) return '';
  const text = typeof value === 'number' ? String(value) : value;
  return /[",\r\n]/.test(text) || text !== text.trim() ? `"${text.replaceAll('"', '""')}"` : text;
}

/** Writes rows as RFC 4180 CSV with a header; streams, so large holdouts do not build one big string. */
export async function writeCsv(
  file: string,
  columns: readonly string[],
  rowCount: number,
  row: (i: number) => readonly Cell[],
): Promise<void> {
  const out = createWriteStream(file);
  const write = async (line: string): Promise<void> => {
    if (!out.write(line)) await once(out, 'drain');
  };
  await write(`${columns.map(csvField).join(',')}\n`);
  for (let i = 0; i < rowCount; i += 1) await write(`${row(i).map(csvField).join(',')}\n`);
  out.end();
  await once(out, 'finish');
}

export interface CommandScoringOptions {
  readonly command: string;
  readonly workDir: string;
  readonly columns: readonly string[];
  readonly rowCount: number;
  readonly row: (i: number) => readonly Cell[];
  /** Extension of the `{output}` file the command writes (csv by default). */
  readonly outputName?: string;
  readonly run: CommandRunner;
}

/**
 * Writes the holdout features to `{input}` (CSV), runs the scoring command
 * and returns the path of `{output}`, which the caller reads as a
 * predictions file. A non-zero exit or a missing output file is an error.
 */
export async function scoreWithCommand(options: CommandScoringOptions): Promise<{ output: string; args: string[] }> {
  const template = splitCommand(options.command);
  if (!template.some((arg) => arg.includes('{output}'))) {
    throw new UserError("The command must name where it writes predictions with the '{output}' placeholder.", {
      hint: 'For example: python score.py --input {input} --output {output}',
    });
  }
  const input = path.join(options.workDir, 'holdout-features.csv');
  const output = path.join(options.workDir, options.outputName ?? 'predictions.csv');
  await writeCsv(input, options.columns, options.rowCount, options.row);
  const [tool, ...args] = substitute(template, input, output) as [string, ...string[]];
  const code = await options.run(tool, args);
  if (code !== 0) {
    throw new UserError(`The scoring command exited with code ${code}: ${template.join(' ')}`, {
      hint: 'Its output is in the log above.',
    });
  }
  if (!existsSync(output)) {
    throw new UserError(`The scoring command exited 0 but wrote no predictions to {output} (${output}).`);
  }
  return { output, args: [tool, ...args] };
}
