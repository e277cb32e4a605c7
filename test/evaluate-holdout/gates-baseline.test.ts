import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  compareToBaseline,
  parseRegressionRules,
  readMetricsJson,
  regressionLimit,
} from '../../actions/evaluate-holdout/baseline.js';
import { bootstrapIntervals, mulberry32, percentile } from '../../actions/evaluate-holdout/bootstrap.js';
import { evaluateGates, parseGates } from '../../actions/evaluate-holdout/gates.js';
import { evaluate, subset, type EvaluationData } from '../../actions/evaluate-holdout/evaluation-data.js';
import { BinaryResampler } from '../../actions/evaluate-holdout/binary-resample.js';

describe('parseGates', () => {
  const off = { bootstrap: 0, serving: false };
  it.each([
    ['accuracy >= 0.90', { metric: 'accuracy', op: '>=', threshold: 0.9 }],
    ['roc_auc>0.85', { metric: 'roc_auc', op: '>', threshold: 0.85 }],
    ['log_loss <= 0.5', { metric: 'log_loss', op: '<=', threshold: 0.5 }],
    ['f1 == 1', { metric: 'f1', op: '==', threshold: 1 }],
    ['recall >= 90%', { metric: 'recall', op: '>=', threshold: 0.9 }],
    ['brier < 2.5e-1', { metric: 'brier', op: '<', threshold: 0.25 }],
  ])('%s', (line, expected) => {
    expect(parseGates([line], 'binary', off)[0]).toMatchObject({ expr: line, ...expected });
  });

  it('reads bounds when bootstrap is on', () => {
    expect(parseGates(['roc_auc.lower >= 0.85'], 'binary', { bootstrap: 100, serving: false })[0]).toMatchObject({
      metric: 'roc_auc',
      bound: 'lower',
    });
  });

  it.each([
    ['accuracy => 0.9', /is not a gate/],
    ['accuracy >= high', /is not a gate/],
    ['rmse <= 3', /does not compute/],
    ['roc_auc.lower >= 0.85', /bootstrap is off/],
    ['latency_p95_ms <= 200', /only the 'image' and 'endpoint'/],
  ])('rejects %s', (line, message) => {
    expect(() => parseGates([line], 'binary', off)).toThrow(message);
  });

  it('accepts serving gates for HTTP sources and regression gates for regression', () => {
    expect(parseGates(['latency_p95_ms <= 200'], 'regression', { bootstrap: 0, serving: true })).toHaveLength(1);
    expect(parseGates(['rmse <= 12.5', 'r2 >= 0.8'], 'regression', off)).toHaveLength(2);
  });

  it('fails a gate whose value is NaN and gates on bounds', () => {
    const gates = parseGates(['roc_auc >= 0.5', 'roc_auc.lower >= 0.8', 'f1 >= 0.5'], 'binary', {
      bootstrap: 10,
      serving: false,
    });
    const results = evaluateGates(gates, { roc_auc: Number.NaN, f1: 0.6 }, { roc_auc: { lower: 0.82, upper: 0.9 } });
    expect(results.map((r) => [r.value, r.passed])).toEqual([
      [null, false],
      [0.82, true],
      [0.6, true],
    ]);
  });
});

describe('max-regression (MLflow MetricThreshold semantics)', () => {
  it('parses absolute and relative amounts', () => {
    expect(parseRegressionRules(['f1: 0.01', 'roc_auc: 1%', 'log_loss=0.05'], 'binary')).toEqual([
      { metric: 'f1', kind: 'absolute', amount: 0.01, text: 'f1: 0.01' },
      { metric: 'roc_auc', kind: 'relative', amount: 0.01, text: 'roc_auc: 1%' },
      { metric: 'log_loss', kind: 'absolute', amount: 0.05, text: 'log_loss=0.05' },
    ]);
    expect(() => parseRegressionRules(['f1 0.01'], 'binary')).toThrow(/is not/);
    expect(() => parseRegressionRules(['rmse: 1'], 'binary')).toThrow(/does not compute/);
  });

  it.each([
    // metric, kind, amount, baseline, limit
    ['f1', 'absolute', 0.01, 0.8, 0.79],
    ['roc_auc', 'relative', 0.01, 0.9, 0.891],
    ['log_loss', 'absolute', 0.05, 0.4, 0.45],
    ['rmse', 'relative', 0.1, 10, 11],
    // A negative amount demands an improvement: MLflow's min_absolute_change.
    ['f1', 'absolute', -0.02, 0.8, 0.82],
  ] as const)('%s %s %s of %s → limit %s', (metric, kind, amount, baseline, limit) => {
    expect(regressionLimit({ metric, kind, amount, text: '' }, baseline)).toBeCloseTo(limit, 12);
  });

  it('compares candidate and baseline and names missing baseline metrics', () => {
    const rules = parseRegressionRules(['f1: 0.01', 'log_loss: 10%'], 'binary');
    const rows = compareToBaseline(
      { f1: 0.785, log_loss: 0.5, accuracy: 0.9 },
      { f1: 0.8, log_loss: 0.5, accuracy: 0.88 },
      rules,
      'b',
    );
    const byName = Object.fromEntries(rows.map((r) => [r.metric, r]));
    expect(byName.f1?.passed).toBe(false);
    expect(byName.log_loss?.passed).toBe(true);
    expect(byName.accuracy?.rules).toBeUndefined();
    expect(byName.accuracy?.delta).toBeCloseTo(0.02, 12);
    expect(() => compareToBaseline({ f1: 1 }, { accuracy: 1 }, rules, 'old.json')).toThrow(
      /baseline \(old.json\) has no 'f1'/,
    );
  });

  it('reads report.json, {metrics} and flat metrics files, and not CSV', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'eh-baseline-'));
    const report = path.join(dir, 'report.json');
    writeFileSync(
      report,
      JSON.stringify({ schema: 'ml-actions/evaluate-holdout/v1', metrics: { f1: 0.5, roc_auc: null } }),
    );
    const flat = path.join(dir, 'flat.json');
    writeFileSync(flat, JSON.stringify({ f1: 0.7 }));
    const csv = path.join(dir, 'champion.csv');
    writeFileSync(csv, 'id,prediction\n1,0\n');
    const broken = path.join(dir, 'broken.json');
    writeFileSync(broken, '{"metrics": ');
    const empty = path.join(dir, 'empty.json');
    writeFileSync(empty, '{"metrics": {"note": "x"}}');
    expect(await readMetricsJson(report)).toEqual({ f1: 0.5, roc_auc: Number.NaN });
    expect(await readMetricsJson(flat)).toEqual({ f1: 0.7 });
    expect(await readMetricsJson(csv)).toBeUndefined();
    await expect(readMetricsJson(broken)).rejects.toThrow(/does not parse/);
    await expect(readMetricsJson(empty)).rejects.toThrow(/no numeric metrics/);
  });
});

