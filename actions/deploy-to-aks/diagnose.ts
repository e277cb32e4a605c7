/**
 * Names why a rollout failed, from the pods of the newest ReplicaSet, their
 * status and their events: an image that cannot be pulled, a crash loop (with
 * the last log lines), a pod no node can take, a failing readiness probe.
 */
import type { KubeClient } from '../shared/kube/client.js';
import type { KubeObject } from '../shared/kube/types.js';

export interface PodDiagnosis {
  readonly pod: string;
  readonly cause: 'ImagePullBackOff' | 'CrashLoopBackOff' | 'Unschedulable' | 'ReadinessProbe' | 'Pending' | 'Other';
  readonly message: string;
  readonly logs?: readonly string[];
}

export interface Diagnosis {
  /** One line for the failure message. */
  readonly summary: string;
  readonly hint?: string;
  readonly pods: readonly PodDiagnosis[];
}

interface PodShape {
  metadata: { name: string };
  status?: {
    phase?: string;
    conditions?: { type: string; status: string; reason?: string; message?: string }[];
    containerStatuses?: {
      name: string;
      ready?: boolean;
      restartCount?: number;
      state?: { waiting?: { reason?: string; message?: string }; running?: unknown };
      lastState?: { terminated?: { exitCode?: number; reason?: string } };
    }[];
  };
}

const HINTS: Readonly<Record<PodDiagnosis['cause'], string>> = {
  ImagePullBackOff:
    'Check the image name and digest, and that the cluster may pull from the registry (az aks update --attach-acr <registry>, or imagePullSecrets).',
  CrashLoopBackOff:
    'The container starts and exits: read the log lines above (a missing model file or dependency is common), and try the image locally with docker run.',
  Unschedulable:
    'No node can take the pod: lower cpu-request/memory-request, or add capacity to the node pool (or enable the cluster autoscaler).',
  ReadinessProbe:
    "The pods run but never pass the readiness probe: check health-path and port, and that the model loads within the probe's delays.",
  Pending:
    'The pods are still pending: the cluster may be short of capacity or still pulling a large image; a longer timeout may help.',
  Other: 'Inspect the pods with kubectl describe pod and kubectl logs.',
};

async function eventsFor(
  client: KubeClient,
  namespace: string,
  pod: string,
): Promise<{ reason: string; message: string }[]> {
  const { items } = await client.list('v1', 'Event', namespace, { fieldSelector: `involvedObject.name=${pod}` });
  return items.map((e) => ({ reason: String(e.reason ?? ''), message: String(e.message ?? '') }));
}

async function lastLogLines(client: KubeClient, namespace: string, pod: string, container: string): Promise<string[]> {
  for (const previous of [true, false]) {
    try {
      const text = await client.podLogs(namespace, pod, { container, tailLines: 20, previous });
      const lines = text.split('\n').filter((l) => l.trim() !== '');
      if (lines.length) return lines;
    } catch {
      // No previous container yet, or logs not available: try the current one.
    }
  }
  return [];
}

export async function diagnosePod(client: KubeClient, namespace: string, pod: KubeObject): Promise<PodDiagnosis> {
  const p = pod as unknown as PodShape;
  const name = p.metadata.name;
  const events = await eventsFor(client, namespace, name);
  const scheduled = p.status?.conditions?.find((c) => c.type === 'PodScheduled');
  if (scheduled?.status === 'False' && scheduled.reason === 'Unschedulable') {
    return {
      pod: name,
      cause: 'Unschedulable',
      message: scheduled.message ?? events.find((e) => e.reason === 'FailedScheduling')?.message ?? 'unschedulable',
    };
  }
  for (const status of p.status?.containerStatuses ?? []) {
    const reason = status.state?.waiting?.reason ?? '';
    if (['ImagePullBackOff', 'ErrImagePull', 'InvalidImageName', 'ErrImageNeverPull'].includes(reason)) {
      const pull = events.find((e) => e.reason === 'Failed' || e.reason === 'ErrImagePull');
      return {
        pod: name,
        cause: 'ImagePullBackOff',
        message: `${reason}: ${pull?.message ?? status.state?.waiting?.message ?? 'the image cannot be pulled'}`,
      };
    }
    if (reason === 'CrashLoopBackOff') {
      const exit = status.lastState?.terminated?.exitCode;
      const logs = await lastLogLines(client, namespace, name, status.name);
      return {
        pod: name,
        cause: 'CrashLoopBackOff',
        message: `container '${status.name}' keeps crashing (CrashLoopBackOff${exit === undefined ? '' : `, exit code ${exit}`}, ${status.restartCount ?? 0} restarts)`,
        logs,
      };
    }
  }
  const unhealthy = events.find((e) => e.reason === 'Unhealthy' && /readiness/i.test(e.message));
  if (unhealthy) return { pod: name, cause: 'ReadinessProbe', message: unhealthy.message };
  const running = p.status?.phase === 'Running';
  if (running && (p.status?.containerStatuses ?? []).some((c) => !c.ready)) {
    return { pod: name, cause: 'ReadinessProbe', message: 'containers are running but not ready' };
  }
  if (p.status?.phase === 'Pending')
    return { pod: name, cause: 'Pending', message: events.at(-1)?.message ?? 'pending' };
  return { pod: name, cause: 'Other', message: events.at(-1)?.message ?? `phase ${p.status?.phase ?? 'unknown'}` };
}

/** Diagnoses the unready pods of the Deployment's newest ReplicaSet (three at most). */
export async function diagnoseRollout(
  client: KubeClient,
  namespace: string,
  deploymentName: string,
): Promise<Diagnosis> {
  const deployment = await client.get('apps/v1', 'Deployment', deploymentName, namespace);
  if (!deployment) return { summary: `Deployment ${deploymentName} does not exist`, pods: [] };
  const uid = deployment.metadata.uid;
  const { items: sets } = await client.list('apps/v1', 'ReplicaSet', namespace);
  const owned = sets.filter((rs) => rs.metadata.ownerReferences?.some((o) => o.uid === uid));
  const revision = (rs: KubeObject): number =>
    Number(rs.metadata.annotations?.['deployment.kubernetes.io/revision'] ?? 0);
  const newest = owned.sort((a, b) => revision(b) - revision(a))[0];
  const hash = newest?.metadata.labels?.['pod-template-hash'];
  if (!newest || !hash) return { summary: 'no ReplicaSet was created for the new template', pods: [] };
  const { items: pods } = await client.list('v1', 'Pod', namespace, { labelSelector: `pod-template-hash=${hash}` });
  const unready = pods.filter(
    (pod) =>
      !((pod as unknown as PodShape).status?.conditions ?? []).some((c) => c.type === 'Ready' && c.status === 'True'),
  );
  const diagnoses = await Promise.all(unready.slice(0, 3).map((pod) => diagnosePod(client, namespace, pod)));
  const first = diagnoses[0];
  if (!first)
    return {
      summary: pods.length
        ? 'all new pods are ready; the rollout was still replacing old pods'
        : 'no pod of the new ReplicaSet exists yet',
      pods: [],
    };
  const logs = first.logs?.length ? `; last log lines:\n${first.logs.map((l) => `    ${l}`).join('\n')}` : '';
  return {
    summary: `${first.cause} — pod ${first.pod}: ${first.message}${logs}`,
    hint: HINTS[first.cause],
    pods: diagnoses,
  };
}
