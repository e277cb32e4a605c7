import { kstwoSf } from './kolmogorov.js';
import { gcd, roundHalfEven, sorted } from './sorting.js';

export interface TestResult {
  readonly statistic: number;
  readonly pValue: number;
}

export interface KsResult extends TestResult {
  readonly method: 'exact' | 'asymp';
}

/** scipy's switch: exact p-values while both samples have at most this many values. */
const MAX_AUTO_N = 10000;

/**
 * Two-sample Kolmogorov–Smirnov test, two-sided — scipy.stats.ks_2samp(x, y)
 * with its default method='auto' (scipy 1.10): exact when max(n1, n2) <=
 * 10000 (Hodges' lattice-path counts), falling back to the asymptotic
 * kstwo.sf(D, round(n1 n2 / (n1 + n2))) when the exact count fails or for
 * larger samples. Inputs must not contain NaN.
 */
export function ks2samp(x: ArrayLike<number>, y: ArrayLike<number>): KsResult {
  const a = sorted(x);
  const b = sorted(y);
  const n1 = a.length;
  const n2 = b.length;
  if (n1 === 0 || n2 === 0) throw new RangeError('ks_2samp needs two non-empty samples');
  // ECDF differences at every pooled value (side='right'), walking both sorted arrays once.
  let maxS = -Infinity;
  let minS = Infinity;
  let i = 0;
  let j = 0;
  while (i < n1 || j < n2) {
    const value = j >= n2 || (i < n1 && a[i]! <= b[j]!) ? a[i]! : b[j]!;
    while (i < n1 && a[i] === value) i++;
    while (j < n2 && b[j] === value) j++;
    const diff = i / n1 - j / n2;
    if (diff > maxS) maxS = diff;
    if (diff < minS) minS = diff;
  }
  const lower = Math.min(Math.max(-minS, 0), 1);
  let d = lower > maxS ? lower : maxS;
  const g = gcd(n1, n2);
  if (Math.max(n1, n2) <= MAX_AUTO_N) {
    const exact = exactTwoSided(n1, n2, g, d);
    if (exact) return { statistic: exact.d, pValue: exact.p, method: 'exact' };
  }
  const [m, n] = n1 >= n2 ? [n1, n2] : [n2, n1];
  const en = (m * n) / (m + n);
  d = Math.max(d, 0);
  return { statistic: d, pValue: Math.min(Math.max(kstwoSf(roundHalfEven(en), d), 0), 1), method: 'asymp' };
}

/** scipy `_attempt_exact_2kssamp` for the two-sided case; undefined when the count fails. */
function exactTwoSided(n1: number, n2: number, g: number, d: number): { d: number; p: number } | undefined {
  const lcm = (n1 / g) * n2;
  const h = roundHalfEven(d * lcm);
  const dd = h / lcm;
  if (h === 0) return { d: dd, p: 1 };
  const p = n1 === n2 ? probOutsideSquare(n1, h) : outerProbInside(n1, n2, g, h);
  if (!Number.isFinite(p) || p < 0 || p > 1) return undefined;
  return { d: dd, p };
}

/** scipy `_compute_prob_outside_square`: share of paths leaving the band |x - y| < h, n1 == n2 == n. */
export function probOutsideSquare(n: number, h: number): number {
  let P = 0;
  for (let k = Math.floor(n / h); k >= 0; k--) {
    let p1 = 1;
    for (let j = 0; j < h; j++) p1 = ((n - k * h - j) * p1) / (n + k * h + j + 1);
    P = p1 * (1 - P);
  }
  return 2 * P;
}

/**
 * scipy `_compute_outer_prob_inside_method` (Hodges' inside method with
 * Viehmann's recursion for 1 - p): share of lattice paths from (0,0) to
 * (m,n) that leave |nx/g - my/g| < h.
 */
export function outerProbInside(m0: number, n0: number, g: number, h: number): number {
  const [m, n] = m0 >= n0 ? [m0, n0] : [n0, m0];
  const mg = m / g;
  const ng = n / g;
  let minj = 0;
  let maxj = Math.min(Math.ceil(h / mg), n + 1);
  let curlen = maxj - minj;
  const lenA = Math.min(2 * maxj + 2, n + 1);
  const A = new Float64Array(lenA).fill(1);
  for (let j = minj; j < maxj; j++) A[j] = 0;
  for (let i = 1; i <= m; i++) {
    const lastminj = minj;
    const lastlen = curlen;
    minj = Math.min(Math.max(Math.floor((ng * i - h) / mg) + 1, 0), n);
    maxj = Math.min(Math.ceil((ng * i + h) / mg), n + 1);
    if (maxj <= minj) return 1;
    let val = minj === 0 ? 0 : 1;
    for (let jj = 0; jj < maxj - minj; jj++) {
      const j = jj + minj;
      val = (A[jj + minj - lastminj]! * i + val * j) / (i + j);
      A[jj] = val;
    }
    curlen = maxj - minj;
    if (lastlen > curlen) A.fill(1, maxj - minj, maxj - minj + (lastlen - curlen));
  }
  return A[maxj - minj - 1]!;
}
