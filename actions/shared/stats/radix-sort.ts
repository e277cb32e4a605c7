import { countingSortDecimals, countOnGrid, type Moments } from './counting-sort.js';
import type { GridCounts } from './decimal-grid.js';
import { Sum } from './summation.js';

/**
 * Sorts a Float64Array ascending (NaN-free), in place, faster than
 * TypedArray.prototype.sort on large columns — it matters because every
 * numeric column is sorted once per dataset. A counting sort for values on
 * a decimal grid (see counting-sort.ts), a distribution (bucket) sort
 * for other finite ranges, else a least-significant-digit radix sort on the
 * IEEE-754 bit patterns (six 11-bit passes). Equal values compare equal, so
 * -0 and +0 may come in either order.
 */
/** [word (0 low, 1 high), shift, bits] of each pass, least significant first. */
const PASSES: readonly (readonly [number, number, number])[] = [
  [0, 0, 11],
  [0, 11, 11],
  [0, 22, 10],
  [1, 0, 11],
  [1, 11, 11],
  [1, 22, 10],
];

export function sortFloat64(values: Float64Array): Float64Array {
  const n = values.length;
  if (n < 4096) return values.sort();
  const bucketed = bucketSort(values);
  if (bucketed) return bucketed;
  return radixSort(values);
}

/**
 * The finite values of `values` (NaN and ±Infinity left out), sorted
 * ascending, in a new array; `values` is not modified. The filtering rides on
 * the distribution sort's own passes, so there is no separate copy.
 */
export function sortedFinite(values: Float64Array): Float64Array {
  const { min, max, finite } = finiteRange(values);
  return sortWithin(values, finite, min, max, false).sorted;
}

/** sortedFinite, plus the sorted values' moments (from the counting sort's table when it applies). */
export function sortedFiniteWithMoments(values: Float64Array): { sorted: Float64Array; moments: Moments } {
  const { min, max, finite } = finiteRange(values);
  return sortWithin(values, finite, min, max, true) as { sorted: Float64Array; moments: Moments };
}

/** What a reader knows of a column on a decimal grid (NumericColumn.grid) plus its count of finite values. */
export interface VouchedGrid {
  readonly decimals: number;
  readonly low: number;
  readonly high: number;
  readonly finite: number;
}

/** A column's finite values ready for the tests: counts on their decimal grid, or sorted. */
export type FiniteSample =
  | { readonly grid: GridCounts; readonly moments: Moments; readonly sorted?: undefined }
  | { readonly sorted: Float64Array; readonly moments: Moments; readonly grid?: undefined };

/**
 * The finite values as counts on their decimal grid when they lie on one —
 * the reader's word for it (`vouched`, which also spares the pass for the
 * bounds), or every value checked — else sorted; with their moments either way.
 */
export function finiteSample(values: Float64Array, vouched?: VouchedGrid): FiniteSample {
  const { min, max, finite } = vouched
    ? { min: vouched.low, max: vouched.high, finite: vouched.finite }
    : finiteRange(values);
  const counted = finite > 0 ? countOnGrid(values, values.length, finite, min, max, vouched?.decimals) : undefined;
  return counted ?? (sortWithin(values, finite, min, max, true) as { sorted: Float64Array; moments: Moments });
}

/** Sorts the `finite` finite values of `values`, all within [min, max], into a new array. */
function sortWithin(
  values: Float64Array,
  finite: number,
  min: number,
  max: number,
  withMoments: boolean,
): { sorted: Float64Array; moments: Moments | undefined } {
  const n = values.length;
  if (finite < 4096 || !Number.isFinite(max - min) || min === max) {
    const out = new Float64Array(finite);
    let k = 0;
    for (let i = 0; i < n; i++) if (values[i]! - values[i]! === 0) out[k++] = values[i]!;
    const sorted = markSorted(sortFloat64(out));
    return { sorted, moments: withMoments ? sortedMoments(sorted) : undefined };
  }
  const counted = countingSortDecimals(values, n, finite, min, max);
  if (counted) return { sorted: markSorted(counted.sorted), moments: withMoments ? counted.moments : undefined };
  const sorted = markSorted(distribute(values, n, finite, min, max));
  return { sorted, moments: withMoments ? sortedMoments(sorted) : undefined };
}

/** Count, minimum and maximum of the finite values (NaN and ±Infinity left out). */
function finiteRange(values: Float64Array): { min: number; max: number; finite: number } {
  let min = Infinity;
  let max = -Infinity;
  let finite = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    // v - v is 0 only for finite v (NaN for NaN and ±Infinity).
    if (v - v === 0) {
      finite++;
      if (v < min) min = v;
      if (v > max) max = v;
    }
  }
  return { min, max, finite };
}

/** Moments of sorted values: distinct count and compensated sum in one pass, squared deviations in a second. */
export function sortedMoments(sorted: Float64Array): Moments {
  const n = sorted.length;
  let distinct = 0;
  const total = new Sum();
  for (let i = 0; i < n; i++) {
    const v = sorted[i]!;
    if (i === 0 || v !== sorted[i - 1]) distinct++;
    total.add(v);
  }
  const mean = n === 0 ? Number.NaN : total.value / n;
  const squares = new Sum();
  for (let i = 0; i < n; i++) {
    const d = sorted[i]! - mean;
    squares.add(d * d);
  }
  return { distinct, mean, m2: squares.value };
}

