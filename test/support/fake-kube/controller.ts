/**
 * A simulated deployment controller, kubelet and scheduler: Deployments get
 * ReplicaSets (one per pod template, with revision annotations, reused on
 * rollback), ReplicaSets get pods, pods become ready over time unless a
 * failure mode was injected for their image, and Deployment status follows
 * (observedGeneration, replica counts, Available/Progressing conditions,
 * ProgressDeadlineExceeded).
 */
import { createHash } from 'node:crypto';
import { isObject, type Json, type JsonObject } from './object-merge.js';
import { failedPodStatus, type PodState } from './pod-failures.js';
import { byKind } from './resources.js';
import type { KubeObj, Store } from './store.js';

export type FailureMode =
  | { readonly mode: 'ImagePullBackOff' }
  | { readonly mode: 'CrashLoopBackOff'; readonly logs: readonly string[]; readonly exitCode?: number }
  | { readonly mode: 'Unschedulable'; readonly message?: string }
  | { readonly mode: 'Readiness'; readonly message?: string }
  | { readonly mode: 'Stall' };

export interface ControllerOptions {
  /** How often the controller loop runs. */
  readonly tickMs: number;
  /** How long a healthy pod takes to become ready. */
  readonly readyAfterMs: number;
  /** Milliseconds of fake time per second of progressDeadlineSeconds (keeps tests fast). */
  readonly msPerDeadlineSecond: number;
}

const DEPLOYMENT = byKind('apps/v1', 'Deployment')!;
const REPLICA_SET = byKind('apps/v1', 'ReplicaSet')!;
const POD = byKind('v1', 'Pod')!;
const EVENT = byKind('v1', 'Event')!;
const REVISION = 'deployment.kubernetes.io/revision';

function str(value: Json | undefined): string {
  return typeof value === 'string' ? value : '';
}
function obj(value: Json | undefined): JsonObject {
  return isObject(value) ? value : {};
}
function now(): string {
  return new Date().toISOString().replace(/\.\d+Z$/, 'Z');
}
function ownedBy(o: KubeObj, uid: string): boolean {
  const refs = Array.isArray(o.metadata.ownerReferences) ? o.metadata.ownerReferences : [];
  return refs.some((r) => isObject(r) && r.uid === uid);
}
function ownerRef(owner: KubeObj): JsonObject {
  return {
    apiVersion: str(owner.apiVersion),
    kind: str(owner.kind),
    name: str(owner.metadata.name),
    uid: str(owner.metadata.uid),
    controller: true,
    blockOwnerDeletion: true,
  };
}
function images(template: JsonObject): string[] {
  const containers = obj(template.spec).containers;
  return (Array.isArray(containers) ? containers : []).map((c) => str(obj(c).image));
}

export class DeploymentController {
  private readonly failures: { match: string | RegExp; failure: FailureMode }[] = [];
  private readonly pods = new Map<string, PodState>();
  private readonly progressSince = new Map<string, { hash: string; at: number }>();
  /** The template hash whose rollout exceeded its deadline; the condition sticks until that template completes or changes. */
  private readonly exceeded = new Map<string, string>();
  private readonly logs = new Map<string, string[]>();
  private timer: NodeJS.Timeout | undefined;
  private podCounter = 0;

  constructor(
    private readonly store: Store,
    private readonly options: ControllerOptions,
  ) {}

  start(): void {
    this.timer = setInterval(() => this.tick(), this.options.tickMs);
    this.timer.unref();
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
  }

  /** Pods of images matching `match` fail in the given way. */
  failImage(match: string | RegExp, failure: FailureMode): void {
    this.failures.push({ match, failure });
  }

  clearFailures(): void {
    this.failures.length = 0;
  }

  podLogs(name: string): string[] | undefined {
    return this.logs.get(name);
  }

  private failureFor(template: JsonObject): FailureMode | undefined {
    for (const image of images(template)) {
      const hit = this.failures.find((f) =>
        typeof f.match === 'string' ? image === f.match || image.includes(f.match) : f.match.test(image),
      );
      if (hit) return hit.failure;
    }
    return undefined;
  }

