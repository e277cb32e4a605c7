/**
 * Demo step of build-model-image on examples/churn, run through the CLI and
 * the committed bundle (dist/build-model-image/index.js): the example's
 * scikit-learn pipeline packaged with the python-sklearn template, labelled
 * with the training data hash, and pushed to the loopback registry when one
 * runs (kept in the local engine otherwise). Skipped, and says so, without a
 * Docker Engine.
 *
 * Base image: ML_ACTIONS_DEMO_BASE_IMAGE, else (no internet here) a Python
 * base imported from this machine's Debian Python with scikit-learn, else the
 * template's default python:3.11-slim.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { runCli } from './run-cli.js';
import type { DemoContext, DemoResult } from './types.js';

const REGISTRY = '127.0.0.1:5000';

async function registryUp(): Promise<boolean> {
  try {
    const response = await fetch(`http://${REGISTRY}/v2/`, { signal: AbortSignal.timeout(2000) });
    return response.status === 200;
  } catch {
    return false;
  }
}

async function baseImage(ctx: DemoContext): Promise<string | undefined> {
  if (process.env.ML_ACTIONS_DEMO_BASE_IMAGE) return process.env.ML_ACTIONS_DEMO_BASE_IMAGE;
  if (!existsSync('/usr/bin/python3.11') || !existsSync('/usr/lib/python3/dist-packages/sklearn')) return undefined;
  try {
    const { pythonBaseImage } = await import('../../test/support/base-images.js');
    return await pythonBaseImage();
  } catch (error) {
    ctx.log(`could not import a local Python base image (${(error as Error).message}); using the template default`);
    return undefined;
  }
}

export async function demo(ctx: DemoContext): Promise<DemoResult> {
  if (!ctx.docker)
    return { verdict: 'skipped: no Docker Engine reachable (scripts/ci/services.sh start)', skipped: true };
  const churn = path.join(ctx.root, 'examples', 'churn');
  const push = await registryUp();
  const base = await baseImage(ctx);
  const reportDir = path.join(ctx.outDir, 'report');
  const inputs: Record<string, string> = {
    context: path.join(churn, 'model'),
    template: 'python-sklearn',
    'model-path': path.join(churn, 'model', 'model.joblib'),
    image: push ? `${REGISTRY}/ml-actions-demo/churn-model` : 'ml-actions-demo/churn-model',
    'data-files': path.join(churn, 'data', 'train.csv'),
    'model-version': '1.0.0',
    push: String(push),
    'report-dir': reportDir,
  };
  if (base) inputs['base-image'] = base;
  if (!push) ctx.log(`no registry answers at ${REGISTRY}: the image stays in the local engine (push: false)`);
  const run = await runCli(ctx, 'build-model-image', inputs);
  if (run.code !== 0) throw new Error(`build-model-image exited with code ${run.code} (see the log above)`);
  const how =
    run.outputs.built === 'false' ? 'reused (same content hash)' : push ? 'built and pushed' : 'built (not pushed)';
  return {
    verdict: `${how}: ${run.outputs.image ?? '?'} (content hash ${(run.outputs['content-hash'] ?? '').slice(0, 12)}…)`,
    reportDir,
    outputs: run.outputs,
  };
}
