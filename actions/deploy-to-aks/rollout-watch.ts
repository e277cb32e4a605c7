/**
 * Waits for a Deployment rollout by watching it and its pods (never by
 * sleeping), with the rules of `kubectl rollout status`: the controller has
 * observed the new generation, every replica is updated, old replicas are
 * gone, and the updated ones are available. A `ProgressDeadlineExceeded`
 * condition ends the wait at once, and so does a new pod that cannot start at
 * all (image pull failures, crash loops, bad configuration); unschedulable or
 * unready pods are given until the deadline, since a cluster autoscaler or a
 * slow model load may still fix them.
 */
import { follow } from '../shared/kube/follow.js';
import type { KubeClient } from '../shared/kube/client.js';
import type { KubeObject } from '../shared/kube/types.js';
import type { Logger } from '../shared/platform/types.js';

export interface RolloutProgress {
  readonly desired: number;
  readonly updated: number;
  readonly ready: number;
  readonly available: number;
  readonly total: number;
}

export type RolloutOutcome =
  | { readonly ok: true; readonly revision: string; readonly progress: RolloutProgress; readonly durationMs: number }
  | {
      readonly ok: false;
      readonly reason: 'ProgressDeadlineExceeded' | 'Timeout' | 'PodFailure' | 'NotFound';
      readonly message: string;
      readonly revision: string;
      readonly progress: RolloutProgress;
      readonly durationMs: number;
    };

/** Waiting reasons no amount of waiting fixes without a new release. */
export const FATAL_WAITING = new Set([
  'ImagePullBackOff',
  'ErrImagePull',
  'InvalidImageName',
  'CrashLoopBackOff',
  'CreateContainerConfigError',
  'ErrImageNeverPull',
]);

interface DeploymentShape {
  metadata: { generation?: number; annotations?: Record<string, string> };
  spec?: {
    replicas?: number;
    selector?: { matchLabels?: Record<string, string> };
    template?: { spec?: { containers?: { image?: string }[] } };
  };
  status?: {
    observedGeneration?: number;
    replicas?: number;
    updatedReplicas?: number;
    readyReplicas?: number;
    availableReplicas?: number;
    conditions?: { type: string; status: string; reason?: string; message?: string }[];
  };
}

export function progressOf(deployment: KubeObject): RolloutProgress {
  const d = deployment as unknown as DeploymentShape;
  return {
    desired: d.spec?.replicas ?? 1,
    updated: d.status?.updatedReplicas ?? 0,
    ready: d.status?.readyReplicas ?? 0,
    available: d.status?.availableReplicas ?? 0,
    total: d.status?.replicas ?? 0,
  };
}

export function revisionOf(deployment: KubeObject | undefined): string {
  return deployment?.metadata.annotations?.['deployment.kubernetes.io/revision'] ?? '';
}

/** The verdict `kubectl rollout status` would give for one observation of the Deployment. */
export function rolloutState(deployment: KubeObject): { done: boolean; failed?: string; waiting: string } {
  const d = deployment as unknown as DeploymentShape;
  const p = progressOf(deployment);
  if ((d.status?.observedGeneration ?? 0) < (d.metadata.generation ?? 0))
    return { done: false, waiting: 'the controller has not observed the new spec yet' };
  const progressing = d.status?.conditions?.find((c) => c.type === 'Progressing');
  if (progressing?.reason === 'ProgressDeadlineExceeded')
    return { done: false, failed: progressing.message ?? 'progress deadline exceeded', waiting: '' };
  if (p.updated < p.desired) return { done: false, waiting: `${p.updated} of ${p.desired} replicas updated` };
  if (p.total > p.updated) return { done: false, waiting: `${p.total - p.updated} old replicas pending termination` };
  if (p.available < p.updated)
    return { done: false, waiting: `${p.available} of ${p.updated} updated replicas available` };
  return { done: true, waiting: '' };
}

interface PodShape {
  metadata: { name: string; deletionTimestamp?: string };
  spec?: { containers?: { image?: string }[] };
  status?: { containerStatuses?: { name: string; state?: { waiting?: { reason?: string; message?: string } } }[] };
}

