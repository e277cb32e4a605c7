/**
 * The drift tests by name, each as Evidently's legacy stattest of the same
 * name computes its score and verdict (src/evidently/legacy/calculations/
 * stattests/*.py), on top of the scipy-matching functions in
 * actions/shared/stats.
 */
import { UserError } from '../shared/errors.js';
import {
  andersonKsamp,
  chisquare,
  cramerVonMises2samp,
  energyDistance,
  gridCdfDistance,
  fisherExact,
  jensenShannon,
  klDivergence,
  ks2samp,
  mannWhitneyU,
  powerDivergence,
  proportionsZTest,
  psi,
  ttestInd,
  variance,
  wassersteinDistance,
} from '../shared/stats/index.js';
import { binnedShares, hellinger } from './binning.js';
import { numericSize, type NumericSample, type Sample, sampleSize, unionKeys, valueCounts } from './samples.js';

/**
 * The population standard deviation (numpy.std) that norms the Wasserstein
 * distance: from the moments taken while the sample was sorted, when it has them.
 */
export function populationStd(sample: NumericSample): number {
  const n = numericSize(sample);
  return sample.moments ? Math.sqrt(sample.moments.m2 / n) : Math.sqrt(variance(sample.values, 0));
}

export const STATTEST_NAMES = [
  'ks',
  'chisquare',
  'z',
  'wasserstein',
  'jensenshannon',
  'psi',
  'kl_div',
  'hellinger',
  'anderson',
  'cramer_von_mises',
  'mannw',
  't_test',
  'ed',
  'g_test',
  'fisher_exact',
] as const;
export type StatTestName = (typeof STATTEST_NAMES)[number];

/** How a score is compared with its threshold: Evidently's comparison per test. */
export type Comparison = 'p<' | 'p<=' | 'd>=' | 'd>';

export interface StatTestInfo {
  readonly name: StatTestName;
  readonly title: string;
  readonly scoreKind: 'p-value' | 'distance';
  readonly defaultThreshold: number;
  readonly comparison: Comparison;
  /** Whether it needs numeric values (tests on value counts take either kind). */
  readonly numericOnly: boolean;
}

const INFO: Record<StatTestName, Omit<StatTestInfo, 'name'>> = {
  ks: {
    title: 'Kolmogorov–Smirnov p-value',
    scoreKind: 'p-value',
    defaultThreshold: 0.05,
    comparison: 'p<=',
    numericOnly: true,
  },
  chisquare: {
    title: 'chi-square p-value',
    scoreKind: 'p-value',
    defaultThreshold: 0.05,
    comparison: 'p<',
    numericOnly: false,
  },
  z: { title: 'Z-test p-value', scoreKind: 'p-value', defaultThreshold: 0.05, comparison: 'p<', numericOnly: false },
  wasserstein: {
    title: 'Wasserstein distance (normed)',
    scoreKind: 'distance',
    defaultThreshold: 0.1,
    comparison: 'd>=',
    numericOnly: true,
  },
  jensenshannon: {
    title: 'Jensen-Shannon distance',
    scoreKind: 'distance',
    defaultThreshold: 0.1,
    comparison: 'd>=',
    numericOnly: false,
  },
  psi: { title: 'PSI', scoreKind: 'distance', defaultThreshold: 0.1, comparison: 'd>=', numericOnly: false },
  kl_div: {
    title: 'Kullback-Leibler divergence',
    scoreKind: 'distance',
    defaultThreshold: 0.1,
    comparison: 'd>=',
    numericOnly: false,
  },
  hellinger: {
    title: 'Hellinger distance',
    scoreKind: 'distance',
    defaultThreshold: 0.1,
    comparison: 'd>=',
    numericOnly: false,
  },
  anderson: {
    title: 'Anderson-Darling p-value',
    scoreKind: 'p-value',
    defaultThreshold: 0.1,
    comparison: 'p<',
    numericOnly: true,
  },
  cramer_von_mises: {
    title: 'Cramér-von Mises p-value',
    scoreKind: 'p-value',
    defaultThreshold: 0.1,
    comparison: 'p<=',
    numericOnly: true,
  },
  mannw: {
    title: 'Mann-Whitney U-rank test p-value',
    scoreKind: 'p-value',
    defaultThreshold: 0.05,
    comparison: 'p<',
    numericOnly: true,
  },
  t_test: {
    title: 't-test p-value',
    scoreKind: 'p-value',
    defaultThreshold: 0.05,
    comparison: 'p<',
    numericOnly: true,
  },
  ed: { title: 'Energy distance', scoreKind: 'distance', defaultThreshold: 0.1, comparison: 'd>', numericOnly: true },
  g_test: {
    title: 'G-test p-value',
    scoreKind: 'p-value',
    defaultThreshold: 0.1,
    comparison: 'p<',
    numericOnly: false,
  },
  fisher_exact: {
    title: "Fisher's exact test p-value",
    scoreKind: 'p-value',
    defaultThreshold: 0.1,
    comparison: 'p<',
    numericOnly: false,
  },
};

