/**
 * Demo step of deploy-to-aks on examples/churn/k8s, run through the CLI and
 * the bundle (dist/deploy-to-aks/index.js). It is always a dry run: the
 * manifests are rendered with the image substituted, validated against the
 * Kubernetes OpenAPI schemas and diffed — against the cluster of KUBECONFIG
 * when one answers (a server-side dry run, nothing changes), else against
 * nothing. A demo never deploys.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { runCli } from './run-cli.js';
import type { DemoContext, DemoResult } from './types.js';

export async function demo(ctx: DemoContext): Promise<DemoResult> {
  const example = path.join(ctx.root, 'examples', 'churn');
  const reportDir = path.join(ctx.outDir, 'report');
  const built = ctx.previous['build-model-image'];
  const modelHash = createHash('sha256')
    .update(readFileSync(path.join(example, 'model', 'model.joblib')))
    .digest('hex');
  // Without a built image, a digest reference shaped like the real one shows the substitution.
  const image = built?.image?.includes('@sha256:')
    ? built.image
    : `churnmodels.azurecr.io/churn-model@sha256:${modelHash}`;
  const metrics = ctx.previous['evaluate-holdout']?.metrics;
  const inputs: Record<string, string> = {
    manifests: 'k8s',
    image,
    namespace: 'churn',
    'dry-run': 'true',
    // The demo's build pushes to a loopback registry, not the manifests' ACR
    // repository, so the container to update is named instead of matched.
    ...(image.startsWith('churnmodels.azurecr.io/') ? {} : { container: 'model' }),
    'model-hash': `sha256:${modelHash}`,
    ...(metrics ? { metrics } : {}),
    'smoke-test-path': '/predict',
    'report-dir': reportDir,
  };
  const { code, outputs } = await runCli(ctx, 'deploy-to-aks', inputs, example);
  if (outputs.status !== 'dry-run')
    throw new Error(
      `deploy-to-aks exited with code ${code} and status '${outputs.status ?? 'none'}' (see the log above)`,
    );
  const report = JSON.parse(readFileSync(path.join(reportDir, 'report.json'), 'utf8')) as {
    validation: unknown[];
    changes: { action: string }[];
    cluster: { version?: string };
  };
  const against = report.cluster.version
    ? `the cluster (${report.cluster.version}, server-side dry run)`
    : 'nothing (no cluster configured)';
  const changes = report.changes.filter((c) => c.action !== 'unchanged').length;
  return {
    verdict: `dry run: ${report.validation.length} manifests valid against the OpenAPI schemas, image substituted, ${changes} change(s) against ${against}`,
    reportDir,
    outputs,
  };
}