/**
 * Distribution sort: values go to about n/4 equal-width buckets between the
 * minimum and maximum (a monotone map, so buckets are in order), then each
 * bucket is sorted on its own (insertion sort when small). Linear on data
 * that is spread out; skewed data only makes some buckets larger, sorted by
 * TypedArray sort. Undefined when the range is not finite (radix sort then).
 */
function bucketSort(values: Float64Array): Float64Array | undefined {
  const n = values.length;
  let min = Infinity;
  let max = -Infinity;
  for (let i = 0; i < n; i++) {
    const v = values[i]!;
    if (v < min) min = v;
    if (v > max) max = v;
  }
  if (!Number.isFinite(min) || !Number.isFinite(max) || !Number.isFinite(max - min)) return undefined;
  if (min === max) return values;
  values.set(countingSortDecimals(values, n, n, min, max)?.sorted ?? distribute(values, n, n, min, max));
  return values;
}

/**
 * Sorts the `count` finite values among the first `n` of `values` (min and
 * max given, a finite range) into a new array: count per bucket, scatter,
 * then sort each bucket (insertion sort when small).
 */
function distribute(values: Float64Array, n: number, count: number, min: number, max: number): Float64Array {
  const buckets = count >> 2;
  const scale = buckets / (max - min);
  const last = buckets - 1;
  const starts = new Int32Array(buckets + 1);
  for (let i = 0; i < n; i++) {
    const v = values[i]!;
    if (v - v !== 0) continue;
    const b = Math.floor((v - min) * scale);
    starts[b > last ? last : b]!++;
  }
  let total = 0;
  for (let b = 0; b <= buckets; b++) {
    const c = starts[b]!;
    starts[b] = total;
    total += c;
  }
  const fill = starts.slice(0, buckets);
  const out = new Float64Array(count);
  for (let i = 0; i < n; i++) {
    const v = values[i]!;
    if (v - v !== 0) continue;
    const b = Math.floor((v - min) * scale);
    out[fill[b > last ? last : b]!++] = v;
  }
  for (let b = 0; b < buckets; b++) {
    const from = starts[b]!;
    const to = starts[b + 1]!;
    const size = to - from;
    if (size < 2) continue;
    if (size > 48) {
      out.subarray(from, to).sort();
      continue;
    }
    for (let i = from + 1; i < to; i++) {
      const v = out[i]!;
      let j = i - 1;
      while (j >= from && out[j]! > v) {
        out[j + 1] = out[j]!;
        j--;
      }
      out[j + 1] = v;
    }
  }
  return out;
}

function radixSort(values: Float64Array): Float64Array {
  const n = values.length;
  const words = new Uint32Array(values.buffer, values.byteOffset, n * 2);
  let lo = new Uint32Array(n);
  let hi = new Uint32Array(n);
  // Map each double to an unsigned key with the same order: flip the sign bit
  // of positives, every bit of negatives (little-endian: low word first).
  for (let i = 0; i < n; i++) {
    const h = words[2 * i + 1]!;
    const l = words[2 * i]!;
    if (h & 0x80000000) {
      hi[i] = ~h >>> 0;
      lo[i] = ~l >>> 0;
    } else {
      hi[i] = (h | 0x80000000) >>> 0;
      lo[i] = l;
    }
  }
  let lo2 = new Uint32Array(n);
  let hi2 = new Uint32Array(n);
  // 11-bit digits (six passes) keep the count table in the first-level cache.
  const counts = new Uint32Array(2048);
  for (const [word, shift, bits] of PASSES) {
    const source = word === 0 ? lo : hi;
    const mask = (1 << bits) - 1;
    counts.fill(0);
    for (let i = 0; i < n; i++) counts[(source[i]! >>> shift) & mask]!++;
    // Skip a pass whose digit is the same for every value (common for the high bits).
    if (counts[(source[0]! >>> shift) & mask] === n) continue;
    let total = 0;
    for (let d = 0; d <= mask; d++) {
      const c = counts[d]!;
      counts[d] = total;
      total += c;
    }
    for (let i = 0; i < n; i++) {
      const position = counts[(source[i]! >>> shift) & mask]!++;
      lo2[position] = lo[i]!;
      hi2[position] = hi[i]!;
    }
    [lo, lo2] = [lo2, lo];
    [hi, hi2] = [hi2, hi];
  }
  for (let i = 0; i < n; i++) {
    const h = hi[i]!;
    if (h & 0x80000000) {
      words[2 * i + 1] = (h & 0x7fffffff) >>> 0;
      words[2 * i] = lo[i]!;
    } else {
      words[2 * i + 1] = ~h >>> 0;
      words[2 * i] = ~lo[i]! >>> 0;
    }
  }
  return values;
}

/**
 * Arrays this module sorted (or was told are sorted, see markSorted): the
 * check below is then free instead of a pass over a million values.
 * Sorted samples are never modified afterwards.
 */
const knownSorted = new WeakSet<Float64Array>();

/** Records that `values` is in ascending order (an array sorted elsewhere, e.g. in a worker thread). */
export function markSorted(values: Float64Array): Float64Array {
  knownSorted.add(values);
  return values;
}

/** Whether the values are already in ascending order. */
export function isSorted(values: ArrayLike<number>): boolean {
  if (values instanceof Float64Array && knownSorted.has(values)) return true;
  for (let i = 1; i < values.length; i++) if (values[i - 1]! > values[i]!) return false;
  return true;
}
