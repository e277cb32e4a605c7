/**
 * Counting sort for the most common numeric column of all: values written
 * with a fixed number of decimals (counts, ages, prices, rounded features).
 * Each value is a whole number of steps of 10^-d; one pass counts the steps,
 * and the output is written in order from the counts — two linear passes and
 * no comparison, several times faster than any comparison or radix sort.
 *
 * Exactness: a value v is taken only when k = round(v·10^d) gives back v as
 * k / 10^d (one correctly rounded division, the same double Number(text)
 * gives for a decimal with at most d decimals), so every value written out
 * is bit-identical to one read in, except that -0 comes out as +0 (they
 * compare equal). Anything else — more decimals, a range too wide for the
 * count table — returns undefined and the caller sorts another way.
 */

import { expandGrid, type GridCounts } from './decimal-grid.js';
import { Sum } from './summation.js';

/** Distinct count, mean and Σ(v − mean)² of sorted values (what numpy.mean/std and nunique give). */
export interface Moments {
  readonly distinct: number;
  readonly mean: number;
  /** Sum of squared deviations from the mean: variance = m2 / (n − ddof). */
  readonly m2: number;
}

/** Most decimals tried: beyond that the steps rarely fit a count table. */
const MAX_DECIMALS = 6;
const POW10 = Array.from({ length: MAX_DECIMALS + 1 }, (_, i) => 10 ** i);
/** The count table may have up to this many entries per value sorted (and never more than MAX_TABLE). */
export const TABLE_PER_VALUE = 4;
const MAX_TABLE = 1 << 24;

/**
 * The `count` finite values among the first `n` of `values` (min and max
 * given), sorted into a new array, with their moments taken from the count
 * table (one term per distinct value, not per value); undefined when they
 * are not all on one decimal grid that a count table of reasonable size covers.
 */
export function countingSortDecimals(
  values: Float64Array,
  n: number,
  count: number,
  min: number,
  max: number,
  knownDecimals?: number,
): { sorted: Float64Array; moments: Moments } | undefined {
  const counted = countOnGrid(values, n, count, min, max, knownDecimals);
  return counted && { sorted: expandGrid(counted.grid), moments: counted.moments };
}

/**
 * The counting pass alone: the `count` finite values among the first `n` of
 * `values` as counts on their decimal grid, with their moments; undefined
 * when they are not all on one grid a count table of reasonable size covers.
 */
export function countOnGrid(
  values: Float64Array,
  n: number,
  count: number,
  min: number,
  max: number,
  knownDecimals?: number,
): { grid: GridCounts; moments: Moments } | undefined {
  const decimals = knownDecimals ?? gridDecimals(values, n);
  if (decimals === undefined || decimals > MAX_DECIMALS) return undefined;
  const scale = POW10[decimals]!;
  const low = Math.round(min * scale);
  const high = Math.round(max * scale);
  const size = high - low + 1;
  if (!Number.isSafeInteger(low) || !Number.isSafeInteger(high) || size > Math.min(MAX_TABLE, count * TABLE_PER_VALUE))
    return undefined;
  const counts = new Int32Array(size);
  if (knownDecimals === undefined) {
    for (let i = 0; i < n; i++) {
      const v = values[i]!;
      if (v - v !== 0) continue; // NaN or ±Infinity: left out
      const k = Math.round(v * scale);
      if (k / scale !== v) return undefined; // off the grid: not this sort
      counts[k - low]!++;
    }
  } else {
    // The reader vouches that each value is k / scale for a whole k below 10^15, so v · scale is
    // within a quarter of k and rounds to it: no check needed (see NumericColumn.grid).
    for (let i = 0; i < n; i++) {
      const v = values[i]!;
      if (v - v === 0) counts[Math.round(v * scale) - low]!++;
    }
  }
  const grid: GridCounts = { decimals, low, counts, n: count };
  return { grid, moments: gridMoments(grid) };
}

/**
 * Distinct count, mean and squared deviations from the counts, in two passes
 * over the steps with no division and no branch per step. The mean comes
 * from Σ c·j, a sum of whole numbers (j the index of a step), which is exact
 * in a double while n · steps stays below 2^53 (always, for the tables here),
 * so it is the correctly rounded mean of the values whenever low·n is exact too;
 * Σ c·(j − mean)² is summed in blocks of 1,024 steps, the blocks' sums then
 * compensated: an error of about 1e-13 relative at worst.
 */
export function gridMoments(grid: GridCounts): Moments {
  const { counts, low, decimals, n } = grid;
  if (n * counts.length > Number.MAX_SAFE_INTEGER) return compensatedGridMoments(grid);
  const scale = POW10[decimals]!;
  let distinct = 0;
  let weighted = 0;
  for (let j = 0; j < counts.length; j++) {
    const c = counts[j]!;
    distinct += c === 0 ? 0 : 1;
    weighted += c * j;
  }
  const centre = weighted / n; // the mean, as an index
  const squares = new Sum();
  for (let from = 0; from < counts.length; from += 1024) {
    const to = Math.min(from + 1024, counts.length);
    let block = 0;
    for (let j = from; j < to; j++) {
      const d = j - centre;
      block += counts[j]! * d * d;
    }
    squares.add(block);
  }
  // Σ (low + j)·c = low·n + Σ c·j, whole; divided once when it and n·10^d are exact (a mean near 0 would lose digits
  // to the cancellation in low + centre).
  const numerator = low * n + weighted;
  const exact = Math.abs(low * n) + weighted <= Number.MAX_SAFE_INTEGER && n * scale <= Number.MAX_SAFE_INTEGER;
  const mean = exact ? numerator / (n * scale) : (low + centre) / scale;
  return { distinct, mean, m2: squares.value / (scale * scale) };
}

/** gridMoments for a table too large for exact sums of c·j: compensated sums of the values themselves. */
function compensatedGridMoments(grid: GridCounts): Moments {
  const { counts, low, decimals } = grid;
  const scale = POW10[decimals]!;
  let distinct = 0;
  const total = new Sum();
  for (let j = 0; j < counts.length; j++) {
    const c = counts[j]!;
    if (c === 0) continue;
    distinct++;
    total.add(c * ((j + low) / scale));
  }
  const mean = total.value / grid.n;
  const squares = new Sum();
  for (let j = 0; j < counts.length; j++) {
    const c = counts[j]!;
    if (c === 0) continue;
    const d = (j + low) / scale - mean;
    squares.add(c * d * d);
  }
  return { distinct, mean, m2: squares.value };
}

/**
 * The decimals of the grid the values seem to lie on, from the first finite
 * values (at most 256 of them); the counting pass checks every value.
 */
function gridDecimals(values: Float64Array, n: number): number | undefined {
  let decimals = 0;
  let seen = 0;
  for (let i = 0; i < n && seen < 256; i++) {
    const v = values[i]!;
    if (v - v !== 0) continue;
    seen++;
    while (decimals <= MAX_DECIMALS && Math.round(v * POW10[decimals]!) / POW10[decimals]! !== v) decimals++;
    if (decimals > MAX_DECIMALS) return undefined;
  }
  return decimals;
}
