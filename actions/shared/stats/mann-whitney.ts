import erfc from '@stdlib/math-base-special-erfc';
import type { TestResult } from './ks-2samp.js';
import { pooledRanks, sorted } from './sorting.js';
import { Sum } from './summation.js';

export type Alternative = 'two-sided' | 'less' | 'greater';

/**
 * Mann–Whitney U test — scipy.stats.mannwhitneyu(x, y, use_continuity=True,
 * alternative, method='auto') of scipy 1.10: exact null distribution when one
 * sample has at most 8 values and there are no ties, otherwise the normal
 * approximation with tie correction and continuity correction. The statistic
 * is U1, the U of `x`.
 */
export function mannWhitneyU(
  x: ArrayLike<number>,
  y: ArrayLike<number>,
  alternative: Alternative = 'two-sided',
): TestResult {
  const a = sorted(x);
  const b = sorted(y);
  const n1 = a.length;
  const n2 = b.length;
  const { ra, ties } = pooledRanks(a, b);
  const R1 = new Sum();
  for (let i = 0; i < n1; i++) R1.add(ra[i]!);
  const U1 = R1.value - (n1 * (n1 + 1)) / 2;
  const U2 = n1 * n2 - U1;
  const [U, factor] = alternative === 'greater' ? [U1, 1] : alternative === 'less' ? [U2, 1] : [Math.max(U1, U2), 2];
  const exact = !(n1 > 8 && n2 > 8) && ties.length === 0;
  let p: number;
  if (exact) p = exactSf(Math.trunc(U), n1, n2);
  else {
    const n = n1 + n2;
    let tieTerm = 0;
    for (const t of ties) tieTerm += t ** 3 - t;
    const s = Math.sqrt(((n1 * n2) / 12) * (n + 1 - tieTerm / (n * (n - 1))));
    const z = (U - (n1 * n2) / 2 - 0.5) / s;
    p = 0.5 * erfc(z / Math.SQRT2);
  }
  return { statistic: U1, pValue: Math.min(Math.max(p * factor, 0), 1) };
}

/**
 * P(U >= k) under the null: the counts of U are the coefficients of the
 * Gaussian binomial [m+n choose m]_q, built as Π (1 - q^(n+i)) / (1 - q^i)
 * and summed from the left by symmetry (scipy `_mwu_state.sf`).
 */
function exactSf(k: number, m: number, n: number): number {
  const size = m * n + 1;
  let poly = new Float64Array(size);
  poly[0] = 1;
  for (let i = 1; i <= m; i++) {
    const next = Float64Array.from(poly);
    const shift = n + i;
    for (let u = size - 1; u >= shift; u--) next[u]! -= next[u - shift]!;
    for (let u = i; u < size; u++) next[u]! += next[u - i]!;
    poly = next;
  }
  let total = 0;
  for (let u = 0; u < size; u++) total += poly[u]!;
  let cdf = 0;
  const upTo = m * n - k;
  for (let u = 0; u <= upTo && u < size; u++) cdf += poly[u]!;
  return cdf / total;
}