export function statTestInfo(name: StatTestName): StatTestInfo {
  return { name, ...INFO[name] };
}

export function isStatTestName(name: string): name is StatTestName {
  return (STATTEST_NAMES as readonly string[]).includes(name);
}

export interface StatTestOutcome {
  /** The p-value for p-value tests, the distance for distance tests (Evidently's drift_score). */
  readonly score: number;
  /** The test statistic where it differs from the score (KS D, chi-square, U, t, ...). */
  readonly statistic?: number;
  readonly pValue?: number;
  /** Extra facts worth showing (e.g. the KS method, an Anderson cap). */
  readonly note?: string;
}

/** Whether a score means drift under a test's comparison. NaN never does. */
export function isDrift(score: number, threshold: number, comparison: Comparison): boolean {
  switch (comparison) {
    case 'p<':
      return score < threshold;
    case 'p<=':
      return score <= threshold;
    case 'd>=':
      return score >= threshold;
    case 'd>':
      return score > threshold;
  }
}

function numeric(sample: Sample, test: StatTestName): Float64Array {
  assertNumeric(sample, test);
  return sample.values;
}

function assertNumeric(sample: Sample, test: StatTestName): asserts sample is NumericSample {
  if (sample.kind !== 'numeric') throw new UserError(`The '${test}' test needs a numeric column.`);
}

