import type { DistributionColumn } from '../shared/data/index.js';
// From the modules themselves, not the stats index (see samples.ts).
import { gridMoments } from '../shared/stats/counting-sort.js';
import { finiteSample, sortedMoments } from '../shared/stats/radix-sort.js';
import { gridSample, numericQuantiles, numericRange, numericSize, type Sample, sampleSize } from './samples.js';

/** What the report shows about one column in one dataset. */
export type ColumnSummary =
  | {
      readonly kind: 'numeric';
      readonly rows: number;
      readonly missing: number;
      readonly missingShare: number;
      readonly distinct: number;
      readonly mean: number | null;
      readonly std: number | null;
      readonly min: number | null;
      readonly p25: number | null;
      readonly median: number | null;
      readonly p75: number | null;
      readonly max: number | null;
    }
  | {
      readonly kind: 'categorical';
      readonly rows: number;
      readonly missing: number;
      readonly missingShare: number;
      readonly distinct: number;
      /** The most frequent categories, at most 10. */
      readonly top: readonly { readonly value: string; readonly count: number }[];
    };

/**
 * The values a test sees: numbers that are finite, sorted (Evidently replaces
 * ±inf by NaN and drops NaN), or category counts without missing values.
 */
export function toSample(column: DistributionColumn): Sample {
  // Counted by the reader: the counts are the sample.
  if ('counts' in column) return gridSample(column.counts, gridMoments(column.counts));
  if (column.kind === 'numeric') {
    // On a decimal grid, counts are kept instead of sorted values (see gridSample): one the reader
    // vouched for, or one every value is checked against (Parquet, JSON Lines, mixed paths).
    // A column the reader vouched for holds no ±Infinity (only plain decimals): its finite values are the non-missing ones.
    const vouched = column.grid && { ...column.grid, finite: column.values.length - column.missing };
    const sample = finiteSample(column.values, vouched);
    return sample.grid
      ? gridSample(sample.grid, sample.moments)
      : { kind: 'numeric', values: sample.sorted, moments: sample.moments };
  }
  // Tallied when the column was finished (CategoricalColumn.levelCounts).
  let n = 0;
  const counts = new Map<string, number>();
  column.levels.forEach((level, code) => {
    const count = column.levelCounts[code]!;
    n += count;
    if (count > 0) counts.set(level, count);
  });
  return { kind: 'categorical', counts, n };
}

export function summarize(column: DistributionColumn, sample: Sample, rows: number): ColumnSummary {
  const missing = rows - sampleSize(sample);
  const missingShare = rows === 0 ? 0 : missing / rows;
  if (sample.kind === 'numeric') {
    const n = numericSize(sample);
    const { distinct, mean, m2 } = sample.moments ?? sortedMoments(sample.values);
    const [min, max] = n ? numericRange(sample) : [null, null];
    const quartiles = n ? numericQuantiles(sample, [0.25, 0.5, 0.75]) : undefined;
    return {
      kind: 'numeric',
      rows,
      missing,
      missingShare,
      distinct,
      mean: n ? mean : null,
      std: n > 1 ? Math.sqrt(m2 / (n - 1)) : null,
      min,
      p25: quartiles?.[0] ?? null,
      median: quartiles?.[1] ?? null,
      p75: quartiles?.[2] ?? null,
      max,
    };
  }
  const top = [...sample.counts.entries()]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, 10)
    .map(([value, count]) => ({ value, count }));
  void column;
  return { kind: 'categorical', rows, missing, missingShare, distinct: sample.counts.size, top };
}