  tick(): void {
    for (const deployment of this.store.list(DEPLOYMENT)) {
      try {
        this.reconcile(deployment);
      } catch {
        // The object changed under us (deleted mid-tick); the next tick sees the new state.
      }
    }
  }

  private reconcile(deployment: KubeObj): void {
    const ns = str(deployment.metadata.namespace);
    const uid = str(deployment.metadata.uid);
    const spec = obj(deployment.spec);
    const template = obj(spec.template);
    const hash = createHash('sha256').update(JSON.stringify(template)).digest('hex').slice(0, 10);
    const desired = typeof spec.replicas === 'number' ? spec.replicas : 1;
    const owned = this.store.list(REPLICA_SET, ns).filter((rs) => ownedBy(rs, uid));
    const maxRevision = Math.max(0, ...owned.map((rs) => Number(obj(rs.metadata.annotations)[REVISION] ?? 0)));
    let current = owned.find((rs) => obj(rs.metadata.labels)['pod-template-hash'] === hash);
    if (!current || Number(obj(current.metadata.annotations)[REVISION]) !== maxRevision) {
      const revision = String(current ? maxRevision + 1 : maxRevision + 1);
      const labels = { ...obj(obj(template.metadata).labels), 'pod-template-hash': hash };
      const rs: KubeObj = current ?? {
        apiVersion: 'apps/v1',
        kind: 'ReplicaSet',
        metadata: {
          name: `${str(deployment.metadata.name)}-${hash}`,
          namespace: ns,
          labels,
          ownerReferences: [ownerRef(deployment)],
        },
        spec: {
          replicas: 0,
          selector: { matchLabels: { ...obj(obj(spec.selector).matchLabels), 'pod-template-hash': hash } },
          template: { ...template, metadata: { ...obj(template.metadata), labels } },
        },
      };
      rs.metadata.annotations = { ...obj(rs.metadata.annotations), [REVISION]: revision };
      current = this.store.write(REPLICA_SET, rs).object;
      deployment.metadata.annotations = { ...obj(deployment.metadata.annotations), [REVISION]: revision };
      deployment = this.store.write(DEPLOYMENT, deployment).object;
      this.progressSince.set(uid, { hash, at: Date.now() });
    }
    if (this.progressSince.get(uid)?.hash !== hash) this.progressSince.set(uid, { hash, at: Date.now() });
    const old = owned.filter((rs) => rs.metadata.name !== current!.metadata.name);

    // Surge the new ReplicaSet one pod per tick; shrink the old ones as new pods become available.
    const newCount = Number(obj(current.spec).replicas ?? 0);
    const newReady = this.readyPods(current).length;
    if (newCount !== desired) this.scale(current, newCount < desired ? newCount + 1 : desired);
    let oldAllowed = Math.max(0, desired - newReady);
    for (const rs of old) {
      const count = Number(obj(rs.spec).replicas ?? 0);
      const target = Math.min(count, oldAllowed);
      oldAllowed -= target;
      if (target !== count) this.scale(rs, Math.max(target, count - 1));
    }
    for (const rs of this.store.list(REPLICA_SET, ns).filter((r) => ownedBy(r, uid))) this.reconcilePods(rs);
    this.updateStatus(deployment, current, desired, hash);
  }

  private scale(rs: KubeObj, replicas: number): void {
    rs.spec = { ...obj(rs.spec), replicas };
    this.store.write(REPLICA_SET, rs);
  }

  private podsOf(rs: KubeObj): KubeObj[] {
    return this.store.list(POD, str(rs.metadata.namespace)).filter((p) => ownedBy(p, str(rs.metadata.uid)));
  }

  private readyPods(rs: KubeObj): KubeObj[] {
    return this.podsOf(rs).filter((p) =>
      (Array.isArray(obj(p.status).conditions) ? (obj(p.status).conditions as Json[]) : []).some(
        (c) => obj(c).type === 'Ready' && obj(c).status === 'True',
      ),
    );
  }

