/**
 * Demo step of check-data-drift on examples/churn, run through the CLI and
 * the committed bundle (dist/check-data-drift/index.js): the training data
 * (reference) against recent data (current), which drifted in some columns.
 * No Docker needed. The step reports drift without failing the demo
 * (fail-on-drift false) so the next steps still run.
 */
import path from 'node:path';
import { runCli } from './run-cli.js';
import type { DemoContext, DemoResult } from './types.js';

export async function demo(ctx: DemoContext): Promise<DemoResult> {
  const data = path.join(ctx.root, 'examples', 'churn', 'data');
  const reportDir = path.join(ctx.outDir, 'report');
  const inputs: Record<string, string> = {
    reference: path.join(data, 'train.csv'),
    current: path.join(data, 'current.csv'),
    'ignore-columns': 'customer_id,churned',
    'fail-on-drift': 'false',
    'report-dir': reportDir,
  };
  const { code, outputs } = await runCli(ctx, 'check-data-drift', inputs);
  if (outputs['drift-detected'] === undefined)
    throw new Error(`check-data-drift exited with code ${code} and no verdict (see the log above)`);
  const drifted = JSON.parse(outputs['drifted-columns'] ?? '[]') as string[];
  const share = (Number(outputs['drift-share']) * 100).toFixed(1);
  const verdict =
    outputs['drift-detected'] === 'true'
      ? `dataset drift: ${drifted.length} columns drifted (${share}%): ${drifted.join(', ')}`
      : `no dataset drift: ${drifted.length} columns drifted (${share}%)${drifted.length ? `: ${drifted.join(', ')}` : ''}`;
  return { verdict, reportDir, outputs };
}
