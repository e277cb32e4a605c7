/**
 * The whole run: cluster access, rendering and validation, then the chosen
 * strategy and action. It never throws: what happened is in the record, and
 * the error (if any) is returned for main.ts to fail the step with after the
 * report is written. The temporary kubeconfig is removed on every path.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { UserError, describeError } from '../shared/errors.js';
import { KubeClient } from '../shared/kube/client.js';
import { KubeApiError } from '../shared/kube/errors.js';
import type { Logger } from '../shared/platform/types.js';
import { blueGreenDeploy, blueGreenPromote, blueGreenReject } from './blue-green.js';
import { canaryDeploy, canaryPromote, canaryReject } from './canary.js';
import { openClusterAccess, type ClusterCredentials } from './cluster-access.js';
import type { CommandRunner } from './command-runner.js';
import type { StepContext } from './context.js';
import { dryRun } from './dry-run.js';
import type { DeployOptions } from './options.js';
import { newRecord, type DeployRecord } from './record.js';
import { renderManifests, type Rendered } from './render.js';
import { rollingRelease } from './rolling.js';

export interface DeployDeps {
  readonly logger: Logger;
  readonly runner: CommandRunner;
  /** Where the temporary kubeconfig folder is made (tests point it at a folder they inspect). */
  readonly tempRoot?: string;
}

export interface DeployOutcome {
  readonly record: DeployRecord;
  readonly error?: unknown;
}

function recordRendered(options: DeployOptions, record: DeployRecord, rendered: Rendered): void {
  mkdirSync(options.reportDir, { recursive: true });
  const file = path.join(options.reportDir, 'manifests.yaml');
  writeFileSync(file, rendered.yaml);
  record.manifestsPath = file;
  record.substitutions = [...rendered.substitutions];
  record.validation = [...rendered.validation];
}

function requireImage(options: DeployOptions): string {
  if (!options.image)
    throw new UserError(
      "Input 'image' is required to deploy (a digest reference such as registry/repo@sha256:… is best).",
    );
  return options.image;
}

async function runOnCluster(ctx: StepContext): Promise<void> {
  const { options } = ctx;
  if (options.action === 'deploy') {
    const image = requireImage(options);
    const rendered = await ctx.render(image);
    if (options.strategy === 'canary') return canaryDeploy(ctx, rendered, image);
    if (options.strategy === 'blue-green') return blueGreenDeploy(ctx, rendered, image);
    return rollingRelease(ctx, rendered, image);
  }
  if (options.strategy === 'rolling') {
    throw new UserError(
      `Input 'action': ${options.action} applies to the canary and blue-green strategies; a rolling release is complete when it is deployed.`,
    );
  }
  const names = await renderManifests(options, undefined, ctx.logger);
  if (options.strategy === 'canary')
    return options.action === 'promote' ? canaryPromote(ctx, names) : canaryReject(ctx, names);
  return options.action === 'promote' ? blueGreenPromote(ctx, names) : blueGreenReject(ctx, names);
}

export async function runDeploy(options: DeployOptions, deps: DeployDeps): Promise<DeployOutcome> {
  const { logger } = deps;
  const started = Date.now();
  const record = newRecord({
    strategy: options.strategy,
    action: options.action,
    dryRun: options.dryRun,
    namespace: options.namespace,
    lineage: options.lineage,
    ...(options.image ? { image: options.image } : {}),
  });
  let credentials: ClusterCredentials | undefined;
  try {
    credentials = await openClusterAccess(options.access, deps);
    record.cluster.source = credentials.source;
    const client = credentials.kubeconfig
      ? KubeClient.fromFile(credentials.kubeconfig, {
          fieldManager: options.fieldManager,
          logger,
          ...options.api,
          ...(options.context ? { context: options.context } : {}),
        })
      : undefined;
    if (client) record.cluster.server = client.server;
    const render = async (image: string): Promise<Rendered> => {
      const rendered = await renderManifests(options, image, logger);
      recordRendered(options, record, rendered);
      return rendered;
    };
    if (options.dryRun && options.action !== 'deploy') {
      throw new UserError(
        `dry-run previews a deploy; action '${options.action}' renders no new manifests. Run it without dry-run, or dry-run the deploy.`,
      );
    }
    if (options.dryRun) {
      const rendered = await render(requireImage(options));
      let reachable = client;
      if (client) {
        try {
          record.cluster.version = await client.serverVersion();
        } catch (error) {
          logger.warning(`the cluster is not reachable (${describeError(error)}): diffing against nothing`);
          reachable = undefined;
        }
      }
      const { diff, changes } = await dryRun(reachable, options, rendered, logger);
      const diffPath = path.join(options.reportDir, 'diff.txt');
      writeFileSync(diffPath, diff);
      record.diffPath = diffPath;
      record.changes = changes;
      record.changed = changes.some((c) => c.action !== 'unchanged');
      record.status = 'dry-run';
      if (rendered.service)
        record.service = {
          name: `${rendered.service.metadata.namespace ?? options.namespace}/${rendered.service.metadata.name}`,
        };
      record.deployedImage = options.image ?? '';
      if (!reachable)
        record.notes.push(
          'No cluster was reachable: the manifests were validated offline and the diff is against nothing.',
        );
      return { record };
    }
    if (!client) {
      throw new UserError(
        'No cluster to deploy to: no resource-group/cluster-name, no kubeconfig input, and no KUBECONFIG file.',
        {
          hint: "Give 'resource-group' and 'cluster-name' (after azure/login), or 'kubeconfig', or set dry-run: true to only render and validate.",
        },
      );
    }
    record.cluster.version = await client.serverVersion();
    await runOnCluster({ client, options, logger, record, render });
    return { record };
  } catch (error) {
    record.error = describeError(error);
    if (record.status !== 'rolled-back') record.status = 'failed';
    const wrapped =
      error instanceof KubeApiError
        ? new UserError(`Kubernetes API error: ${error.message}`, {
            hint: /namespaces "[^"]+" not found/.test(error.message)
              ? 'The namespace does not exist: set create-namespace: true, or create it first.'
              : error.retriable
                ? 'The API server kept failing after retries; re-run the job when the cluster is healthy.'
                : 'Check the manifests and the permissions of the credentials on the namespace.',
          })
        : error;
    return { record, error: wrapped };
  } finally {
    credentials?.close();
    record.durationMs = Date.now() - started;
  }
}