  private reconcilePods(rs: KubeObj): void {
    const ns = str(rs.metadata.namespace);
    const want = Number(obj(rs.spec).replicas ?? 0);
    const pods = this.podsOf(rs);
    for (let i = pods.length; i < want; i += 1) {
      const template = obj(obj(rs.spec).template);
      this.podCounter += 1;
      const name = `${str(rs.metadata.name)}-${this.podCounter.toString(36).padStart(5, 'x')}`;
      const pod: KubeObj = {
        apiVersion: 'v1',
        kind: 'Pod',
        metadata: { ...obj(template.metadata), name, namespace: ns, ownerReferences: [ownerRef(rs)] },
        spec: { ...obj(template.spec), nodeName: '' },
        status: { phase: 'Pending' },
      };
      pods.push(this.store.write(POD, pod).object);
      this.pods.set(name, { createdAt: Date.now(), restarts: 0 });
    }
    pods.sort((a, b) => str(b.metadata.name).localeCompare(str(a.metadata.name)));
    while (pods.length > want) {
      const pod = pods.shift()!;
      this.store.delete(POD, ns, str(pod.metadata.name));
      this.pods.delete(str(pod.metadata.name));
    }
    for (const pod of pods) this.updatePod(pod, obj(obj(rs.spec).template));
    const ready = this.readyPods(rs).length;
    const status = {
      replicas: pods.length,
      fullyLabeledReplicas: pods.length,
      readyReplicas: ready,
      availableReplicas: ready,
      observedGeneration: Number(rs.metadata.generation ?? 1),
    };
    if (JSON.stringify(rs.status ?? null) !== JSON.stringify(status))
      this.store.writeStatus(REPLICA_SET, ns, str(rs.metadata.name), status);
  }

  private updatePod(pod: KubeObj, template: JsonObject): void {
    const name = str(pod.metadata.name);
    const state = this.pods.get(name) ?? { createdAt: Date.now(), restarts: 0 };
    this.pods.set(name, state);
    const age = Date.now() - state.createdAt;
    const failure = this.failureFor(template);
    const containers = (Array.isArray(obj(pod.spec).containers) ? (obj(pod.spec).containers as Json[]) : []).map(obj);
    const started = age >= this.options.readyAfterMs / 2;
    const cond = (type: string, ok: boolean, extra: JsonObject = {}): JsonObject => ({
      type,
      status: ok ? 'True' : 'False',
      ...extra,
    });
    const containerStatus = (c: JsonObject, st: JsonObject, ready: boolean): JsonObject => ({
      name: str(c.name),
      image: str(c.image),
      ready,
      started: ready,
      restartCount: state.restarts,
      state: st,
      ...(failure?.mode === 'CrashLoopBackOff' && state.restarts > 0
        ? { lastState: { terminated: { exitCode: failure.exitCode ?? 1, reason: 'Error' } } }
        : {}),
    });
    let status: JsonObject;
    if (!started) {
      status = {
        phase: 'Pending',
        conditions: [cond('PodScheduled', true)],
        containerStatuses: containers.map((c) =>
          containerStatus(c, { waiting: { reason: 'ContainerCreating' } }, false),
        ),
      };
    } else if (!failure) {
      const ready = age >= this.options.readyAfterMs;
      status = {
        phase: 'Running',
        podIP: `10.244.0.${(this.podCounter % 250) + 2}`,
        conditions: [
          cond('PodScheduled', true),
          cond('Initialized', true),
          cond('ContainersReady', ready),
          cond('Ready', ready),
        ],
        containerStatuses: containers.map((c) =>
          containerStatus(c, ready ? { running: { startedAt: now() } } : { running: {} }, ready),
        ),
      };
    } else {
      status = failedPodStatus(pod, failure, containers, state, cond, containerStatus, {
        event: (p, reason, message) => this.event(p, reason, message),
        logs: (name, lines) => this.logs.set(name, lines),
      });
    }
    if (JSON.stringify(pod.status ?? null) !== JSON.stringify(status))
      this.store.writeStatus(POD, str(pod.metadata.namespace), name, status);
  }

