/**
 * Demo steps of evaluate-holdout on examples/churn, run through the CLI and
 * the committed bundle (dist/evaluate-holdout/index.js):
 * - `demo`: the candidate's predictions file, gated on thresholds, a
 *   bootstrap bound and the champion (baseline) — no Docker needed;
 * - `demoImage`: the same holdout scored through the image build-model-image
 *   built, compared with the first step's metrics JSON — skipped, and says
 *   so, without a Docker Engine or an image.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { runCli, type CliRun } from './run-cli.js';
import type { DemoContext, DemoResult } from './types.js';

function verdict(run: CliRun, what: string): string {
  const metrics = JSON.parse(run.outputs.metrics ?? '{}') as Record<string, number | null>;
  const shown = ['roc_auc', 'f1', 'log_loss', 'latency_p95_ms']
    .filter((m) => typeof metrics[m] === 'number')
    .map((m) => `${m} ${(metrics[m] as number).toFixed(m.startsWith('latency') ? 1 : 4)}`)
    .join(', ');
  if (run.outputs.passed === 'true') return `passed (${what}): ${shown}`;
  if (run.outputs.passed === 'false') return `gate failed (${what}): ${run.outputs['failed-gates']}; ${shown}`;
  throw new Error(`evaluate-holdout exited with code ${run.code} and no verdict (see the log above)`);
}

export async function demo(ctx: DemoContext): Promise<DemoResult> {
  const churn = path.join(ctx.root, 'examples', 'churn');
  const reportDir = path.join(ctx.outDir, 'report');
  const run = await runCli(ctx, 'evaluate-holdout', {
    holdout: path.join(churn, 'data', 'holdout.csv'),
    'target-column': 'churned',
    'id-column': 'customer_id',
    predictions: path.join(churn, 'predictions', 'candidate.csv'),
    baseline: path.join(churn, 'predictions', 'champion.csv'),
    'max-regression': 'roc_auc: 1%\nlog_loss: 0.02',
    gates: 'roc_auc >= 0.75\nroc_auc.lower >= 0.70\nlog_loss <= 0.55',
    bootstrap: '500',
    'slice-columns': 'contract\nregion',
    'report-dir': reportDir,
  });
  return { verdict: verdict(run, 'candidate predictions vs champion'), reportDir, outputs: run.outputs };
}

export async function demoImage(ctx: DemoContext): Promise<DemoResult> {
  if (!ctx.docker) return { verdict: 'skipped: no Docker Engine reachable', skipped: true };
  const image = ctx.previous['build-model-image']?.image;
  if (!image) return { verdict: 'skipped: build-model-image produced no image in this run', skipped: true };
  const churn = path.join(ctx.root, 'examples', 'churn');
  const reportDir = path.join(ctx.outDir, 'report');
  const first = ctx.previous['evaluate-holdout']?.report;
  const run = await runCli(ctx, 'evaluate-holdout', {
    holdout: path.join(churn, 'data', 'holdout.csv'),
    'target-column': 'churned',
    'id-column': 'customer_id',
    image,
    'payload-format': 'mlflow',
    'batch-size': '100',
    gates: 'roc_auc >= 0.75\nlatency_p95_ms <= 5000',
    // The image must score like the notebook did: no more than 0.001 AUC apart.
    ...(first && existsSync(first) ? { baseline: first, 'max-regression': 'roc_auc: 0.001' } : {}),
    'report-dir': reportDir,
  });
  return { verdict: verdict(run, `through ${image}`), reportDir, outputs: run.outputs };
}
