import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { seededRandom } from '../../actions/shared/data/table-builder.js';
import type { Logger } from '../../actions/shared/platform/types.js';

/** A normal variate by Box–Muller from a seeded uniform source. */
function normal(random: () => number): number {
  return Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
}

export interface FixtureOptions {
  readonly rows: number;
  readonly seed: number;
  /** Added to `income` (drift in a numeric column). */
  readonly shift?: number;
  /** Share of 'gold' in `plan` (drift in a categorical column). */
  readonly goldShare?: number;
  /** Share of missing `age`. */
  readonly missingAge?: number;
  readonly extraColumn?: boolean;
  readonly dropColumn?: string;
  readonly textInScore?: boolean;
  readonly newCategory?: boolean;
}

/**
 * A small tabular dataset: income (numeric, shiftable), age (numeric, may be
 * missing), score (numeric, may become text), plan (categorical), flag
 * (constant), and optionally a new column or a dropped one.
 */
export function writeFixture(dir: string, name: string, options: FixtureOptions): string {
  mkdirSync(dir, { recursive: true });
  const random = seededRandom(options.seed);
  const header = ['id', 'income', 'age', 'score', 'plan', 'flag', ...(options.extraColumn ? ['extra'] : [])].filter(
    (c) => c !== options.dropColumn,
  );
  const lines = [header.join(',')];
  for (let i = 0; i < options.rows; i++) {
    const plan =
      random() < (options.goldShare ?? 0.2)
        ? 'gold'
        : random() < 0.5
          ? 'basic'
          : options.newCategory && random() < 0.3
            ? 'platinum'
            : 'silver';
    const row: Record<string, string> = {
      id: `C${i}`,
      income: (50 + (options.shift ?? 0) + 10 * normal(random)).toFixed(3),
      age: random() < (options.missingAge ?? 0) ? '' : String(18 + Math.floor(random() * 60)),
      score: options.textInScore ? `s${Math.floor(random() * 5)}` : (random() * 100).toFixed(2),
      plan,
      flag: 'yes',
      extra: '1',
    };
    lines.push(header.map((column) => row[column]).join(','));
  }
  const file = path.join(dir, name);
  writeFileSync(file, `${lines.join('\n')}\n`);
  return file;
}

export interface RecordedLogger extends Logger {
  readonly lines: string[];
}

export function recordingLogger(): RecordedLogger {
  const lines: string[] = [];
  return {
    lines,
    debug: (m) => lines.push(`debug: ${m}`),
    info: (m) => lines.push(`info: ${m}`),
    notice: (m) => lines.push(`notice: ${m}`),
    warning: (m) => lines.push(`warning: ${m}`),
    error: (m) => lines.push(`error: ${m}`),
    group: (_name, fn) => fn(),
  };
}
