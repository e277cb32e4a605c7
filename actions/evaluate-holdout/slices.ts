import { evaluate, subset, type EvaluationData } from './evaluation-data.js';

/** The value of a slice column per holdout row, as level codes (-1 missing). */
export interface SliceColumn {
  readonly name: string;
  readonly codes: Int32Array;
  readonly levels: readonly string[];
}

export interface SliceResult {
  readonly column: string;
  readonly value: string;
  readonly rows: number;
  readonly metrics: Record<string, number>;
}

export interface SkippedSlice {
  readonly column: string;
  readonly value: string;
  readonly rows: number;
}

export interface SliceReport {
  readonly slices: SliceResult[];
  /** Segments below `min-slice-size`: too few rows for their metrics to mean anything. */
  readonly skipped: SkippedSlice[];
  readonly warnings: string[];
}

export const MISSING_SLICE = '(missing)';
/** A column with more segments than this is cut to the largest ones (an id column is not a slice). */
export const MAX_SLICES_PER_COLUMN = 50;

/** Metrics per segment of each slice column, for segments of at least `minSize` rows. */
export function sliceMetrics(data: EvaluationData, columns: readonly SliceColumn[], minSize: number): SliceReport {
  const slices: SliceResult[] = [];
  const skipped: SkippedSlice[] = [];
  const warnings: string[] = [];
  for (const column of columns) {
    const groups = new Map<number, number[]>();
    for (let i = 0; i < column.codes.length; i += 1) {
      const code = column.codes[i] as number;
      let rows = groups.get(code);
      if (!rows) groups.set(code, (rows = []));
      rows.push(i);
    }
    const ordered = [...groups.entries()].sort((a, b) => b[1].length - a[1].length);
    if (ordered.length > MAX_SLICES_PER_COLUMN) {
      warnings.push(
        `slice column '${column.name}' has ${ordered.length} distinct values; only the ${MAX_SLICES_PER_COLUMN} largest segments are evaluated`,
      );
    }
    for (const [code, rows] of ordered.slice(0, MAX_SLICES_PER_COLUMN)) {
      const value = code < 0 ? MISSING_SLICE : (column.levels[code] ?? String(code));
      if (rows.length < minSize) {
        skipped.push({ column: column.name, value, rows: rows.length });
        continue;
      }
      const { metrics } = evaluate(subset(data, Uint32Array.from(rows)));
      slices.push({ column: column.name, value, rows: rows.length, metrics });
    }
  }
  return { slices, skipped, warnings };
}
