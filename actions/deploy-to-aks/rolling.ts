/**
 * The rolling release: apply everything, watch the Deployment roll, smoke
 * test, and on failure restore the previous template — or, on a first
 * release, remove what this run created.
 */
import type { KubeObject } from '../shared/kube/types.js';
import { PartialApplyError, applyObjects, deleteObjects, type AppliedObject } from './apply-objects.js';
import type { StepContext } from './context.js';
import { DeployFailure, imageOf, primaryContainer, serviceAddress } from './context.js';
import type { DeployStatus } from './options.js';
import type { Rendered } from './render.js';
import { PREVIOUS_IMAGE, previousTemplate, restoreDeployment } from './rollback.js';
import { revisionOf } from './rollout-watch.js';
import { verifyRelease } from './verify.js';

/** Records the image being replaced, keeping the annotation stable on a re-run of the same image. */
function recordPreviousImage(main: KubeObject, live: KubeObject | undefined, container: string, image: string): void {
  const liveImage = imageOf(live, container);
  const value = liveImage && liveImage !== image ? liveImage : live?.metadata.annotations?.[PREVIOUS_IMAGE];
  if (value) main.metadata.annotations = { ...(main.metadata.annotations ?? {}), [PREVIOUS_IMAGE]: value };
}

export async function rollingRelease(
  ctx: StepContext,
  rendered: Rendered,
  image: string,
  successStatus: DeployStatus = 'deployed',
): Promise<void> {
  const { client, options, logger, record } = ctx;
  const main = rendered.main;
  const namespace = main.metadata.namespace ?? options.namespace;
  const container = primaryContainer(rendered);
  const live = await client.get('apps/v1', 'Deployment', main.metadata.name, namespace);
  const previousImage = imageOf(live, container);
  if (previousImage) record.previousImage = previousImage;
  if (live) record.previousRevision = revisionOf(live);
  record.deployment = `${namespace}/${main.metadata.name}`;
  recordPreviousImage(main, live, container, image);

  let applied: AppliedObject[];
  try {
    applied = await logger.group('apply', () => applyObjects(client, rendered.objects, logger));
  } catch (error) {
    if (!(error instanceof PartialApplyError)) throw error;
    record.changes.push(...error.applied.map((a) => a.change));
    // On a first release, nothing of a half-applied release should stay behind.
    const created = error.applied.filter((a) => a.change.action === 'created').map((a) => a.after);
    if (!live && options.rollbackOnFailure && created.length) {
      const removed = await deleteObjects(client, created, logger);
      record.rollback = {
        kind: 'removed-created',
        ok: true,
        removed,
        message: `the apply failed part-way on a first release: removed what this run created (${removed.join(', ')})`,
      };
      record.status = 'rolled-back';
      record.deployedImage = '';
    }
    throw error.cause;
  }
  record.changes.push(...applied.map((a) => a.change));
  record.changed = applied.some((a) => a.change.action !== 'unchanged');
  if (!record.changed) {
    logger.info('no changes: every object already matches the manifests');
    record.notes.push('No changes: every object already matched the manifests.');
  }
  const service = rendered.service
    ? applied.find((a) => a.after.kind === 'Service' && a.after.metadata.name === rendered.service?.metadata.name)
        ?.after
    : undefined;
  const address = serviceAddress(service);
  if (address) record.service = address;

  const verdict = await verifyRelease(ctx, main.metadata.name, service ?? rendered.service);
  if (verdict.ok) {
    record.status = successStatus;
    record.deployedImage = image;
    record.revision = revisionOf(await client.get('apps/v1', 'Deployment', main.metadata.name, namespace));
    return;
  }
  if (!options.rollbackOnFailure) {
    record.status = 'failed';
    record.deployedImage = image;
    throw new DeployFailure(
      `${verdict.message} rollback-on-failure is false: the failed release was left in place.`,
      verdict.hint,
    );
  }
  const created = applied.filter((a) => a.change.action === 'created').map((a) => a.after);
  if (live) {
    // Compare with the applied object (server defaults filled in), not the bare manifest.
    const appliedMain =
      applied.find((a) => a.after.kind === 'Deployment' && a.after.metadata.name === main.metadata.name)?.after ?? main;
    const previous = await previousTemplate(client, live, appliedMain, container);
    if (!previous) {
      record.status = 'failed';
      throw new DeployFailure(
        `${verdict.message} No previous template differs from the failing one, so there is nothing to roll back to.`,
        verdict.hint,
      );
    }
    const rollback = await restoreDeployment(ctx, main, previous, container);
    const removed = await deleteObjects(client, created, logger);
    record.rollback = removed.length
      ? { ...rollback, removed, message: `${rollback.message}; removed what this run created: ${removed.join(', ')}` }
      : rollback;
    record.status = rollback.ok ? 'rolled-back' : 'failed';
    if (rollback.image) record.deployedImage = rollback.image;
    if (rollback.revision) record.revision = rollback.revision;
    throw new DeployFailure(
      `${verdict.message} ${rollback.ok ? 'Rolled back' : 'Tried to roll back'}: ${rollback.message}.`,
      verdict.hint,
    );
  }
  const removed = await deleteObjects(client, created, logger);
  record.rollback = {
    kind: 'removed-created',
    ok: true,
    removed,
    message: `there was no previous release: removed what this run created (${removed.join(', ') || 'nothing'})`,
  };
  record.status = 'rolled-back';
  record.deployedImage = '';
  throw new DeployFailure(
    `${verdict.message} There was no previous release, so this run removed what it created: ${removed.join(', ') || 'nothing'}.`,
    verdict.hint,
  );
}
