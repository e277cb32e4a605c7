import { describe, it } from 'vitest';
import {
  andersonKsamp,
  chisquare,
  cramerVonMises2samp,
  energyDistance,
  fisherExact,
  jensenShannon,
  klDivergence,
  ks2samp,
  kstwoSf,
  mannWhitneyU,
  powerDivergence,
  ttestInd,
  wassersteinDistance,
} from '../../actions/shared/stats/index.js';
import { expectPValue, expectStatistic, reference } from './reference.js';

type Case = { case: string; statistic: number; pvalue: number; value: number };
const pair = (name: string): { x: number[]; y: number[] } => reference.pairs[name];

describe('two-sample tests match scipy 1.10 on the committed cases', () => {
  it.each((reference.ks_2samp as Case[]).map((c) => [c.case, c]))('ks_2samp %s', (_name, c) => {
    const { x, y } = pair(c.case);
    const r = ks2samp(x, y);
    expectStatistic(r.statistic, c.statistic, 'D');
    expectPValue(r.pValue, c.pvalue, 'p');
  });

  it.each(
    (reference.ks_2samp_extra as { x: number[]; y: number[]; statistic: number; pvalue: number }[]).map((c) => [
      `${c.x.length}x${c.y.length}`,
      c,
    ]),
  )('ks_2samp exact/asymptotic paths %s', (_name, c) => {
    const r = ks2samp(c.x, c.y);
    expectStatistic(r.statistic, c.statistic, 'D');
    expectPValue(r.pValue, c.pvalue, 'p');
  });

  it('kstwo.sf over the regimes of _kolmogn', () => {
    for (const c of reference.kstwo_sf as { n: number; x: number; sf: number }[])
      expectPValue(kstwoSf(c.n, c.x), c.sf, `n=${c.n} x=${c.x}`);
  });

  it.each((reference.wasserstein_distance as Case[]).map((c) => [c.case, c]))('wasserstein_distance %s', (_name, c) => {
    const { x, y } = pair(c.case);
    expectStatistic(wassersteinDistance(x, y), c.value, 'W1');
  });

  it.each((reference.energy_distance as Case[]).map((c) => [c.case, c]))('energy_distance %s', (_name, c) => {
    const { x, y } = pair(c.case);
    expectStatistic(energyDistance(x, y), c.value, 'E');
  });

  it.each((reference.anderson_ksamp as Case[]).map((c) => [c.case, c]))('anderson_ksamp %s', (_name, c) => {
    const { x, y } = pair(c.case);
    const r = andersonKsamp(x, y);
    expectStatistic(r.statistic, c.statistic, 'A2');
    expectPValue(r.pValue, c.pvalue, 'p');
  });

  it.each((reference.cramervonmises_2samp as Case[]).map((c) => [c.case, c]))('cramervonmises_2samp %s', (_name, c) => {
    const { x, y } = pair(c.case);
    const r = cramerVonMises2samp(x, y);
    expectStatistic(r.statistic, c.statistic, 'T');
    expectPValue(r.pValue, c.pvalue, 'p');
  });

  it.each((reference.mannwhitneyu as Case[]).map((c) => [c.case, c]))('mannwhitneyu two-sided %s', (_name, c) => {
    const { x, y } = pair(c.case);
    const r = mannWhitneyU(x, y);
    expectStatistic(r.statistic, c.statistic, 'U');
    expectPValue(r.pValue, c.pvalue, 'p');
  });

  it.each((reference.mannwhitneyu_less as Case[]).map((c) => [c.case, c]))('mannwhitneyu less %s', (_name, c) => {
    const { x, y } = pair(c.case);
    const r = mannWhitneyU(x, y, 'less');
    expectStatistic(r.statistic, c.statistic, 'U');
    expectPValue(r.pValue, c.pvalue, 'p');
  });

  it.each((reference.ttest_ind as Case[]).map((c) => [c.case, c]))('ttest_ind %s', (_name, c) => {
    const { x, y } = pair(c.case);
    const r = ttestInd(x, y);
    expectStatistic(r.statistic, c.statistic, 't');
    expectPValue(r.pValue, c.pvalue, 'p');
  });
});

describe('count and distribution tests match scipy 1.10', () => {
  type CountCase = { observed: number[]; expected: number[]; statistic: number; pvalue: number };
  it('chisquare', () => {
    for (const c of reference.chisquare as CountCase[]) {
      const r = chisquare(c.observed, c.expected);
      expectStatistic(r.statistic, c.statistic, `chi2 ${c.observed}`);
      expectPValue(r.pValue, c.pvalue, `p ${c.observed}`);
    }
  });

  it('power_divergence(lambda_="log-likelihood")', () => {
    for (const c of reference.power_divergence_loglik as CountCase[]) {
      const r = powerDivergence(c.observed, c.expected, 'log-likelihood');
      expectStatistic(r.statistic, c.statistic, `G ${c.observed}`);
      expectPValue(r.pValue, c.pvalue, `p ${c.observed}`);
    }
  });

  it('jensenshannon and entropy', () => {
    for (const c of reference.jensenshannon as { p: number[]; q: number[]; value: number }[])
      expectStatistic(jensenShannon(c.p, c.q), c.value, `js ${c.p}`);
    for (const c of reference.entropy as { p: number[]; q: number[]; value: number }[])
      expectStatistic(klDivergence(c.p, c.q), c.value, `kl ${c.p}`);
  });

  it('fisher_exact', () => {
    for (const c of reference.fisher_exact as { table: number[][]; statistic: number; pvalue: number }[]) {
      const [[a, b], [cc, d]] = c.table as [[number, number], [number, number]];
      const r = fisherExact(a, b, cc, d);
      expectStatistic(r.statistic, c.statistic, `odds ${JSON.stringify(c.table)}`);
      expectPValue(r.pValue, c.pvalue, `p ${JSON.stringify(c.table)}`);
    }
  });
});