describe('bootstrap', () => {
  it('percentile interpolates linearly like numpy.percentile', () => {
    expect(percentile(Float64Array.from([4, 1, 3, 2]), 50)).toBe(2.5);
    expect(percentile(Float64Array.from([1, 2, 3, 4, 5]), 2.5)).toBeCloseTo(1.1, 12);
    expect(percentile(Float64Array.from([1, 2, 3, 4, 5]), 100)).toBe(5);
  });

  it('the generator is seeded and uniform enough', () => {
    const a = mulberry32(42);
    const b = mulberry32(42);
    const draws = Array.from({ length: 10_000 }, () => a());
    expect(draws.slice(0, 5)).toEqual(Array.from({ length: 5 }, () => b()));
    const mean = draws.reduce((s, v) => s + v, 0) / draws.length;
    expect(mean).toBeGreaterThan(0.48);
    expect(mean).toBeLessThan(0.52);
  });

  it('gives the same intervals for the same seed, bracketing the estimate', () => {
    const n = 400;
    const random = mulberry32(1);
    const yTrue = new Uint8Array(n);
    const score = new Float64Array(n);
    for (let i = 0; i < n; i += 1) {
      yTrue[i] = random() < 0.5 ? 1 : 0;
      score[i] = 0.3 * (yTrue[i] as number) + 0.7 * random();
    }
    const yPred = Uint8Array.from(score, (s) => (s >= 0.5 ? 1 : 0));
    const data: EvaluationData = { task: 'binary', classes: ['0', '1'], yTrue, yPred, score };
    const options = { resamples: 200, confidence: 0.9, seed: 5, metrics: ['roc_auc', 'accuracy'] };
    const first = bootstrapIntervals(data, options);
    const second = bootstrapIntervals(data, options);
    expect(second).toEqual(first);
    expect(first.roc_auc?.resamples).toBe(200);
    expect(first.roc_auc?.lower).toBeLessThan(first.roc_auc?.upper as number);
    const other = bootstrapIntervals(data, { ...options, seed: 6 });
    expect(other.roc_auc?.lower).not.toBe(first.roc_auc?.lower);
  });

  it('scores a resample from draw counts exactly as the materialised resample (ties included)', () => {
    const n = 500;
    const random = mulberry32(9);
    const yTrue = Uint8Array.from({ length: n }, () => (random() < 0.35 ? 1 : 0));
    const score = Float64Array.from(yTrue, (y) => Math.round((0.3 * y + 0.7 * random()) * 20) / 20);
    const yPred = Uint8Array.from(score, (s) => (s >= 0.5 ? 1 : 0));
    const data: EvaluationData = { task: 'binary', classes: ['0', '1'], yTrue, yPred, score };
    const resampler = new BinaryResampler(yTrue, yPred, score);
    for (let trial = 0; trial < 20; trial += 1) {
      const indices = Uint32Array.from({ length: n }, () => Math.floor(random() * n));
      const counts = new Uint32Array(n);
      for (const i of indices) counts[i] = (counts[i] as number) + 1;
      const fast = resampler.metrics(counts);
      const slow = evaluate(subset(data, indices)).metrics;
      for (const [metric, value] of Object.entries(slow)) expect(fast[metric], metric).toBeCloseTo(value, 12);
    }
  });
});
