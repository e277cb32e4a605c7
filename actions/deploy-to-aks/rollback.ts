/**
 * Restoring the previous release of a Deployment. The template comes from
 * the live object read before this run applied anything; when that is already
 * the failing template (a re-run after a failed release), from the newest
 * ReplicaSet in the revision history with a different template; and as a last
 * resort from the `ml-actions.io/previous-image` annotation recorded on the
 * Deployment by the run that released the current image.
 */
import type { KubeClient } from '../shared/kube/client.js';
import type { KubeObject } from '../shared/kube/types.js';
import type { StepContext } from './context.js';
import { imageOf, templateOf } from './context.js';
import { PREFIX } from './lineage.js';
import type { RollbackRecord } from './record.js';
import { revisionOf, waitForRollout } from './rollout-watch.js';

export const PREVIOUS_IMAGE = `${PREFIX}previous-image`;

function cleanTemplate(template: unknown): Record<string, unknown> {
  const copy = structuredClone(template ?? {}) as {
    metadata?: { labels?: Record<string, string>; creationTimestamp?: unknown };
  };
  if (copy.metadata?.labels) delete copy.metadata.labels['pod-template-hash'];
  if (copy.metadata) delete copy.metadata.creationTimestamp;
  return copy as Record<string, unknown>;
}

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

/** The template to go back to, and where it came from; undefined when there is none. */
export async function previousTemplate(
  client: KubeClient,
  live: KubeObject,
  failing: KubeObject,
  container: string,
): Promise<{ template: Record<string, unknown>; source: string } | undefined> {
  const failingTemplate = cleanTemplate(failing.spec?.template);
  const liveTemplate = cleanTemplate(live.spec?.template);
  if (!same(liveTemplate, failingTemplate))
    return { template: liveTemplate, source: `the template that ran before (revision ${revisionOf(live) || '?'})` };
  const { items } = await client.list('apps/v1', 'ReplicaSet', live.metadata.namespace);
  const history = items
    .filter((rs) => rs.metadata.ownerReferences?.some((o) => o.uid === live.metadata.uid))
    .sort((a, b) => Number(revisionOf(b) || 0) - Number(revisionOf(a) || 0));
  for (const rs of history) {
    const template = cleanTemplate(rs.spec?.template);
    if (!same(template, failingTemplate))
      return {
        template,
        source: `revision ${revisionOf(rs)} from the revision history (ReplicaSet ${rs.metadata.name})`,
      };
  }
  const recorded = live.metadata.annotations?.[PREVIOUS_IMAGE];
  if (recorded && recorded !== imageOf(failing, container)) {
    const template = structuredClone(failingTemplate) as {
      spec?: { containers?: { name?: string; image?: string }[] };
    };
    const target = template.spec?.containers?.find((c) => c.name === container) ?? template.spec?.containers?.[0];
    if (target) target.image = recorded;
    return { template: template as Record<string, unknown>, source: `the image recorded in ${PREVIOUS_IMAGE}` };
  }
  return undefined;
}

/** Applies the manifest with the previous template and waits until it is available again. */
export async function restoreDeployment(
  ctx: StepContext,
  manifest: KubeObject,
  previous: { template: Record<string, unknown>; source: string },
  container: string,
): Promise<RollbackRecord> {
  const { client, logger, options } = ctx;
  const restored = structuredClone(manifest);
  restored.spec = { ...restored.spec, template: previous.template };
  const image = imageOf(restored, container);
  logger.warning(`rolling back ${manifest.metadata.name} to ${image ?? 'the previous template'} (${previous.source})`);
  await client.apply(restored);
  const outcome = await waitForRollout(
    client,
    {
      namespace: manifest.metadata.namespace ?? options.namespace,
      name: manifest.metadata.name,
      timeoutMs: options.timeoutMs,
    },
    logger,
  );
  const revision = outcome.revision;
  return {
    kind: 'previous-template',
    ok: outcome.ok,
    ...(image ? { image } : {}),
    ...(revision ? { revision } : {}),
    message: outcome.ok
      ? `restored ${image ?? 'the previous template'} from ${previous.source}; available again as revision ${revision}`
      : `restored ${image ?? 'the previous template'} from ${previous.source}, but it did not become available: ${outcome.message}`,
  };
}

export { templateOf };
