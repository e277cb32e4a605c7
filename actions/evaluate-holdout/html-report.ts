import { escapeHtml } from '../shared/report/html-escape.js';
import { svgMatrix, svgPlot } from '../shared/report/svg-plot.js';
import type { EvaluationReport } from './report-model.js';
import { show } from './summary-markdown.js';

function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const head = header.map((h) => `<th>${escapeHtml(h)}</th>`).join('');
  const body = rows.map((row) => `<tr>${row.map((cell) => `<td>${cell}</td>`).join('')}</tr>`).join('\n');
  return `<table><thead><tr>${head}</tr></thead><tbody>${body}</tbody></table>`;
}

function charts(report: EvaluationReport): string[] {
  const out: string[] = [];
  const curves = report.curves;
  if (curves?.roc?.length) {
    out.push(
      svgPlot(
        [
          { name: `ROC (AUC ${show(report.metrics.roc_auc)})`, points: curves.roc },
          {
            name: 'chance',
            points: [
              { x: 0, y: 0 },
              { x: 1, y: 1 },
            ],
            style: 'dashed',
            color: '#999',
          },
        ],
        {
          title: 'ROC curve',
          xLabel: 'false positive rate',
          yLabel: 'true positive rate',
          xRange: [0, 1],
          yRange: [0, 1],
          legend: 'bottom-right',
        },
      ),
    );
  }
  if (curves?.pr?.length) {
    out.push(
      svgPlot([{ name: `PR (AP ${show(report.metrics.average_precision)})`, points: curves.pr }], {
        title: 'Precision–recall curve',
        xLabel: 'recall',
        yLabel: 'precision',
        xRange: [0, 1],
        yRange: [0, 1],
        legend: 'bottom-left',
      }),
    );
  }
  if (curves?.calibration?.length) {
    out.push(
      svgPlot(
        [
          { name: 'model', points: curves.calibration.map((b) => ({ x: b.meanPredicted, y: b.fractionPositive })) },
          {
            name: 'perfectly calibrated',
            points: [
              { x: 0, y: 0 },
              { x: 1, y: 1 },
            ],
            style: 'dashed',
            color: '#999',
          },
        ],
        {
          title: 'Reliability diagram',
          xLabel: 'mean predicted probability',
          yLabel: 'fraction of positives',
          xRange: [0, 1],
          yRange: [0, 1],
        },
      ),
    );
  }
  if (report.confusionMatrix) {
    const { labels, matrix } = report.confusionMatrix;
    out.push(
      svgMatrix(matrix, labels, labels, {
        title: 'Confusion matrix',
        rowTitle: 'true class',
        columnTitle: 'predicted class',
      }),
    );
  }
  if (curves?.residuals?.length) {
    const xs = curves.residuals.map((r) => r.predicted);
    const lo = Math.min(...xs);
    const hi = Math.max(...xs);
    out.push(
      svgPlot(
        [
          {
            name: 'residual',
            points: curves.residuals.map((r) => ({ x: r.predicted, y: r.residual })),
            style: 'points',
          },
          {
            name: 'zero',
            points: [
              { x: lo, y: 0 },
              { x: hi, y: 0 },
            ],
            style: 'dashed',
            color: '#999',
          },
        ],
        { title: 'Residuals vs predicted', xLabel: 'predicted', yLabel: 'actual − predicted' },
      ),
    );
  }
  return out;
}

const STYLE = `body{font-family:sans-serif;margin:24px;color:#222;max-width:1100px}
table{border-collapse:collapse;margin:8px 0 20px}td,th{border:1px solid #ddd;padding:4px 8px;text-align:right}
td:first-child,th:first-child{text-align:left}.pass{color:#1a7f37}.fail{color:#cf222e;font-weight:bold}
.charts{display:flex;flex-wrap:wrap;gap:16px}code{background:#f4f4f4;padding:1px 4px}`;

