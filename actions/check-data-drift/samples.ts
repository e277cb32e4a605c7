import type { Moments } from '../shared/stats/index.js';

/**
 * A column's non-missing values as the drift tests see them: numeric values
 * sorted (NaN and ±Infinity dropped, as Evidently drops them before testing),
 * or the counts of each category.
 */
export type Sample =
  | {
      readonly kind: 'numeric';
      readonly values: Float64Array;
      /** Taken while sorting when the sample comes from a data column (see toSample). */
      readonly moments?: Moments;
    }
  | { readonly kind: 'categorical'; readonly counts: ReadonlyMap<string, number>; readonly n: number };

export type NumericSample = Extract<Sample, { kind: 'numeric' }>;

export type Key = string | number;

export function sampleSize(sample: Sample): number {
  return sample.kind === 'numeric' ? sample.values.length : sample.n;
}

/** Counts of each distinct value (pandas value_counts). */
export function valueCounts(sample: Sample): Map<Key, number> {
  if (sample.kind === 'categorical') return new Map(sample.counts);
  const counts = new Map<Key, number>();
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
  const v = sample.values;
  let count = 0;
  for (let i = 0; i < v.length && count < limit; i++) if (i === 0 || v[i] !== v[i - 1]) count++;
  return count;
}
