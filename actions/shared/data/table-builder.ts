import { ColumnBuilder, type ColumnMode } from './column-builder.js';
import type { DistributionColumn } from './types.js';

/** A small seeded generator (mulberry32): the same seed keeps the same sample on every machine. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface TableBuilderOptions {
  readonly columns?: readonly string[];
  readonly numericColumns?: readonly string[];
  readonly categoricalColumns?: readonly string[];
  readonly maxRows: number;
  readonly seed: number;
  /** Numeric columns may be counted instead of kept (readDistributions; see ColumnBuilder). */
  readonly counting?: boolean;
}

/**
 * Collects rows from one or more files into column builders. Beyond
 * `maxRows` rows it keeps a uniform sample (reservoir sampling, Algorithm R):
 * the slot of each row depends only on its position and the seed, so every
 * reader can ask for slots before it decodes the row, and skipped rows cost
 * no conversion.
 */
export class TableBuilder {
  private readonly builders = new Map<string, ColumnBuilder>();
  private readonly wanted: ReadonlySet<string> | undefined;
  private readonly numeric: ReadonlySet<string>;
  private readonly categorical: ReadonlySet<string>;
  private readonly random: () => number;
  rowsSeen = 0;

  constructor(private readonly options: TableBuilderOptions) {
    this.wanted = options.columns ? new Set(options.columns) : undefined;
    this.numeric = new Set(options.numericColumns ?? []);
    this.categorical = new Set(options.categoricalColumns ?? []);
    this.random = seededRandom(options.seed);
  }

  /** The builder of a column, created on first use; undefined for a column that is not wanted. */
  column(name: string): ColumnBuilder | undefined {
    let builder = this.builders.get(name);
    if (builder) return builder;
    if (this.wanted && !this.wanted.has(name)) return undefined;
    const mode: ColumnMode = this.categorical.has(name) ? 'categorical' : this.numeric.has(name) ? 'numeric' : 'infer';
    builder = new ColumnBuilder(name, mode, undefined, this.options.counting);
    this.builders.set(name, builder);
    return builder;
  }

  /** Sizes every column for about `rows` more rows in all (an estimate; columns still grow past it). */
  expectRows(rows: number): void {
    const capacity = Math.min(this.options.maxRows, Math.ceil(this.rowsSeen + rows));
    for (const builder of this.builders.values()) builder.ensureCapacity(capacity);
  }

  /** The slot the next row goes to, or -1 when sampling skips it. */
  nextSlot(): number {
    const index = this.rowsSeen++;
    const max = this.options.maxRows;
    if (index < max) return index;
    const j = Math.floor(this.random() * (index + 1));
    return j < max ? j : -1;
  }

  /** How many rows can still be taken in order, before sampling starts (see takeRows). */
  sequentialRoom(): number {
    return this.options.maxRows - this.rowsSeen;
  }

  /** Takes the next `rows` slots at once; only within sequentialRoom(), where slot = row index. */
  takeRows(rows: number): void {
    this.rowsSeen += rows;
  }

  get rowCount(): number {
    return Math.min(this.rowsSeen, this.options.maxRows);
  }

  get sampled(): { from: number; seed: number } | undefined {
    return this.rowsSeen > this.options.maxRows ? { from: this.rowsSeen, seed: this.options.seed } : undefined;
  }

  names(): string[] {
    return [...this.builders.keys()];
  }

  finish(strayTolerance: number, notes: string[]): DistributionColumn[] {
    const rowCount = this.rowCount;
    const sampled = this.sampled !== undefined;
    return [...this.builders.values()].map((builder) => builder.finish(rowCount, strayTolerance, notes, sampled));
  }
}