/** Runs one test on reference and current samples (both non-empty). */
export function runStatTest(name: StatTestName, reference: Sample, current: Sample): StatTestOutcome {
  switch (name) {
    case 'ks': {
      const r = ks2samp(numeric(reference, name), numeric(current, name));
      return { score: r.pValue, statistic: r.statistic, pValue: r.pValue, note: `${r.method} p-value` };
    }
    case 'chisquare':
    case 'g_test': {
      const { observed, expected } = observedExpected(reference, current);
      const r =
        name === 'chisquare' ? chisquare(observed, expected) : powerDivergence(observed, expected, 'log-likelihood');
      return { score: r.pValue, statistic: r.statistic, pValue: r.pValue };
    }
    case 'z':
      return zTest(reference, current);
    case 'wasserstein': {
      assertNumeric(reference, name);
      assertNumeric(current, name);
      const norm = Math.max(populationStd(reference), 0.001);
      // Two grid samples: the same sum over their distinct values, without making the sorted values.
      const distance =
        reference.grid && current.grid
          ? gridCdfDistance(1, reference.grid, current.grid)
          : wassersteinDistance(reference.values, current.values);
      return { score: distance / norm, statistic: distance };
    }
    case 'jensenshannon': {
      const { reference: r, current: c } = binnedShares(reference, current, true);
      return { score: jensenShannon(r, c) };
    }
    case 'psi': {
      const { reference: r, current: c } = binnedShares(reference, current, true);
      return { score: psi(r, c) };
    }
    case 'kl_div': {
      const { reference: r, current: c } = binnedShares(reference, current, true);
      return { score: klDivergence(r, c) };
    }
    case 'hellinger':
      return { score: hellinger(reference, current) };
    case 'anderson': {
      const r = andersonKsamp(numeric(reference, name), numeric(current, name));
      return {
        score: r.pValue,
        statistic: r.statistic,
        pValue: r.pValue,
        ...(r.capped ? { note: 'p-value capped to [0.001, 0.25] as scipy does' } : {}),
      };
    }
    case 'cramer_von_mises': {
      const r = cramerVonMises2samp(numeric(reference, name), numeric(current, name));
      return { score: r.pValue, statistic: r.statistic, pValue: r.pValue, note: `${r.method} p-value` };
    }
    case 'mannw': {
      // Evidently calls mannwhitneyu(reference, current, alternative="less").
      const r = mannWhitneyU(numeric(reference, name), numeric(current, name), 'less');
      return { score: r.pValue, statistic: r.statistic, pValue: r.pValue };
    }
    case 't_test': {
      const r = ttestInd(numeric(reference, name), numeric(current, name));
      return { score: r.pValue, statistic: r.statistic, pValue: r.pValue };
    }
    case 'ed':
      return { score: energyDistance(numeric(reference, name), numeric(current, name)) };
    case 'fisher_exact':
      return fisherTest(reference, current);
  }
}

/** Evidently's chisquare/g_test inputs: current counts against reference counts scaled to the current size. */
function observedExpected(reference: Sample, current: Sample): { observed: Float64Array; expected: Float64Array } {
  const ref = valueCounts(reference);
  const cur = valueCounts(current);
  const keys = unionKeys(ref, cur);
  const kNorm = sampleSize(current) / sampleSize(reference);
  return {
    observed: Float64Array.from(keys, (key) => cur.get(key) ?? 0),
    expected: Float64Array.from(keys, (key) => (ref.get(key) ?? 0) * kNorm),
  };
}

function zTest(reference: Sample, current: Sample): StatTestOutcome {
  const ref = valueCounts(reference);
  const cur = valueCounts(current);
  if (ref.size === 1 && cur.size === 1 && [...ref.keys()][0] === [...cur.keys()][0]) return { score: 1, pValue: 1 };
  // The share of the smallest value (Evidently sorts the keys and takes the first).
  const keys = unionKeys(ref, cur).sort((a, b) =>
    typeof a === 'number' && typeof b === 'number' ? a - b : String(a) < String(b) ? -1 : String(a) > String(b) ? 1 : 0,
  );
  const target = keys[0]!;
  const n1 = sampleSize(reference);
  const n2 = sampleSize(current);
  const r = proportionsZTest(n1 - (ref.get(target) ?? 0), n1, n2 - (cur.get(target) ?? 0), n2);
  return { score: r.pValue, statistic: r.statistic, pValue: r.pValue };
}

function fisherTest(reference: Sample, current: Sample): StatTestOutcome {
  const ref = valueCounts(reference);
  const cur = valueCounts(current);
  const keys = unionKeys(ref, cur);
  if (keys.length > 2) {
    throw new UserError(
      `The 'fisher_exact' test needs a column with at most two distinct values; this one has ${keys.length}.`,
    );
  }
  const [one, zero] = keys;
  const count = (counts: Map<string | number, number>, key: string | number | undefined): number =>
    key === undefined ? 0 : (counts.get(key) ?? 0);
  // Evidently's table: [[current ones, current zeros], [reference ones, reference zeros]].
  const r = fisherExact(count(cur, one), count(cur, zero), count(ref, one), count(ref, zero));
  return { score: r.pValue, statistic: r.statistic, pValue: r.pValue };
}
