/** Small helpers over sorted Float64Arrays shared by the rank- and CDF-based tests. */
import { isSorted, sortFloat64 } from './radix-sort.js';

/** The values in ascending order (NaN-free input expected); already sorted input is returned as is, never modified. */
export function sorted(values: ArrayLike<number>): Float64Array {
  if (values instanceof Float64Array && isSorted(values)) return values;
  return sortFloat64(Float64Array.from(values));
}

/** Number of elements <= x in a sorted array (numpy searchsorted side='right'). */
export function upperBound(sortedValues: Float64Array, x: number): number {
  let lo = 0;
  let hi = sortedValues.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sortedValues[mid]! <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Number of elements < x in a sorted array (numpy searchsorted side='left'). */
export function lowerBound(sortedValues: Float64Array, x: number): number {
  let lo = 0;
  let hi = sortedValues.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sortedValues[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Merges two sorted arrays into one sorted array. */
export function mergeSorted(a: Float64Array, b: Float64Array): Float64Array {
  const out = new Float64Array(a.length + b.length);
  let i = 0;
  let j = 0;
  let k = 0;
  while (i < a.length && j < b.length) out[k++] = a[i]! <= b[j]! ? a[i++]! : b[j++]!;
  while (i < a.length) out[k++] = a[i++]!;
  while (j < b.length) out[k++] = b[j++]!;
  return out;
}

/**
 * Average ranks (1-based) of the pooled sorted sample: for each run of ties,
 * every member gets the mean of the ranks the run spans (scipy rankdata
 * method='average'). Returns the ranks of `a`'s and `b`'s elements, in their
 * sorted order, and the tie-run lengths.
 */
export function pooledRanks(a: Float64Array, b: Float64Array): { ra: Float64Array; rb: Float64Array; ties: number[] } {
  const ra = new Float64Array(a.length);
  const rb = new Float64Array(b.length);
  const ties: number[] = [];
  let i = 0;
  let j = 0;
  let rank = 0;
  while (i < a.length || j < b.length) {
    const value = j >= b.length || (i < a.length && a[i]! <= b[j]!) ? a[i]! : b[j]!;
    let ca = 0;
    let cb = 0;
    while (i + ca < a.length && a[i + ca] === value) ca++;
    while (j + cb < b.length && b[j + cb] === value) cb++;
    const count = ca + cb;
    const average = rank + (count + 1) / 2;
    for (let k = 0; k < ca; k++) ra[i + k] = average;
    for (let k = 0; k < cb; k++) rb[j + k] = average;
    if (count > 1) ties.push(count);
    rank += count;
    i += ca;
    j += cb;
  }
  return { ra, rb, ties };
}

export function gcd(a: number, b: number): number {
  while (b) [a, b] = [b, a % b];
  return a;
}

/** numpy's round half to even. */
export function roundHalfEven(x: number): number {
  const r = Math.round(x);
  return Math.abs(x % 1) === 0.5 && r % 2 !== 0 ? r - 1 : r;
}
