import binomcoefln from '@stdlib/math-base-special-binomcoefln';
import type { TestResult } from './ks-2samp.js';

/**
 * Fisher's exact test on a 2×2 table [[a, b], [c, d]], two-sided —
 * scipy.stats.fisher_exact(table) of scipy 1.10: the tail holding the table
 * plus the other tail's tables no more likely than it (relative tolerance
 * 1e-14). The statistic is the sample odds ratio ad / bc.
 */
export function fisherExact(a: number, b: number, c: number, d: number): TestResult {
  if (a + c === 0 || b + d === 0 || a + b === 0 || c + d === 0) return { statistic: Number.NaN, pValue: 1 };
  const statistic = c > 0 && b > 0 ? (a * d) / (c * b) : Infinity;
  const n1 = a + b;
  const n2 = c + d;
  const n = a + c;
  const total = n1 + n2;
  const low = Math.max(0, n - n2);
  const high = Math.min(n, n1);
  const logDenominator = binomcoefln(total, n);
  const pmf = (x: number): number =>
    x < low || x > high ? 0 : Math.exp(binomcoefln(n1, x) + binomcoefln(n2, n - x) - logDenominator);
  const mode = Math.trunc(((n + 1) * (n1 + 1)) / (total + 2));
  const pExact = pmf(a);
  const pMode = pmf(mode);
  const epsilon = 1e-14;
  const gamma = 1 + epsilon;
  if (Math.abs(pExact - pMode) / Math.max(pExact, pMode) <= epsilon) return { statistic, pValue: 1 };
  let p = 0;
  if (a < mode) {
    for (let x = low; x <= a; x++) p += pmf(x);
    for (let x = high; x > mode; x--) {
      const value = pmf(x);
      if (value >= pExact * gamma) break;
      p += value;
    }
  } else {
    for (let x = a; x <= high; x++) p += pmf(x);
    for (let x = low; x < mode; x++) {
      const value = pmf(x);
      if (value > pExact * gamma) break;
      p += value;
    }
  }
  return { statistic, pValue: Math.min(p, 1) };
}
