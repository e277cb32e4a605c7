import { Sum } from './summation.js';
import { sorted } from './sorting.js';

/**
 * The L^p distance between the empirical CDFs of two samples, integrated over
 * the pooled sorted values — scipy.stats._stats_py._cdf_distance. One merge
 * walk over the sorted samples replaces numpy's searchsorted calls.
 */
function cdfDistance(p: 1 | 2, u: ArrayLike<number>, v: ArrayLike<number>): number {
  const a = sorted(u);
  const b = sorted(v);
  const nu = a.length;
  const nv = b.length;
  if (nu === 0 || nv === 0) throw new RangeError('distance needs two non-empty samples');
  const total = new Sum();
  let i = 0;
  let j = 0;
  // Current pooled value and the count of each sample <= it.
  let previous = Math.min(a[0]!, b[0]!);
  while (i < nu && a[i] === previous) i++;
  while (j < nv && b[j] === previous) j++;
  while (i < nu || j < nv) {
    const next = j >= nv || (i < nu && a[i]! <= b[j]!) ? a[i]! : b[j]!;
    const diff = i / nu - j / nv;
    const delta = next - previous;
    total.add(p === 1 ? Math.abs(diff) * delta : diff * diff * delta);
    while (i < nu && a[i] === next) i++;
    while (j < nv && b[j] === next) j++;
    previous = next;
  }
  return p === 1 ? total.value : Math.sqrt(total.value);
}

/** First Wasserstein distance between two 1-D samples — scipy.stats.wasserstein_distance(u, v). */
export function wassersteinDistance(u: ArrayLike<number>, v: ArrayLike<number>): number {
  return cdfDistance(1, u, v);
}

/** Energy distance between two 1-D samples — scipy.stats.energy_distance(u, v) = sqrt(2) * L2 CDF distance. */
export function energyDistance(u: ArrayLike<number>, v: ArrayLike<number>): number {
  return Math.SQRT2 * cdfDistance(2, u, v);
}