  /** Records a Warning event for a pod once (later occurrences bump its count). */
  private event(pod: KubeObj, reason: string, message: string): void {
    const ns = str(pod.metadata.namespace);
    const name = `${str(pod.metadata.name)}.${reason.toLowerCase()}`;
    const existing = this.store.get(EVENT, ns, name);
    if (existing) return;
    this.store.write(EVENT, {
      apiVersion: 'v1',
      kind: 'Event',
      metadata: { name, namespace: ns },
      involvedObject: { kind: 'Pod', name: str(pod.metadata.name), namespace: ns, uid: str(pod.metadata.uid) },
      reason,
      message,
      type: 'Warning',
      count: 1,
      firstTimestamp: now(),
      lastTimestamp: now(),
      source: { component: reason === 'FailedScheduling' ? 'default-scheduler' : 'kubelet' },
    });
  }

  private updateStatus(deployment: KubeObj, current: KubeObj, desired: number, hash: string): void {
    const ns = str(deployment.metadata.namespace);
    const uid = str(deployment.metadata.uid);
    const all = this.store.list(REPLICA_SET, ns).filter((rs) => ownedBy(rs, uid));
    const latest = all.find((rs) => rs.metadata.name === current.metadata.name) ?? current;
    const podsOf = (rs: KubeObj): number => Number(obj(rs.status).replicas ?? 0);
    const readyOf = (rs: KubeObj): number => Number(obj(rs.status).readyReplicas ?? 0);
    const replicas = all.reduce((n, rs) => n + podsOf(rs), 0);
    const ready = all.reduce((n, rs) => n + readyOf(rs), 0);
    const updated = podsOf(latest);
    const complete = updated === desired && readyOf(latest) === desired && replicas === desired;
    const deadlineSeconds = Number(obj(deployment.spec).progressDeadlineSeconds ?? 600);
    const since = this.progressSince.get(uid)?.at ?? Date.now();
    if (!complete && Date.now() - since > deadlineSeconds * this.options.msPerDeadlineSecond)
      this.exceeded.set(uid, hash);
    if (complete) this.exceeded.delete(uid);
    const expired = !complete && this.exceeded.get(uid) === hash;
    const rsName = str(latest.metadata.name);
    const progressing = complete
      ? {
          type: 'Progressing',
          status: 'True',
          reason: 'NewReplicaSetAvailable',
          message: `ReplicaSet "${rsName}" has successfully progressed.`,
        }
      : expired
        ? {
            type: 'Progressing',
            status: 'False',
            reason: 'ProgressDeadlineExceeded',
            message: `ReplicaSet "${rsName}" has timed out progressing.`,
          }
        : {
            type: 'Progressing',
            status: 'True',
            reason: 'ReplicaSetUpdated',
            message: `ReplicaSet "${rsName}" is progressing.`,
          };
    const available = ready >= Math.max(0, desired - Math.floor(desired / 4));
    const status: JsonObject = {
      observedGeneration: Number(deployment.metadata.generation ?? 1),
      replicas,
      updatedReplicas: updated,
      readyReplicas: ready,
      availableReplicas: ready,
      ...(replicas - ready > 0 ? { unavailableReplicas: replicas - ready } : {}),
      conditions: [
        {
          type: 'Available',
          status: available ? 'True' : 'False',
          reason: available ? 'MinimumReplicasAvailable' : 'MinimumReplicasUnavailable',
          message: available
            ? 'Deployment has minimum availability.'
            : 'Deployment does not have minimum availability.',
        },
        progressing,
      ],
    };
    if (JSON.stringify(deployment.status ?? null) !== JSON.stringify(status))
      this.store.writeStatus(DEPLOYMENT, ns, str(deployment.metadata.name), status);
  }
}
