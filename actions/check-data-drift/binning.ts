import { sturgesEdges } from '../shared/stats/index.js';
import {
  distinctUpTo,
  numericHistogram,
  numericRange,
  type Sample,
  sampleSize,
  unionKeys,
  valueCounts,
} from './samples.js';

/**
 * Evidently's get_binned_data (legacy/calculations/stattests/utils.py):
 * numeric columns with more than 20 distinct reference values are cut into
 * Sturges equal-width bins over both samples together; everything else is
 * counted per value. Shares of zero are replaced by a small share (the
 * smallest non-zero share / 10^6 when that is <= 0.0001, else 0.0001), as
 * Evidently's feel_zeroes does, so logarithms stay finite.
 */
export function binnedShares(
  reference: Sample,
  current: Sample,
  fillZeroes: boolean,
): { reference: Float64Array; current: Float64Array } {
  let ref: Float64Array;
  let cur: Float64Array;
  const nRef = sampleSize(reference);
  const nCur = sampleSize(current);
  if (reference.kind === 'numeric' && current.kind === 'numeric' && distinctUpTo(reference, 21) > 20) {
    const [rMin, rMax] = numericRange(reference);
    const [cMin, cMax] = numericRange(current);
    const edges = sturgesEdges(Math.min(rMin, cMin), Math.max(rMax, cMax), nRef + nCur);
    ref = numericHistogram(reference, edges).map((count) => count / nRef);
    cur = numericHistogram(current, edges).map((count) => count / nCur);
  } else {
    const rc = valueCounts(reference);
    const cc = valueCounts(current);
    const keys = unionKeys(rc, cc);
    ref = Float64Array.from(keys, (key) => (rc.get(key) ?? 0) / nRef);
    cur = Float64Array.from(keys, (key) => (cc.get(key) ?? 0) / nCur);
  }
  if (fillZeroes) {
    fill(ref);
    fill(cur);
  }
  return { reference: ref, current: cur };
}

function fill(shares: Float64Array): void {
  let min = Infinity;
  for (const share of shares) if (share !== 0 && share < min) min = share;
  const replacement = min <= 0.0001 ? min / 10 ** 6 : 0.0001;
  for (let i = 0; i < shares.length; i++) if (shares[i] === 0) shares[i] = replacement;
}

/**
 * Evidently's hellinger stattest: for categorical columns, sqrt(1 - Σ sqrt(p q))
 * over category shares; for numeric ones, the same on density histograms over
 * Sturges bins of the distinct values of both samples, times the mean bin width.
 */
export function hellinger(reference: Sample, current: Sample): number {
  let coefficient = 0;
  if (reference.kind === 'numeric' && current.kind === 'numeric') {
    const keys = unionKeys(valueCounts(reference), valueCounts(current)) as number[];
    let min = Infinity;
    let max = -Infinity;
    for (const key of keys) {
      if (key < min) min = key;
      if (key > max) max = key;
    }
    const edges = sturgesEdges(min, max, keys.length);
    const h1 = density(numericHistogram(reference, edges), edges);
    const h2 = density(numericHistogram(current, edges), edges);
    const binWidth = (edges[edges.length - 1]! - edges[0]!) / (edges.length - 1);
    for (let i = 0; i < h1.length; i++) coefficient += Math.sqrt(h1[i]! * h2[i]!) * binWidth;
  } else {
    const rc = valueCounts(reference);
    const cc = valueCounts(current);
    const nRef = sampleSize(reference);
    const nCur = sampleSize(current);
    for (const key of unionKeys(rc, cc))
      coefficient += Math.sqrt(((rc.get(key) ?? 0) / nRef) * ((cc.get(key) ?? 0) / nCur));
  }
  return Math.sqrt(1 - Math.min(Math.max(coefficient, 0), 1));
}

/** numpy.histogram(..., density=True): count / (total × bin width). */
function density(counts: Float64Array, edges: Float64Array): Float64Array {
  let total = 0;
  for (const c of counts) total += c;
  return counts.map((c, i) => c / (edges[i + 1]! - edges[i]!) / total);
}
