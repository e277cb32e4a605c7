// From the modules themselves, not the stats index: the reading worker's bundle (which loads this
// file) then leaves out the statistical tests and the special-function library they need.
import type { Moments } from '../shared/stats/counting-sort.js';
import {
  expandGrid,
  type GridCounts,
  gridDistinctUnionUpTo,
  gridHistogramCounts,
  gridQuantiles,
  gridRange,
} from '../shared/stats/decimal-grid.js';
import { histogramCounts } from '../shared/stats/histogram.js';
import { markSorted } from '../shared/stats/radix-sort.js';

/**
 * A column's non-missing values as the drift tests see them: numeric values
 * sorted (NaN and ±Infinity dropped, as Evidently drops them before testing),
 * or the counts of each category.
 */
export type Sample =
  | {
      readonly kind: 'numeric';
      /** Sorted. For a grid sample made on demand from the counts (see gridSample): prefer the grid-aware helpers. */
      readonly values: Float64Array;
      /** Taken while sorting when the sample comes from a data column (see toSample). */
      readonly moments?: Moments;
      /** The values as counts on their decimal grid, when the reader vouched for one (see toSample). */
      readonly grid?: GridCounts;
    }
  | { readonly kind: 'categorical'; readonly counts: ReadonlyMap<string, number>; readonly n: number };

export type NumericSample = Extract<Sample, { kind: 'numeric' }>;

export type Key = string | number;

/**
 * A numeric sample held as counts on a decimal grid; its sorted values are
 * made only when a test asks for them (most need only the grid).
 */
export function gridSample(grid: GridCounts, moments: Moments): NumericSample {
  let values: Float64Array | undefined;
  return {
    kind: 'numeric',
    grid,
    moments,
    get values(): Float64Array {
      values ??= markSorted(expandGrid(grid));
      return values;
    },
  };
}

/** The plain data of a sample, for posting to another thread (a grid sample's values stay unmade). */
export function portableSample(sample: Sample): Sample {
  if (sample.kind === 'numeric' && sample.grid)
    return { kind: 'numeric', grid: sample.grid, moments: sample.moments!, values: EMPTY };
  return sample;
}

/** A sample posted by portableSample, made whole again. */
export function restoredSample(sample: Sample): Sample {
  if (sample.kind === 'numeric' && sample.grid) return gridSample(sample.grid, sample.moments!);
  if (sample.kind === 'numeric') markSorted(sample.values);
  return sample;
}

const EMPTY = new Float64Array(0);

export function sampleSize(sample: Sample): number {
  return sample.kind === 'numeric' ? numericSize(sample) : sample.n;
}

export function numericSize(sample: NumericSample): number {
  return sample.grid ? sample.grid.n : sample.values.length;
}

/** Smallest and largest value of a non-empty numeric sample. */
export function numericRange(sample: NumericSample): [number, number] {
  if (sample.grid) return gridRange(sample.grid);
  return [sample.values[0]!, sample.values[sample.values.length - 1]!];
}

/** Linear-interpolated quantile (numpy.quantile default) of a non-empty numeric sample. */
export function numericQuantiles(sample: NumericSample, qs: readonly number[]): number[] {
  return sample.grid ? gridQuantiles(sample.grid, qs) : qs.map((q) => quantile(sample.values, q));
}

/** numpy.histogram(values, edges)[0] of a numeric sample. */
export function numericHistogram(sample: NumericSample, edges: Float64Array): Float64Array {
  return sample.grid ? gridHistogramCounts(sample.grid, edges) : histogramCounts(sample.values, edges);
}

/** Linear-interpolated quantile of sorted values (numpy.quantile default). */
export function quantile(sorted: Float64Array, q: number): number {
  const position = (sorted.length - 1) * q;
  const lo = Math.floor(position);
  const hi = Math.min(lo + 1, sorted.length - 1);
  return sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (position - lo);
}

/** Counts of each distinct value (pandas value_counts). */
export function valueCounts(sample: Sample): Map<Key, number> {
  if (sample.kind === 'categorical') return new Map(sample.counts);
  const counts = new Map<Key, number>();
  if (sample.grid) {
    const { counts: tally, low, decimals } = sample.grid;
    for (let j = 0; j < tally.length; j++) if (tally[j]! > 0) counts.set((low + j) / 10 ** decimals, tally[j]!);
    return counts;
  }
  const v = sample.values;
  for (let i = 0; i < v.length;) {
    let j = i + 1;
    while (j < v.length && v[j] === v[i]) j++;
    counts.set(v[i]!, j - i);
    i = j;
  }
  return counts;
}

export function distinctCount(sample: Sample): number {
  if (sample.kind === 'categorical') return sample.counts.size;
  if (sample.moments) return sample.moments.distinct;
  const v = sample.values;
  let count = 0;
  for (let i = 0; i < v.length; i++) if (i === 0 || v[i] !== v[i - 1]) count++;
  return count;
}

/** Distinct values of both samples together (pandas concat(...).nunique()). */
export function unionKeys(a: Map<Key, number>, b: Map<Key, number>): Key[] {
  const keys = new Set<Key>(a.keys());
  for (const key of b.keys()) keys.add(key);
  return [...keys];
}

/**
 * Distinct values of both samples together, counting no further than `limit`
 * (enough to choose a test without a map of every distinct number).
 */
export function distinctUnionUpTo(a: Sample, b: Sample, limit: number): number {
  if (a.kind === 'numeric' && b.kind === 'numeric' && a.grid && b.grid)
    return gridDistinctUnionUpTo(a.grid, b.grid, limit);
  if (a.kind === 'numeric' && b.kind === 'numeric') {
    const x = a.values;
    const y = b.values;
    let i = 0;
    let j = 0;
    let count = 0;
    while ((i < x.length || j < y.length) && count < limit) {
      const value = j >= y.length || (i < x.length && x[i]! <= y[j]!) ? x[i]! : y[j]!;
      while (i < x.length && x[i] === value) i++;
      while (j < y.length && y[j] === value) j++;
      count++;
    }
    return count;
  }
  return Math.min(limit, unionKeys(valueCounts(a), valueCounts(b)).length);
}

/** Distinct values of one sample, counting no further than `limit`. */
export function distinctUpTo(sample: Sample, limit: number): number {
  if (sample.kind === 'categorical') return Math.min(limit, sample.counts.size);
  if (sample.moments) return Math.min(limit, sample.moments.distinct);
  const v = sample.values;
  let count = 0;
  for (let i = 0; i < v.length && count < limit; i++) if (i === 0 || v[i] !== v[i - 1]) count++;
  return count;
}
