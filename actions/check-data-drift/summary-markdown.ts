import { markdownTable } from '../shared/report/markdown-table.js';
import type { ColumnReport, DriftReport } from './report-model.js';

export function formatNumber(value: number | null | undefined): string {
  if (value === null || value === undefined || Number.isNaN(value)) return '—';
  if (value === 0) return '0';
  const abs = Math.abs(value);
  if (abs < 1e-4 || abs >= 1e6) return value.toExponential(3);
  return String(Number(value.toPrecision(4)));
}

/** The verdict line: the first line of the summary and of the HTML report. */
export function verdictLine(report: DriftReport): string {
  const { drift } = report;
  const share = `${drift.drifted.length} of ${drift.total} columns drifted (${(drift.share * 100).toFixed(1)}%, dataset threshold ${(drift.threshold * 100).toFixed(0)}%)`;
  const checks = report.failedChecks ? ' — schema checks failed' : '';
  return drift.detected
    ? `❌ Data drift detected: ${share}${checks}`
    : `${report.failedChecks ? '❌' : '✅'} No dataset drift: ${share}${checks}`;
}

function row(column: ColumnReport): unknown[] {
  return [
    column.drifted ? '**drifted**' : 'ok',
    `\`${column.name}\``,
    column.kind,
    column.test,
    formatNumber(column.score),
    `${column.comparison.replace('p', 'p ').replace('d', 'd ')} ${formatNumber(column.threshold)}`,
  ];
}

/** summary.md: verdict first, drifted columns first, one compact table, then the checks that found something. */
export function summaryMarkdown(report: DriftReport): string {
  const lines = [`### ${verdictLine(report)}`, ''];
  const ref = report.inputs.reference;
  const cur = report.inputs.current;
  lines.push(
    `Reference: ${ref.rows} rows × ${ref.columns} columns${ref.sampled ? ` (sampled from ${ref.sampled.from})` : ''}; current: ${cur.rows} rows × ${cur.columns} columns${cur.sampled ? ` (sampled from ${cur.sampled.from})` : ''}. Correction: ${report.options.correction}.`,
    '',
  );
  if (report.columns.length > 0) {
    lines.push(
      markdownTable(['', 'column', 'type', 'test', 'score', 'drift when'], report.columns.map(row), [
        'l',
        'l',
        'l',
        'l',
        'r',
        'l',
      ]),
      '',
    );
  }
  const findings = report.checks.filter((check) => check.verdict !== 'pass');
  if (findings.length > 0) {
    lines.push('**Checks**', '');
    const icon = { error: '❌', warning: '⚠️', info: 'ℹ️' } as const;
    for (const check of findings.slice(0, 50)) lines.push(`- ${icon[check.severity]} ${check.message}`);
    if (findings.length > 50) lines.push(`- … and ${findings.length - 50} more in report.json`);
    lines.push('');
  }
  for (const skip of report.skipped) lines.push(`- Not tested: \`${skip.name}\` — ${skip.reason}`);
  return `${lines.join('\n').trimEnd()}\n`;
}
