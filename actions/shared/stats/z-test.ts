import normalCdf from '@stdlib/stats-base-dists-normal-cdf';
import type { TestResult } from './ks-2samp.js';

/**
 * Two-proportion z-test, two-sided, as Evidently's `z` stattest
 * (proportions_diff_z_stat_ind / proportions_diff_z_test): the share of one
 * category in each sample, pooled variance, p = 2 (1 - Φ(|z|)) using scipy.stats.norm.cdf.
 * `k1` of `n1` reference values and `k2` of `n2` current values are in the category.
 */
export function proportionsZTest(k1: number, n1: number, k2: number, n2: number): TestResult {
  const p1 = k1 / n1;
  const p2 = k2 / n2;
  const P = (p1 * n1 + p2 * n2) / (n1 + n2);
  const statistic = (p1 - p2) / Math.sqrt(P * (1 - P) * (1 / n1 + 1 / n2));
  return { statistic, pValue: 2 * (1 - normalCdf(Math.abs(statistic), 0, 1)) };
}