/** report.html: self-contained (inline CSS and SVG, no scripts, nothing from the network). */
export function htmlReport(report: EvaluationReport): string {
  const verdict = report.passed
    ? '<p class="pass">✅ Passed</p>'
    : `<p class="fail">❌ Failed: ${report.failedGates.map((g) => `<code>${escapeHtml(g)}</code>`).join(', ')}</p>`;
  const ci = report.confidenceIntervals?.intervals;
  const baseline = new Map(report.baseline?.comparisons.map((c) => [c.metric, c]) ?? []);
  const header = ['metric', 'value', ...(ci ? ['CI'] : []), ...(report.baseline ? ['baseline', 'delta'] : [])];
  const metricRows = Object.entries(report.metrics).map(([name, value]) => {
    const c = baseline.get(name);
    return [
      escapeHtml(name),
      show(value),
      ...(ci ? [ci[name] ? `${show(ci[name].lower)} – ${show(ci[name].upper)}` : ''] : []),
      ...(report.baseline ? [c ? show(c.baseline) : '', c ? show(c.delta) : ''] : []),
    ];
  });
  const parts = [
    '<!doctype html><html lang="en"><head><meta charset="utf-8">',
    `<title>evaluate-holdout: ${report.passed ? 'passed' : 'failed'}</title><style>${STYLE}</style></head><body>`,
    `<h1>evaluate-holdout</h1>${verdict}`,
    `<p>Task <b>${escapeHtml(report.task.name)}</b> (${escapeHtml(report.task.inferred ? `inferred: ${report.task.reason}` : 'given')}); ${report.holdout.rows} holdout rows, sha256 <code>${escapeHtml(report.holdout.sha256)}</code>; predictions from ${escapeHtml(report.predictions.source)} <code>${escapeHtml(report.predictions.detail)}</code>.</p>`,
    '<h2>Metrics</h2>',
    table(header, metricRows),
  ];
  if (report.gates.length) {
    parts.push(
      '<h2>Gates</h2>',
      table(
        ['gate', 'value', 'result'],
        report.gates.map((g) => [
          `<code>${escapeHtml(g.expr)}</code>`,
          show(g.value),
          g.passed ? '<span class="pass">pass</span>' : '<span class="fail">fail</span>',
        ]),
      ),
    );
  }
  parts.push('<h2>Diagnostics</h2>', `<div class="charts">${charts(report).join('\n')}</div>`);
  if (report.perClass) {
    parts.push(
      '<h2>Per class</h2>',
      table(
        ['class', 'precision', 'recall', 'f1', 'support'],
        Object.entries(report.perClass).map(([label, r]) => [
          escapeHtml(label),
          show(r.precision),
          show(r.recall),
          show(r.f1),
          String(r.support),
        ]),
      ),
    );
  }
  if (report.slices?.results.length) {
    const names = Object.keys(report.metrics)
      .filter((m) => !m.startsWith('latency') && !m.startsWith('throughput'))
      .slice(0, 6);
    parts.push(
      `<h2>Slices</h2><p>Segments of at least ${report.slices.minSliceSize} rows; ${report.slices.skipped.length} smaller segment(s) skipped.</p>`,
      table(
        ['column', 'value', 'rows', ...names],
        report.slices.results.map((s) => [
          escapeHtml(s.column),
          escapeHtml(s.value),
          String(s.rows),
          ...names.map((m) => show(s.metrics[m])),
        ]),
      ),
    );
  }
  if (report.latency) {
    const l = report.latency;
    parts.push(
      '<h2>Serving</h2>',
      table(
        ['p50 ms', 'p95 ms', 'p99 ms', 'rows/s', 'batch size', 'concurrency', 'requests', 'retries'],
        [
          [
            show(l.p50_ms, 1),
            show(l.p95_ms, 1),
            show(l.p99_ms, 1),
            show(l.throughput_rows_per_s, 0),
            String(l.batch_size),
            String(l.concurrency),
            String(l.requests),
            String(l.retries),
          ],
        ],
      ),
    );
  }
  if (report.warnings.length)
    parts.push('<h2>Warnings</h2><ul>', ...report.warnings.map((w) => `<li>${escapeHtml(w)}</li>`), '</ul>');
  parts.push(
    `<p><small>Generated ${escapeHtml(report.generatedAt)} · schema ${escapeHtml(report.schema)}</small></p></body></html>\n`,
  );
  return parts.join('\n');
}
