import gammainc from '@stdlib/math-base-special-gammainc';
import type { TestResult } from './ks-2samp.js';
import { Sum } from './summation.js';

/** Upper tail of the chi-square distribution — scipy.stats.chi2.sf(x, df) (cephes chdtrc = igamc(df/2, x/2)). */
export function chi2Sf(x: number, df: number): number {
  if (!(df > 0) || Number.isNaN(x)) return Number.NaN;
  if (x === Infinity) return 0;
  if (x <= 0) return 1;
  return gammainc(x / 2, df / 2, true, true);
}

/** x log y with 0 when x is 0 — scipy.special.xlogy. */
function xlogy(x: number, y: number): number {
  return x === 0 && !Number.isNaN(y) ? 0 : x * Math.log(y);
}

/**
 * Cressie–Read power divergence for λ = 1 (Pearson) or λ = 0 (log-likelihood,
 * the G-test) — scipy.stats.power_divergence(f_obs, f_exp, lambda_), ddof 0,
 * p-value chi2.sf(stat, k - 1).
 */
export function powerDivergence(
  observed: ArrayLike<number>,
  expected: ArrayLike<number>,
  lambda: 'pearson' | 'log-likelihood',
): TestResult {
  const total = new Sum();
  for (let i = 0; i < observed.length; i++) {
    const o = observed[i]!;
    const e = expected[i]!;
    total.add(lambda === 'pearson' ? ((o - e) * (o - e)) / e : 2 * xlogy(o, o / e));
  }
  const statistic = total.value;
  return { statistic, pValue: chi2Sf(statistic, observed.length - 1) };
}

/** Pearson's chi-square goodness-of-fit test — scipy.stats.chisquare(f_obs, f_exp). */
export function chisquare(observed: ArrayLike<number>, expected: ArrayLike<number>): TestResult {
  return powerDivergence(observed, expected, 'pearson');
}
