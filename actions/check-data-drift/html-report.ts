import { escapeHtml } from '../shared/report/html-escape.js';
import { svgBars } from '../shared/report/svg-bars.js';
import type { ColumnReport, DriftReport } from './report-model.js';
import { formatNumber, verdictLine } from './summary-markdown.js';

const STYLE = `body{font-family:system-ui,sans-serif;margin:24px;color:#222;max-width:1200px}
h1{font-size:20px}table{border-collapse:collapse;margin:12px 0}td,th{border:1px solid #ccc;padding:4px 8px;font-size:13px;text-align:left}
.drifted{color:#b00020;font-weight:bold}.ok{color:#1b5e20}.grid{display:flex;flex-wrap:wrap;gap:16px}
.card{border:1px solid #ddd;border-radius:6px;padding:8px}.card h3{font-size:14px;margin:4px 0}.muted{color:#666;font-size:12px}
.error{color:#b00020}.warning{color:#8a6d00}`;

function summaryCells(column: ColumnReport, which: 'reference' | 'current'): string {
  const s = column[which];
  if (s.kind === 'numeric') {
    return `rows ${s.rows}, missing ${(s.missingShare * 100).toFixed(1)}%, mean ${formatNumber(s.mean)}, std ${formatNumber(s.std)}, min ${formatNumber(s.min)}, median ${formatNumber(s.median)}, max ${formatNumber(s.max)}`;
  }
  return `rows ${s.rows}, missing ${(s.missingShare * 100).toFixed(1)}%, ${s.distinct} categories; top: ${s.top
    .slice(0, 5)
    .map((t) => `${t.value} (${t.count})`)
    .join(', ')}`;
}

function card(column: ColumnReport): string {
  const d = column.distribution;
  const chart = d
    ? svgBars(
        [
          { name: 'reference', values: d.reference, color: '#1f77b4' },
          { name: 'current', values: d.current, color: '#d62728' },
        ],
        {
          title: `${column.name} (share of rows)`,
          ...(d.edges ? { edges: d.edges } : {}),
          ...(d.labels ? { labels: d.labels } : {}),
        },
      )
    : '';
  return `<div class="card"><h3 class="${column.drifted ? 'drifted' : 'ok'}">${escapeHtml(column.name)} — ${column.drifted ? 'drifted' : 'no drift'}</h3>
<div class="muted">${escapeHtml(column.testTitle)}: ${escapeHtml(formatNumber(column.score))} (threshold ${escapeHtml(formatNumber(column.threshold))})${column.note ? `; ${escapeHtml(column.note)}` : ''}</div>
${chart}
<div class="muted">reference: ${escapeHtml(summaryCells(column, 'reference'))}</div>
<div class="muted">current: ${escapeHtml(summaryCells(column, 'current'))}</div></div>`;
}

/** report.html: self-contained (inline CSS and SVG, no scripts, nothing from the network). */
export function htmlReport(report: DriftReport): string {
  const rows = report.columns
    .map(
      (c) =>
        `<tr><td class="${c.drifted ? 'drifted' : 'ok'}">${c.drifted ? 'drifted' : 'ok'}</td><td>${escapeHtml(c.name)}</td><td>${c.kind}</td><td>${escapeHtml(c.test)}</td><td>${escapeHtml(formatNumber(c.score))}</td><td>${escapeHtml(formatNumber(c.threshold))}</td><td>${escapeHtml(formatNumber(c.statistic ?? null))}</td></tr>`,
    )
    .join('\n');
  const checks = report.checks
    .map(
      (c) =>
        `<tr><td class="${c.severity}">${c.severity}</td><td>${escapeHtml(c.check)}</td><td>${escapeHtml(c.column ?? '')}</td><td>${escapeHtml(c.message)}</td></tr>`,
    )
    .join('\n');
  const inputs = (['reference', 'current'] as const)
    .flatMap((which) =>
      report.inputs[which].files.map(
        (f) =>
          `<tr><td>${which}</td><td>${escapeHtml(f.path)}</td><td>${f.format}${f.gzip ? ' (gzip)' : ''}</td><td>${f.rows ?? ''}</td><td><code>${f.sha256}</code></td></tr>`,
      ),
    )
    .join('\n');
  return `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Data drift report</title><style>${STYLE}</style></head>
<body>
<h1>${escapeHtml(verdictLine(report))}</h1>
<p class="muted">Generated ${escapeHtml(report.generatedAt)} · schema ${report.schema} · correction ${report.options.correction}</p>
<h2>Columns</h2>
<table><tr><th></th><th>column</th><th>type</th><th>test</th><th>score</th><th>threshold</th><th>statistic</th></tr>
${rows}
</table>
<h2>Checks</h2>
<table><tr><th>severity</th><th>check</th><th>column</th><th>message</th></tr>
${checks || '<tr><td colspan="4">All checks passed.</td></tr>'}
</table>
<h2>Distributions</h2>
<div class="grid">${report.columns.map(card).join('\n')}</div>
<h2>Inputs</h2>
<table><tr><th></th><th>file</th><th>format</th><th>rows</th><th>sha256</th></tr>
${inputs}
</table>
</body></html>
`;
}
