import { describe, expect, it } from 'vitest';
import { defaultStatTest } from '../../actions/check-data-drift/default-stattest.js';
import type { Sample } from '../../actions/check-data-drift/samples.js';
import { isDrift, runStatTest, statTestInfo, type StatTestName } from '../../actions/check-data-drift/stattests.js';
import { expectPValue, expectStatistic, reference } from '../stats/reference.js';

type Column = { kind: 'num' | 'cat'; reference: (number | string)[]; current: (number | string)[] };

function toSample(values: (number | string)[], kind: 'num' | 'cat'): Sample {
  if (kind === 'num') {
    const v = Float64Array.from(values as number[]);
    v.sort();
    return { kind: 'numeric', values: v };
  }
  const counts = new Map<string, number>();
  for (const value of values) counts.set(String(value), (counts.get(String(value)) ?? 0) + 1);
  return { kind: 'categorical', counts, n: values.length };
}

const columns = reference.drift_columns as Record<string, Column>;
const cases = reference.drift as { column: string; default: string; scores: Record<string, number> }[];

describe("drift tests match Evidently's definitions on scipy 1.10 values", () => {
  it.each(cases.map((c) => [c.column, c]))('%s: default test and every score', (_name, c) => {
    const column = columns[c.column]!;
    const ref = toSample(column.reference, column.kind);
    const cur = toSample(column.current, column.kind);
    expect(defaultStatTest(ref, cur)).toBe(c.default);
    for (const [test, expected] of Object.entries(c.scores)) {
      const outcome = runStatTest(test as StatTestName, ref, cur);
      if (statTestInfo(test as StatTestName).scoreKind === 'p-value')
        expectPValue(outcome.score, expected, `${c.column} ${test}`);
      else expectStatistic(outcome.score, expected, `${c.column} ${test}`);
    }
  });
});

describe('drift comparisons follow Evidently', () => {
  it.each([
    ['ks', 0.05, 0.05, true],
    ['chisquare', 0.05, 0.05, false],
    ['wasserstein', 0.1, 0.1, true],
    ['ed', 0.1, 0.1, false],
    ['cramer_von_mises', 0.1, 0.1, true],
    ['t_test', 0.049, 0.05, true],
  ] as const)('%s: score %f vs threshold %f → drift %s', (test, score, threshold, drifted) => {
    expect(isDrift(score, threshold, statTestInfo(test).comparison)).toBe(drifted);
  });
});
