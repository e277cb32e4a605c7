import type { GridCounts } from '../stats/decimal-grid.js';
import type { Logger } from '../platform/types.js';

export type ColumnKind = 'numeric' | 'categorical';

export interface NumericColumn {
  readonly name: string;
  readonly kind: 'numeric';
  /** One value per row; NaN marks a missing value. */
  readonly values: Float64Array;
  readonly missing: number;
  /**
   * Set when every value was read from a plain decimal (at most 15 digits)
   * with at most `decimals` digits after the point: each value is then
   * exactly k / 10^decimals for a whole k (see counting-sort.ts). `low` and
   * `high` bound the values (the smallest and largest number read; with
   * sampling, of every row read, so they may be wider than the kept rows').
   */
  readonly grid?: { readonly decimals: number; readonly low: number; readonly high: number };
}

export interface CategoricalColumn {
  readonly name: string;
  readonly kind: 'categorical';
  /** One index into `levels` per row; -1 marks a missing value. */
  readonly codes: Int32Array;
  /** Distinct values in order of first appearance (only those present in the kept rows). */
  readonly levels: readonly string[];
  /** Rows holding each level (by code), counted when the column was finished. */
  readonly levelCounts: Float64Array;
  readonly missing: number;
}

export type Column = NumericColumn | CategoricalColumn;

/**
 * A numeric column as readDistributions gives it when every value was a
 * plain decimal: its values counted on their decimal grid, no row kept.
 */
export interface CountedColumn {
  readonly name: string;
  readonly kind: 'numeric';
  /** The values (all finite), as counts: `counts.n` of them. */
  readonly counts: GridCounts;
  readonly missing: number;
}

/**
 * A column as readDistributions gives it: counted, or kept with its values
 * in no particular row order (each column's values are the same multiset as
 * readTable's, but rows no longer line up across columns).
 */
export type DistributionColumn = Column | CountedColumn;

export type DataFormat = 'csv' | 'tsv' | 'jsonl' | 'parquet';

export interface DataSource {
  readonly path: string;
  readonly format: DataFormat;
  /** sha256 of the file's bytes as stored (before decompression). */
  readonly sha256: string;
  readonly bytes: number;
  /** Whether the file was gzip-compressed. */
  readonly gzip?: boolean;
  /** Data rows in this file (before sampling). */
  readonly rows?: number;
}

/** What every column shape has: enough to match columns by name and compare their kinds. */
export interface ColumnHead {
  readonly name: string;
  readonly kind: ColumnKind;
}

export interface Table<C extends ColumnHead = Column> {
  readonly sources: readonly DataSource[];
  /** Rows kept (after sampling). */
  readonly rowCount: number;
  readonly columns: readonly C[];
  column(name: string): C | undefined;
  /** What a person should know about how the data was read (inference, stray values, sampling). */
  readonly notes: readonly string[];
  /** Set when more than `maxRows` rows were read and a uniform sample was kept. */
  readonly sampled?: { readonly from: number; readonly seed: number };
}

export interface ReadOptions {
  /** Overrides the format taken from the file extension. */
  readonly format?: DataFormat;
  /** Only these columns are kept (all when omitted). */
  readonly columns?: readonly string[];
  /** Columns forced numeric: a value that is not a number is an error. */
  readonly numericColumns?: readonly string[];
  /** Columns forced categorical: every value is kept as text. */
  readonly categoricalColumns?: readonly string[];
  /** Above this many rows (over all files) a uniform sample of this size is kept. */
  readonly maxRows?: number;
  /** Seed of the sampling; the same seed keeps the same rows. */
  readonly seed?: number;
  readonly logger?: Logger;
  /**
   * A column whose non-numeric share of non-missing values is at most this
   * stays numeric (the stray values become missing, with a warning). Default 0.05.
   */
  readonly strayTolerance?: number;
}
