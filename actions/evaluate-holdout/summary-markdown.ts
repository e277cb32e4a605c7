import { markdownTable } from '../shared/report/markdown-table.js';
import type { EvaluationReport } from './report-model.js';

/** A number for people: 4 significant decimals, NaN as "n/a". */
export function show(value: number | null | undefined, digits = 4): string {
  if (value === null || value === undefined || Number.isNaN(value)) return 'n/a';
  if (!Number.isFinite(value)) return String(value);
  if (Number.isInteger(value) && Math.abs(value) < 1e9) return String(value);
  const abs = Math.abs(value);
  if (abs !== 0 && (abs < 1e-3 || abs >= 1e6)) return value.toExponential(2);
  return value.toFixed(digits);
}

function signed(value: number | null | undefined): string {
  if (value === null || value === undefined || Number.isNaN(value)) return 'n/a';
  return `${value > 0 ? '+' : value < 0 ? '−' : '±'}${show(Math.abs(value))}`;
}

/** The first line: the verdict and why. */
export function verdictLine(report: EvaluationReport): string {
  const gates = report.gates.length;
  const failed = report.failedGates.length;
  const what = `${report.task.name}, ${report.holdout.rows} holdout rows`;
  if (report.passed) {
    const checks = gates + (report.baseline?.comparisons.filter((c) => c.rules).length ?? 0);
    return `✅ **evaluate-holdout passed** (${what}): ${checks === 0 ? 'no gates set' : `all ${checks} check(s) passed`}.`;
  }
  return `❌ **evaluate-holdout failed** (${what}): ${failed} check(s) failed: ${report.failedGates.map((g) => `\`${g}\``).join(', ')}.`;
}

/** summary.md: verdict first, then metrics with CI and baseline columns, gates, slices, latency, warnings. */
export function summaryMarkdown(report: EvaluationReport, options: { maxSlices?: number } = {}): string {
  const out: string[] = [verdictLine(report), ''];
  const ci = report.confidenceIntervals?.intervals;
  const baseline = new Map(report.baseline?.comparisons.map((c) => [c.metric, c]) ?? []);
  const header = ['metric', 'value'];
  if (ci) header.push(`${Math.round((report.confidenceIntervals?.confidence ?? 0.95) * 100)}% CI`);
  if (report.baseline) header.push('baseline', 'delta');
  const rows = Object.entries(report.metrics).map(([name, value]) => {
    const row = [name, show(value)];
    if (ci) row.push(ci[name] ? `${show(ci[name].lower)} – ${show(ci[name].upper)}` : '');
    if (report.baseline) {
      const c = baseline.get(name);
      const mark = c?.rules ? (c.passed ? ' ✅' : ' ❌') : '';
      row.push(c ? show(c.baseline) : '', c ? `${signed(c.delta)}${mark}` : '');
    }
    return row;
  });
  out.push(
    markdownTable(
      header,
      rows,
      header.map((_, i) => (i === 0 ? 'l' : 'r')),
    ),
    '',
  );
  if (report.gates.length) {
    out.push('**Gates**', '');
    out.push(
      markdownTable(
        ['gate', 'value', 'result'],
        report.gates.map((g) => [`\`${g.expr}\``, show(g.value), g.passed ? '✅ pass' : '❌ fail']),
        ['l', 'r', 'l'],
      ),
      '',
    );
  }
  const rules = report.baseline?.comparisons.filter((c) => c.rules) ?? [];
  if (report.baseline) {
    out.push(
      `**Baseline**: ${report.baseline.kind === 'metrics' ? 'metrics' : 'champion predictions'} from \`${report.baseline.source}\`.`,
    );
    for (const c of rules) {
      for (const rule of c.rules ?? []) {
        out.push(
          `- max-regression \`${rule.text}\`: ${show(c.candidate)} vs limit ${show(rule.limit)} → ${rule.passed ? 'pass' : '**fail**'}`,
        );
      }
    }
    out.push('');
  }
  out.push(
    `Task: **${report.task.name}** (${report.task.inferred ? `inferred: ${report.task.reason}` : 'given'})${
      report.task.positiveLabel !== undefined
        ? `; positive class \`${report.task.positiveLabel}\`, threshold ${report.task.decisionThreshold}`
        : ''
    }. Predictions: ${report.predictions.source} \`${report.predictions.detail}\`, aligned by ${report.predictions.alignedBy}. Holdout sha256 \`${report.holdout.sha256.slice(0, 12)}\`.`,
    '',
  );
  if (report.latency) {
    const l = report.latency;
    out.push(
      `**Serving**: p50 ${show(l.p50_ms, 1)} ms, p95 ${show(l.p95_ms, 1)} ms, p99 ${show(l.p99_ms, 1)} ms per batch of ${l.batch_size}; ${show(l.throughput_rows_per_s, 0)} rows/s with ${l.concurrency} in flight; ${l.retries} retried request(s)${Number.isFinite(l.warmup_ms) ? `; the first batch (warm-up, not counted) took ${show(l.warmup_ms, 0)} ms` : ''}.`,
      '',
    );
  }
  if (report.slices && report.slices.results.length) {
    const keyMetric = Object.keys(report.metrics)[0] ?? '';
    const focus = ['roc_auc', 'f1', 'f1_macro', 'accuracy', 'rmse', 'mae']
      .filter((m) => m in report.metrics)
      .slice(0, 2);
    const shown = focus.length ? focus : [keyMetric];
    const limit = options.maxSlices ?? 20;
    out.push(`**Slices** (segments of at least ${report.slices.minSliceSize} rows)`, '');
    out.push(
      markdownTable(
        ['column', 'value', 'rows', ...shown],
        report.slices.results
          .slice(0, limit)
          .map((s) => [s.column, s.value, s.rows, ...shown.map((m) => show(s.metrics[m]))]),
        ['l', 'l', 'r', ...shown.map(() => 'r' as const)],
      ),
      '',
    );
    if (report.slices.results.length > limit)
      out.push(`… and ${report.slices.results.length - limit} more in report.json.`, '');
    if (report.slices.skipped.length)
      out.push(`${report.slices.skipped.length} segment(s) below the minimum size were skipped.`, '');
  }
  if (report.warnings.length) {
    // The summary is also the PR comment (GitHub caps comments at 65,536 characters): keep it short.
    const shown = report.warnings.slice(0, 20).map((w) => `- ${w.length > 500 ? `${w.slice(0, 500)}…` : w}`);
    if (report.warnings.length > 20) shown.push(`- … and ${report.warnings.length - 20} more in report.json`);
    out.push('**Warnings**', '', ...shown, '');
  }
  return `${out.join('\n').trimEnd()}\n`;
}
