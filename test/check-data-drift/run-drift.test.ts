import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { adjustPValues } from '../../actions/check-data-drift/correction.js';
import {
  parseColumnLines,
  parseStatTest,
  parseThreshold,
  type DriftOptions,
} from '../../actions/check-data-drift/options.js';
import { checkDataDrift } from '../../actions/check-data-drift/run-drift.js';
import { summaryMarkdown } from '../../actions/check-data-drift/summary-markdown.js';
import { htmlReport } from '../../actions/check-data-drift/html-report.js';
import { UserError } from '../../actions/shared/errors.js';
import { recordingLogger, writeFixture } from './fixtures.js';

const dir = mkdtempSync(path.join(tmpdir(), 'drift-'));
const base: DriftOptions = {
  reference: [],
  current: [],
  columns: [],
  ignoreColumns: ['id'],
  numericalColumns: [],
  categoricalColumns: [],
  stattest: 'auto',
  stattestPerColumn: {},
  thresholdPerColumn: {},
  driftShare: 0.5,
  correction: 'none',
  missingTolerance: 0.05,
  maxRows: 5_000_000,
  seed: 42,
};

describe('checkDataDrift', () => {
  const reference = writeFixture(dir, 'ref.csv', { rows: 600, seed: 1 });
  const same = writeFixture(dir, 'same.csv', { rows: 500, seed: 5 });
  const drifted = writeFixture(dir, 'drifted.csv', { rows: 500, seed: 3, shift: 8, goldShare: 0.6 });

  it('finds no drift between two samples of the same data (small reference: ks and chisquare)', async () => {
    const report = await checkDataDrift({ ...base, reference: [reference], current: [same] }, recordingLogger());
    expect(report.schema).toBe('ml-actions/check-data-drift/v1');
    expect(report.drift).toMatchObject({ detected: false, total: 5, threshold: 0.5, drifted: [] });
    const byName = Object.fromEntries(report.columns.map((c) => [c.name, c]));
    expect(byName.income!.test).toBe('ks');
    expect(byName.plan!.test).toBe('chisquare');
    expect(byName.flag!.test).toBe('z');
    expect(byName.income!.drifted).toBe(false);
    expect(report.inputs.reference).toMatchObject({ rows: 600, columns: 6 });
    expect(report.inputs.reference.files[0]!.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(report.checks.filter((c) => c.check === 'constant-column')).toHaveLength(2);
  });

  it('finds drift in shifted columns, lists drifted columns first, and decides the dataset by drift-share', async () => {
    const report = await checkDataDrift(
      { ...base, reference: [reference], current: [drifted], driftShare: 0.4 },
      recordingLogger(),
    );
    expect([...report.drift.drifted].sort()).toEqual(['income', 'plan']);
    expect(report.drift.share).toBeCloseTo(2 / 5, 12);
    expect(report.drift.detected).toBe(true);
    expect(report.columns.slice(0, 2).every((c) => c.drifted)).toBe(true);
    const summary = summaryMarkdown(report);
    expect(summary.split('\n')[0]).toMatch(/^### ❌ Data drift detected: 2 of 5 columns drifted \(40\.0%/);
    const html = htmlReport(report);
    expect(html).toContain('<svg');
    expect(html).not.toMatch(/<script|https?:\/\/(?!www\.w3\.org)/);
  });

  it('uses per-column tests and thresholds, and distance tests when asked', async () => {
    const report = await checkDataDrift(
      {
        ...base,
        reference: [reference],
        current: [drifted],
        stattest: 'psi',
        stattestPerColumn: { income: 'wasserstein' },
        thresholdPerColumn: { income: 5 },
      },
      recordingLogger(),
    );
    const income = report.columns.find((c) => c.name === 'income')!;
    expect(income).toMatchObject({ test: 'wasserstein', threshold: 5, drifted: false, scoreKind: 'distance' });
    expect(report.columns.find((c) => c.name === 'plan')!.test).toBe('psi');
  });

  it('applies Bonferroni and Benjamini–Hochberg to p-value tests only', async () => {
    expect(adjustPValues([0.01, 0.04, 0.03, 0.2], 'bonferroni')).toEqual([0.04, 0.16, 0.12, 0.8]);
    const bh = adjustPValues([0.01, 0.04, 0.03, 0.2], 'fdr');
    [0.04, 0.16 / 3, 0.16 / 3, 0.2].forEach((v, i) => expect(bh[i]).toBeCloseTo(v, 15));
    expect(adjustPValues([0.5, Number.NaN], 'bonferroni')).toEqual([0.5, Number.NaN]);
    const report = await checkDataDrift(
      { ...base, reference: [reference], current: [same], correction: 'bonferroni' },
      recordingLogger(),
    );
    const income = report.columns.find((c) => c.name === 'income')!;
    expect(income.score).toBeCloseTo(Math.min(1, income.pValue! * 5), 12);
    expect(income.note).toMatch(/bonferroni adjusted over 5 p-value tests/);
  });

  it('reports schema and quality checks: missing, new and retyped columns, missing values, categories', async () => {
    const current = writeFixture(dir, 'schema.csv', {
      rows: 400,
      seed: 4,
      extraColumn: true,
      dropColumn: 'age',
      textInScore: true,
      newCategory: true,
    });
    const report = await checkDataDrift({ ...base, reference: [reference], current: [current] }, recordingLogger());
    const found = report.checks.map((c) => `${c.severity}:${c.check}:${c.column ?? ''}`);
    expect(found).toContain('error:missing-column:age');
    expect(found).toContain('warning:new-column:extra');
    expect(found).toContain('error:type-changed:score');
    expect(found).toContain('info:new-categories:plan');
    expect(report.failedChecks).toBe(true);
    expect(report.skipped.map((s) => s.name)).toEqual(['score']);
    const missing = writeFixture(dir, 'missing.csv', { rows: 400, seed: 5, missingAge: 0.3 });
    const second = await checkDataDrift({ ...base, reference: [reference], current: [missing] }, recordingLogger());
    expect(second.checks.find((c) => c.check === 'missing-values')?.message).toMatch(
      /Missing values in 'age' rose from 0\.0% to 3\d\.\d%/,
    );
    expect(second.failedChecks).toBe(false);
  });

  it('samples beyond max-rows with the seed and says so', async () => {
    const report = await checkDataDrift(
      { ...base, reference: [reference], current: [same], maxRows: 100 },
      recordingLogger(),
    );
    expect(report.inputs.reference).toMatchObject({ rows: 100, sampled: { from: 600, seed: 42 } });
    expect(report.checks.some((c) => /uniform random sample of 100 rows/.test(c.message))).toBe(true);
  });

  it.each([
    [{ columns: ['nope'] }, /names column\(s\) not in the reference data: nope/],
    [
      { stattest: 'ks' as const, columns: ['plan'] },
      /'ks' test needs numeric values, but column 'plan' is categorical/,
    ],
    [{ threshold: 1.5 }, /Threshold 1.5 for column '.*' is out of range/],
    [{ numericalColumns: ['plan'] }, /column 'plan' is listed in numerical-columns but holds the text/],
  ])('rejects bad options %#', async (extra, message) => {
    const error = await checkDataDrift(
      { ...base, reference: [reference], current: [same], ...extra },
      recordingLogger(),
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UserError);
    expect((error as Error).message).toMatch(message);
  });

  it('rejects data with no columns in common', async () => {
    const other = path.join(dir, 'other.csv');
    (await import('node:fs')).writeFileSync(other, 'x,y\n1,2\n');
    const error = await checkDataDrift({ ...base, reference: [reference], current: [other] }, recordingLogger()).catch(
      (e: unknown) => e,
    );
    expect((error as Error).message).toMatch(/no columns in common/);
  });
});

describe('option parsing', () => {
  it.each([
    ['ks', 'ks'],
    ['cramer_von_mises', 'cramer_von_mises'],
  ])('accepts test %s', (value, expected) => expect(parseStatTest(value, 'stattest')).toBe(expected));

  it('rejects an unknown test, naming the input and the choices', () => {
    expect(() => parseStatTest('kolmogorov', 'stattest')).toThrow(/Input 'stattest': unknown test 'kolmogorov'/);
  });

  it.each(['0', '-1', 'abc', 'NaN', 'Infinity'])('rejects threshold %s', (value) => {
    expect(() => parseThreshold(value, 'threshold-per-column')).toThrow(/out of range/);
  });

  it('parses column=value lines and rejects malformed ones', () => {
    expect(parseColumnLines(['a=ks', ' b = psi '], 'stattest-per-column', (v) => v)).toEqual({ a: 'ks', b: 'psi' });
    expect(() => parseColumnLines(['a'], 'stattest-per-column', (v) => v)).toThrow(/'a' is not a 'column=value' line/);
  });
});
