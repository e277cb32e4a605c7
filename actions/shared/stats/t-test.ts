import tcdf from '@stdlib/stats-base-dists-t-cdf';
import type { TestResult } from './ks-2samp.js';
import { mean, variance } from './summation.js';

/**
 * Student's two-sample t-test with pooled variance, two-sided —
 * scipy.stats.ttest_ind(a, b) (equal_var=True): p = 2 stdtr(df, -|t|).
 */
export function ttestInd(a: ArrayLike<number>, b: ArrayLike<number>): TestResult {
  const n1 = a.length;
  const n2 = b.length;
  const df = n1 + n2 - 2;
  const pooled = ((n1 - 1) * variance(a, 1) + (n2 - 1) * variance(b, 1)) / df;
  const denominator = Math.sqrt(pooled * (1 / n1 + 1 / n2));
  const statistic = (mean(a) - mean(b)) / denominator;
  if (Number.isNaN(statistic)) return { statistic, pValue: Number.NaN };
  return { statistic, pValue: 2 * tcdf(-Math.abs(statistic), df) };
}