function imagesOf(containers: { image?: string }[] | undefined): string {
  return (containers ?? []).map((c) => c.image ?? '').join(',');
}

/** A reason a pod of the current template can never start, or undefined. */
export function fatalPodReason(pod: KubeObject): string | undefined {
  const p = pod as unknown as PodShape;
  for (const status of p.status?.containerStatuses ?? []) {
    const reason = status.state?.waiting?.reason;
    if (reason && FATAL_WAITING.has(reason)) return `pod ${p.metadata.name}: container '${status.name}' is ${reason}`;
  }
  return undefined;
}

export async function waitForRollout(
  client: KubeClient,
  target: { namespace: string; name: string; timeoutMs: number },
  logger: Logger,
): Promise<RolloutOutcome> {
  const started = Date.now();
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), target.timeoutMs);
  let latest = await client.get('apps/v1', 'Deployment', target.name, target.namespace);
  const empty: RolloutProgress = { desired: 0, updated: 0, ready: 0, available: 0, total: 0 };
  if (!latest) {
    clearTimeout(timer);
    return {
      ok: false,
      reason: 'NotFound',
      message: `Deployment ${target.namespace}/${target.name} does not exist`,
      revision: '',
      progress: empty,
      durationMs: 0,
    };
  }
  const shape = latest as unknown as DeploymentShape;
  const templateImages = imagesOf(shape.spec?.template?.spec?.containers);
  const selector = Object.entries(shape.spec?.selector?.matchLabels ?? {})
    .map(([k, v]) => `${k}=${v}`)
    .join(',');
  let verdict: RolloutOutcome | undefined;
  let lastLine = '';
  type Verdict =
    { ok: true } | { ok: false; reason: 'ProgressDeadlineExceeded' | 'PodFailure' | 'NotFound'; message: string };
  const finish = (outcome: Verdict): boolean => {
    verdict ??= {
      ...outcome,
      progress: progressOf(latest!),
      revision: revisionOf(latest),
      durationMs: Date.now() - started,
    } as RolloutOutcome;
    controller.abort();
    return true;
  };
  const onDeployment = (type: string, object: KubeObject): boolean => {
    if (type === 'DELETED')
      return finish({
        ok: false,
        reason: 'NotFound',
        message: `Deployment ${target.name} was deleted during the rollout`,
      });
    latest = object;
    const state = rolloutState(object);
    const p = progressOf(object);
    const line = `${target.name}: ${p.updated}/${p.desired} updated, ${p.ready} ready, ${p.available} available${state.waiting ? ` (${state.waiting})` : ''}`;
    if (line !== lastLine) logger.info(line);
    lastLine = line;
    if (state.failed) return finish({ ok: false, reason: 'ProgressDeadlineExceeded', message: state.failed });
    return state.done ? finish({ ok: true }) : false;
  };
  const onPod = (type: string, pod: KubeObject): boolean => {
    if (type === 'DELETED') return false;
    const p = pod as unknown as PodShape;
    if (p.metadata.deletionTimestamp || imagesOf(p.spec?.containers) !== templateImages) return false;
    const fatal = fatalPodReason(pod);
    return fatal ? finish({ ok: false, reason: 'PodFailure', message: fatal }) : false;
  };
  try {
    await Promise.race([
      follow(
        client,
        { apiVersion: 'apps/v1', kind: 'Deployment', namespace: target.namespace },
        { fieldSelector: `metadata.name=${target.name}` },
        onDeployment,
        controller.signal,
      ),
      follow(
        client,
        { apiVersion: 'v1', kind: 'Pod', namespace: target.namespace },
        selector ? { labelSelector: selector } : {},
        onPod,
        controller.signal,
      ),
    ]);
  } finally {
    clearTimeout(timer);
    controller.abort();
  }
  return (
    verdict ?? {
      ok: false,
      reason: 'Timeout',
      message: `the rollout did not finish within ${Math.round(target.timeoutMs / 1000)} s (${rolloutState(latest).waiting || 'still progressing'})`,
      revision: revisionOf(latest),
      progress: progressOf(latest),
      durationMs: Date.now() - started,
    }
  );
}
