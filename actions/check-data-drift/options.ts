import type { DataFormat } from '../shared/data/index.js';
import { UserError } from '../shared/errors.js';
import { isStatTestName, STATTEST_NAMES, type StatTestName } from './stattests.js';

export type Correction = 'none' | 'bonferroni' | 'fdr';
export const CORRECTIONS: readonly Correction[] = ['none', 'bonferroni', 'fdr'];

/** Everything the drift check needs, parsed once from the inputs. */
export interface DriftOptions {
  readonly reference: readonly string[];
  readonly current: readonly string[];
  readonly format?: DataFormat;
  /** Columns to compare; empty means every reference column. */
  readonly columns: readonly string[];
  readonly ignoreColumns: readonly string[];
  readonly numericalColumns: readonly string[];
  readonly categoricalColumns: readonly string[];
  readonly stattest: StatTestName | 'auto';
  readonly stattestPerColumn: Readonly<Record<string, StatTestName>>;
  /** Overrides every test's default threshold. */
  readonly threshold?: number;
  readonly thresholdPerColumn: Readonly<Record<string, number>>;
  readonly driftShare: number;
  readonly correction: Correction;
  readonly missingTolerance: number;
  readonly maxRows: number;
  readonly seed: number;
}

/** Parses a test name, naming the input and the allowed names when it is unknown. */
export function parseStatTest(value: string, input: string): StatTestName {
  if (isStatTestName(value)) return value;
  throw new UserError(`Input '${input}': unknown test '${value}'.`, {
    hint: `Use one of: ${STATTEST_NAMES.join(', ')}${input === 'stattest' ? ', or auto' : ''}.`,
  });
}

/** Parses `column=value` lines into a record, with errors that name the line. */
export function parseColumnLines<T>(
  lines: readonly string[],
  input: string,
  parse: (value: string, line: string) => T,
): Record<string, T> {
  const out: Record<string, T> = {};
  for (const line of lines) {
    const at = line.lastIndexOf('=');
    const column = line.slice(0, at).trim();
    const value = line.slice(at + 1).trim();
    if (at <= 0 || column === '' || value === '') {
      throw new UserError(`Input '${input}': '${line}' is not a 'column=value' line.`);
    }
    out[column] = parse(value, line);
  }
  return out;
}

/** A threshold given per column: a positive finite number. */
export function parseThreshold(value: string, input: string): number {
  const number = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(value) ? Number(value) : Number.NaN;
  if (!(number > 0) || !Number.isFinite(number)) {
    throw new UserError(
      `Input '${input}': threshold '${value}' is out of range: expected a number above 0 (at most 1 for p-value tests).`,
    );
  }
  return number;
}
