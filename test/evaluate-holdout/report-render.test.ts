import { describe, expect, it } from 'vitest';
import { htmlReport } from '../../actions/evaluate-holdout/html-report.js';
import type { EvaluationReport } from '../../actions/evaluate-holdout/report-model.js';
import { summaryMarkdown, show } from '../../actions/evaluate-holdout/summary-markdown.js';

const hostile = '<script>alert(1)</script>|x';

function report(overrides: Partial<EvaluationReport> = {}): EvaluationReport {
  return {
    schema: 'ml-actions/evaluate-holdout/v1',
    generatedAt: '2026-01-01T00:00:00.000Z',
    passed: true,
    task: { name: 'multiclass', inferred: false, reason: 'given', classes: [hostile, 'b'] },
    holdout: { files: [], sha256: 'a'.repeat(64), rows: 10, columns: 3, targetColumn: 'y', featureColumns: ['x'] },
    predictions: { source: 'predictions', detail: 'p.csv', alignedBy: 'row' },
    metrics: { accuracy: 0.5, log_loss: Number.NaN },
    gates: [],
    confusionMatrix: {
      labels: [hostile, 'b'],
      matrix: [
        [3, 2],
        [1, 4],
      ],
    },
    perClass: { [hostile]: { precision: 0.75, recall: 0.6, f1: 0.66, support: 5 } },
    slices: {
      columns: ['c'],
      minSliceSize: 1,
      results: [{ column: 'c', value: hostile, rows: 4, metrics: { accuracy: 1 } }],
      skipped: [],
    },
    failedGates: [],
    warnings: Array.from({ length: 25 }, (_, i) => `warning ${i}`),
    ...overrides,
  };
}

describe('report rendering', () => {
  it('escapes labels and values in the HTML, which has no script and loads nothing', () => {
    const html = htmlReport(report());
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;|x');
    expect(html.replaceAll('http://www.w3.org/2000/svg', '')).not.toMatch(/https?:\/\/|<link|@import|url\(/);
  });

  it('keeps Markdown tables intact, shows NaN as n/a and caps the warnings', () => {
    const markdown = summaryMarkdown(report());
    expect(markdown).toContain('\\|x');
    expect(markdown).toMatch(/\| log_loss \| n\/a \|/);
    expect(markdown).toContain('- … and 5 more in report.json');
    expect(markdown.split('\n')[0]).toBe('✅ **evaluate-holdout passed** (multiclass, 10 holdout rows): no gates set.');
  });

  it.each([
    [0.123456789, '0.1235'],
    [12, '12'],
    [0.00001234, '1.23e-5'],
    [Number.NaN, 'n/a'],
    [null, 'n/a'],
    [2_500_000.5, '2.50e+6'],
  ])('show(%s) = %s', (value, text) => {
    expect(show(value)).toBe(text);
  });
});
