/**
 * Dry run: the objects the chosen strategy would apply, rendered and
 * validated, then — when a cluster is reachable — sent as a server-side
 * dry-run apply (admission and the API server's strict field validation run,
 * nothing is stored), and diffed against what runs. Without a cluster the diff
 * is against nothing.
 */
import type { KubeClient } from '../shared/kube/client.js';
import type { KubeObject } from '../shared/kube/types.js';
import type { Logger } from '../shared/platform/types.js';
import { COLOR_LABEL, colourPlan } from './blue-green.js';
import { canaryObjects } from './canary.js';
import { objectDiff } from './diff.js';
import type { DeployOptions } from './options.js';
import type { Change } from './record.js';
import type { Rendered } from './render.js';

async function plannedObjects(
  client: KubeClient | undefined,
  options: DeployOptions,
  rendered: Rendered,
): Promise<KubeObject[]> {
  const namespace = rendered.main.metadata.namespace ?? options.namespace;
  if (options.strategy === 'canary') {
    const live = await client?.get('apps/v1', 'Deployment', rendered.main.metadata.name, namespace);
    if (!live) return rendered.objects;
    const { deployment, service } = canaryObjects(
      rendered,
      (live.spec as { replicas?: number }).replicas ?? 1,
      options.canaryPercentage,
      options.canaryReplicas,
    );
    return service ? [service, deployment] : [deployment];
  }
  if (options.strategy === 'blue-green') {
    const liveService = rendered.service
      ? await client?.get('v1', 'Service', rendered.service.metadata.name, namespace)
      : undefined;
    const active = (liveService?.spec as { selector?: Record<string, string> } | undefined)?.selector?.[COLOR_LABEL] as
      'blue' | 'green' | undefined;
    const plan = colourPlan(rendered, active === 'blue' ? 'green' : 'blue', active);
    return [...plan.supporting, plan.preview, plan.deployment, plan.main];
  }
  return rendered.objects;
}

export async function dryRun(
  client: KubeClient | undefined,
  options: DeployOptions,
  rendered: Rendered,
  logger: Logger,
): Promise<{ diff: string; changes: Change[] }> {
  const objects = await plannedObjects(client, options, rendered);
  const diffs: string[] = [];
  const changes: Change[] = [];
  for (const object of objects) {
    const live = client
      ? await client.get(object.apiVersion, object.kind, object.metadata.name, object.metadata.namespace)
      : undefined;
    // The server's answer includes its defaults; diff it against the live object so only real changes show.
    const desired = client ? await client.apply(object, { dryRun: true }) : object;
    const diff = objectDiff(live, client ? desired : object);
    const action = !live ? 'would create' : diff ? 'would configure' : 'unchanged';
    changes.push({
      kind: object.kind,
      name: object.metadata.name,
      ...(object.metadata.namespace ? { namespace: object.metadata.namespace } : {}),
      action,
    });
    if (diff) diffs.push(diff);
  }
  const diff = diffs.join('\n');
  await logger.group(
    client ? 'diff against the cluster (server-side dry run)' : 'diff against nothing (no cluster configured)',
    async () => {
      for (const line of (diff || 'no changes').split('\n')) logger.info(line);
    },
  );
  return { diff, changes };
}
