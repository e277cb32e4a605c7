import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { binaryMetrics } from '../../actions/evaluate-holdout/binary-metrics.js';
import { multiclassMetrics } from '../../actions/evaluate-holdout/multiclass-metrics.js';
import { regressionMetrics } from '../../actions/evaluate-holdout/regression-metrics.js';
import { rankingSummary } from '../../actions/evaluate-holdout/ranking-curve.js';

interface Expected {
  [metric: string]: number | null;
}
interface BinaryCase {
  name: string;
  y_true: number[];
  y_pred: number[];
  score: number[];
  expected: Expected;
  confusion: number[][];
}
interface MulticlassCase {
  name: string;
  k: number;
  y_true: number[];
  y_pred: number[];
  proba: number[];
  expected: Expected;
  labels: number[];
  confusion: number[][];
  per_class: Record<string, { precision: number; recall: number; f1: number; support: number }>;
}
interface RegressionCase {
  name: string;
  y_true: number[];
  y_pred: number[];
  expected: Expected;
}

const here = path.dirname(fileURLToPath(import.meta.url));
const reference = JSON.parse(readFileSync(path.join(here, '..', 'reference', 'evaluate', 'metrics.json'), 'utf8')) as {
  sklearn: string;
  binary: BinaryCase[];
  multiclass: MulticlassCase[];
  regression: RegressionCase[];
};

/** Agreement to 1e-9 relative (absolute near zero); null in the reference is NaN. */
function expectClose(actual: number | undefined, expected: number | null, label: string): void {
  if (expected === null) {
    expect(Number.isNaN(actual), `${label} should be NaN`).toBe(true);
    return;
  }
  expect(actual, label).toBeTypeOf('number');
  const tolerance = 1e-9 * Math.max(1, Math.abs(expected));
  expect(Math.abs((actual as number) - expected), `${label}: ${actual} vs sklearn ${expected}`).toBeLessThanOrEqual(
    tolerance,
  );
}

describe(`metrics agree with scikit-learn ${reference.sklearn}`, () => {
  describe.each(reference.binary)('binary: $name', (c) => {
    it('matches every metric and the confusion matrix', () => {
      const result = binaryMetrics(Uint8Array.from(c.y_true), Uint8Array.from(c.y_pred), Float64Array.from(c.score));
      for (const [metric, value] of Object.entries(c.expected)) expectClose(result.values[metric], value, metric);
      expect(result.confusion).toEqual(c.confusion);
    });
  });

  describe.each(reference.multiclass)('multiclass: $name', (c) => {
    it('matches every metric, the confusion matrix and the per-class report', () => {
      const result = multiclassMetrics(
        Int32Array.from(c.y_true),
        Int32Array.from(c.y_pred),
        c.k,
        Float64Array.from(c.proba),
      );
      for (const [metric, value] of Object.entries(c.expected)) expectClose(result.values[metric], value, metric);
      expect(result.labels).toEqual(c.labels);
      expect(result.confusion).toEqual(c.confusion);
      for (const [label, row] of Object.entries(c.per_class)) {
        const mine = result.perClass.get(Number(label));
        expectClose(mine?.precision, row.precision, `precision[${label}]`);
        expectClose(mine?.recall, row.recall, `recall[${label}]`);
        expectClose(mine?.f1, row.f1, `f1[${label}]`);
        expect(mine?.support).toBe(row.support);
      }
    });
  });

  describe.each(reference.regression)('regression: $name', (c) => {
    it('matches every metric', () => {
      const values = regressionMetrics(Float64Array.from(c.y_true), Float64Array.from(c.y_pred));
      for (const [metric, value] of Object.entries(c.expected)) expectClose(values[metric], value, metric);
    });
  });
});

describe('ranking curve', () => {
  it('counts a tie between a positive and a negative as one half', () => {
    const summary = rankingSummary(Uint8Array.from([1, 0]), Float64Array.from([0.5, 0.5]));
    expect(summary.rocAuc).toBe(0.5);
  });

  it('treats -0 and +0 as the same score', () => {
    const summary = rankingSummary(Uint8Array.from([1, 0]), Float64Array.from([-0, 0]));
    expect(summary.rocAuc).toBe(0.5);
  });

  it('thins plot points but keeps both ends', () => {
    const n = 10_000;
    const y = new Uint8Array(n);
    const s = new Float64Array(n);
    for (let i = 0; i < n; i += 1) {
      y[i] = i % 3 === 0 ? 1 : 0;
      s[i] = (i * 7919) % n;
    }
    const summary = rankingSummary(y, s, 50);
    expect(summary.roc.length).toBeLessThan(150);
    expect(summary.roc[0]).toEqual({ x: 0, y: 0 });
    expect(summary.roc.at(-1)).toEqual({ x: 1, y: 1 });
    expect(summary.pr.at(-1)?.x).toBe(1);
  });
});
