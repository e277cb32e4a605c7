/**
 * Canary: `<app>-canary` runs the new image next to the stable Deployment,
 * behind the same Service, with a share of traffic given by the replica
 * ratio. It is smoke-tested through its own Service `<service>-canary` (so the
 * test reaches the canary, not a stable pod). `promote` rolls the stable
 * Deployment to the canary's image and removes the canary; `reject` removes it.
 */
import { UserError } from '../shared/errors.js';
import type { KubeObject } from '../shared/kube/types.js';
import { applyObjects, deleteObjects } from './apply-objects.js';
import type { StepContext } from './context.js';
import {
  DeployFailure,
  deriveDeployment,
  deriveService,
  imageOf,
  primaryContainer,
  serviceAddress,
} from './context.js';
import { TRACK_LABEL } from './manifest-generate.js';
import type { Rendered } from './render.js';
import { revisionOf } from './rollout-watch.js';
import { rollingRelease } from './rolling.js';
import { verifyRelease } from './verify.js';

export const CANARY = { [TRACK_LABEL]: 'canary' };

export function canaryReplicas(stable: number, percentage: number, exact?: number): number {
  if (exact !== undefined) return exact;
  // replicas / (replicas + stable) ≈ percentage, at least one pod.
  return Math.max(1, Math.round((stable * percentage) / (100 - percentage)));
}

export function canaryObjects(
  rendered: Rendered,
  stableReplicas: number,
  percentage: number,
  exact?: number,
): { deployment: KubeObject; service?: KubeObject } {
  const replicas = canaryReplicas(stableReplicas, percentage, exact);
  const deployment = deriveDeployment(rendered.main, `${rendered.main.metadata.name}-canary`, CANARY, replicas);
  const service = rendered.service
    ? deriveService(rendered.service, `${rendered.service.metadata.name}-canary`, CANARY)
    : undefined;
  return { deployment, ...(service ? { service } : {}) };
}

function stableCount(live: KubeObject): number {
  return (live.spec as { replicas?: number } | undefined)?.replicas ?? 1;
}

export async function canaryDeploy(ctx: StepContext, rendered: Rendered, image: string): Promise<void> {
  const { client, options, logger, record } = ctx;
  const namespace = rendered.main.metadata.namespace ?? options.namespace;
  const live = await client.get('apps/v1', 'Deployment', rendered.main.metadata.name, namespace);
  if (!live) {
    logger.notice(
      `no stable release of ${rendered.main.metadata.name} yet: releasing it directly (rolling); later releases run as canaries`,
    );
    record.notes.push(
      'First release: there was no stable Deployment to run a canary against, so it was released directly.',
    );
    return rollingRelease(ctx, rendered, image);
  }
  const container = primaryContainer(rendered);
  const previousImage = imageOf(live, container);
  if (previousImage) record.previousImage = previousImage;
  record.previousRevision = revisionOf(live);
  const stable = stableCount(live);
  const { deployment, service } = canaryObjects(rendered, stable, options.canaryPercentage, options.canaryReplicas);
  const replicas = (deployment.spec as { replicas: number }).replicas;
  record.canary = {
    deployment: deployment.metadata.name,
    replicas,
    stableReplicas: stable,
    sharePercent: Math.round((1000 * replicas) / (replicas + stable)) / 10,
  };
  record.deployment = `${namespace}/${deployment.metadata.name}`;
  logger.info(
    `canary ${deployment.metadata.name}: ${replicas} replica(s) next to ${stable} stable (${record.canary.sharePercent}% of pods)`,
  );
  const toApply = service ? [service, deployment] : [deployment];
  const applied = await logger.group('apply canary', () => applyObjects(client, toApply, logger));
  record.changes.push(...applied.map((a) => a.change));
  record.changed = applied.some((a) => a.change.action !== 'unchanged');
  const address = serviceAddress(
    rendered.service && (await client.get('v1', 'Service', rendered.service.metadata.name, namespace)),
  );
  if (address) record.service = address;
  const verdict = await verifyRelease(ctx, deployment.metadata.name, service);
  if (verdict.ok) {
    record.status = 'deployed';
    record.deployedImage = image;
    record.revision = revisionOf(await client.get('apps/v1', 'Deployment', deployment.metadata.name, namespace));
    return;
  }
  if (!options.rollbackOnFailure) {
    record.status = 'failed';
    throw new DeployFailure(
      `${verdict.message} rollback-on-failure is false: the canary was left in place (run with action: reject to remove it).`,
      verdict.hint,
    );
  }
  const removed = await deleteObjects(client, toApply, logger);
  record.rollback = {
    kind: 'removed-canary',
    ok: true,
    removed,
    message: `removed the canary (${removed.join(', ')}); the stable release ${previousImage ?? ''} kept serving`,
  };
  record.status = 'rolled-back';
  record.deployedImage = previousImage ?? '';
  throw new DeployFailure(`${verdict.message} The canary was removed; the stable release kept serving.`, verdict.hint);
}

async function liveCanary(
  ctx: StepContext,
  rendered: Rendered,
): Promise<{ deployment?: KubeObject; objects: KubeObject[] }> {
  const { client, options } = ctx;
  const namespace = rendered.main.metadata.namespace ?? options.namespace;
  const { deployment, service } = canaryObjects(rendered, 1, options.canaryPercentage, options.canaryReplicas);
  const live = await client.get('apps/v1', 'Deployment', deployment.metadata.name, namespace);
  return { ...(live ? { deployment: live } : {}), objects: service ? [service, deployment] : [deployment] };
}

export async function canaryPromote(ctx: StepContext, placeholder: Rendered): Promise<void> {
  const { client, logger, record, options } = ctx;
  const canary = await liveCanary(ctx, placeholder);
  const container = primaryContainer(placeholder);
  const image = imageOf(canary.deployment, container);
  if (!canary.deployment || !image) {
    throw new UserError(
      `There is no canary ${placeholder.main.metadata.name}-canary in namespace ${options.namespace} to promote.`,
      {
        hint: 'Run with strategy: canary and action: deploy first.',
      },
    );
  }
  if (options.image && options.image !== image) {
    throw new UserError(
      `Input 'image' (${options.image}) is not the canary's image (${image}); promote releases exactly what the canary ran.`,
      {
        hint: "Leave 'image' empty with action: promote, or deploy this image as a canary first.",
      },
    );
  }
  logger.info(`promoting the canary image ${image} to ${placeholder.main.metadata.name}`);
  await rollingRelease(ctx, await ctx.render(image), image, 'promoted');
  const removed = await deleteObjects(client, canary.objects, logger);
  record.notes.push(`Removed the canary: ${removed.join(', ')}.`);
}

export async function canaryReject(ctx: StepContext, placeholder: Rendered): Promise<void> {
  const { client, logger, record } = ctx;
  const canary = await liveCanary(ctx, placeholder);
  const container = primaryContainer(placeholder);
  const image = imageOf(canary.deployment, container);
  const removed = await deleteObjects(client, canary.objects, logger);
  record.status = 'rejected';
  record.rollback = {
    kind: 'removed-canary',
    ok: true,
    removed,
    message: removed.length ? `removed the canary (${removed.join(', ')})` : 'there was no canary to remove',
  };
  if (image) record.previousImage = image;
  const stable = await client.get(
    'apps/v1',
    'Deployment',
    placeholder.main.metadata.name,
    placeholder.main.metadata.namespace,
  );
  record.deployedImage = imageOf(stable, container) ?? '';
  record.revision = revisionOf(stable);
  if (!removed.length) logger.notice('there was no canary to remove');
}
