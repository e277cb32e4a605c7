import { describe, expect, it } from 'vitest';
import { htmlReport } from '../../actions/check-data-drift/html-report.js';
import { type DriftReport, REPORT_SCHEMA, toJson } from '../../actions/check-data-drift/report-model.js';
import { summaryMarkdown, verdictLine } from '../../actions/check-data-drift/summary-markdown.js';
import { svgBars } from '../../actions/shared/report/svg-bars.js';

const numeric = {
  kind: 'numeric' as const,
  rows: 10,
  missing: 1,
  missingShare: 0.1,
  distinct: 9,
  mean: 1,
  std: 1,
  min: 0,
  p25: 0.5,
  median: 1,
  p75: 1.5,
  max: 2,
};
const report: DriftReport = {
  schema: REPORT_SCHEMA,
  generatedAt: '2024-01-01T00:00:00.000Z',
  inputs: {
    reference: {
      files: [{ path: 'ref.csv', format: 'csv', sha256: 'a'.repeat(64), bytes: 10, rows: 10 }],
      rows: 10,
      columns: 2,
    },
    current: {
      files: [{ path: 'cur.csv', format: 'csv', sha256: 'b'.repeat(64), bytes: 10, rows: 10 }],
      rows: 10,
      columns: 2,
    },
  },
  options: { stattest: 'auto', driftShare: 0.5, correction: 'none', missingTolerance: 0.05, maxRows: 100, seed: 42 },
  drift: { detected: true, share: 0.5, drifted: ['<b>x</b>'], total: 2, threshold: 0.5 },
  columns: [
    {
      name: '<b>x</b>',
      kind: 'numeric',
      test: 'ks',
      testTitle: 'Kolmogorov–Smirnov p-value',
      scoreKind: 'p-value',
      score: 0.001,
      threshold: 0.05,
      comparison: 'p<=',
      drifted: true,
      statistic: 0.5,
      pValue: 0.001,
      reference: numeric,
      current: numeric,
      distribution: { kind: 'bins', edges: [0, 1, 2], reference: [0.5, 0.5], current: [0.2, 0.8] },
    },
    {
      name: 'plan|tier',
      kind: 'categorical',
      test: 'chisquare',
      testTitle: 'chi-square p-value',
      scoreKind: 'p-value',
      score: Number.NaN as unknown as null,
      threshold: 0.05,
      comparison: 'p<',
      drifted: false,
      reference: {
        kind: 'categorical',
        rows: 10,
        missing: 0,
        missingShare: 0,
        distinct: 1,
        top: [{ value: 'a', count: 10 }],
      },
      current: {
        kind: 'categorical',
        rows: 10,
        missing: 0,
        missingShare: 0,
        distinct: 1,
        top: [{ value: 'a', count: 10 }],
      },
      distribution: { kind: 'categories', labels: ['a'], reference: [1], current: [1] },
    },
  ],
  checks: [
    { check: 'new-column', column: 'z', severity: 'warning', verdict: 'warn', message: "Column 'z' is new <script>" },
  ],
  skipped: [],
  failedChecks: false,
};

describe('reports', () => {
  it('puts the verdict first in the summary and escapes table cells', () => {
    const md = summaryMarkdown(report);
    expect(md.split('\n')[0]).toBe(`### ${verdictLine(report)}`);
    expect(verdictLine(report)).toBe('❌ Data drift detected: 1 of 2 columns drifted (50.0%, dataset threshold 50%)');
    expect(md).toContain('plan\\|tier');
    expect(md).toContain('⚠️ Column');
  });

  it('writes self-contained HTML: escaped text, inline SVG, no scripts or remote resources', () => {
    const html = htmlReport(report);
    expect(html).toContain('&lt;b&gt;x&lt;/b&gt;');
    expect(html).not.toContain('<b>x</b>');
    expect(html).not.toContain('<script');
    expect((html.match(/<svg /g) ?? []).length).toBe(2);
    expect(html.replace(/xmlns="http:\/\/www\.w3\.org\/2000\/svg"/g, '')).not.toMatch(/https?:\/\//);
  });

  it('writes NaN and infinities as null in JSON', () => {
    expect(JSON.parse(toJson({ a: Number.NaN, b: Infinity, c: 1 }))).toEqual({ a: null, b: null, c: 1 });
  });

  it('draws overlaid bars with a legend and tooltips', () => {
    const svg = svgBars(
      [
        { name: 'reference', values: [0.2, 0.8], color: '#1f77b4' },
        { name: 'current', values: [0.5, 0.5], color: '#d62728' },
      ],
      { title: 'a & b', labels: ['x', 'y'] },
    );
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    expect((svg.match(/<rect /g) ?? []).length).toBe(6);
    expect(svg).toContain('<title>a &amp; b</title>');
    expect(svg).toContain('reference: 0.8');
  });
});
