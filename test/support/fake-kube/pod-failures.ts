/** How pods of an image with an injected failure look to the API: the status and events a kubelet or scheduler would write. */
import type { FailureMode } from './controller.js';
import type { Json, JsonObject } from './object-merge.js';
import type { KubeObj } from './store.js';

export interface PodState {
  readonly createdAt: number;
  restarts: number;
}

function str(value: Json | undefined): string {
  return typeof value === 'string' ? value : '';
}

function now(): string {
  return new Date().toISOString().replace(/\.\d+Z$/, 'Z');
}

export function failedPodStatus(
  pod: KubeObj,
  failure: FailureMode,
  containers: JsonObject[],
  state: PodState,
  cond: (type: string, ok: boolean, extra?: JsonObject) => JsonObject,
  containerStatus: (c: JsonObject, st: JsonObject, ready: boolean) => JsonObject,
  record: { event(pod: KubeObj, reason: string, message: string): void; logs(pod: string, lines: string[]): void },
): JsonObject {
  const image = str(containers[0]?.image);
  switch (failure.mode) {
    case 'ImagePullBackOff':
      record.event(
        pod,
        'Failed',
        `Failed to pull image "${image}": rpc error: code = NotFound desc = failed to pull and unpack image "${image}": not found`,
      );
      return {
        phase: 'Pending',
        conditions: [cond('PodScheduled', true), cond('Ready', false)],
        containerStatuses: containers.map((c) =>
          containerStatus(
            c,
            { waiting: { reason: 'ImagePullBackOff', message: `Back-off pulling image "${str(c.image)}"` } },
            false,
          ),
        ),
      };
    case 'CrashLoopBackOff':
      state.restarts = Math.max(1, state.restarts);
      record.logs(str(pod.metadata.name), [...failure.logs]);
      record.event(pod, 'BackOff', 'Back-off restarting failed container');
      return {
        phase: 'Running',
        conditions: [cond('PodScheduled', true), cond('Ready', false)],
        containerStatuses: containers.map((c) =>
          containerStatus(
            c,
            {
              waiting: {
                reason: 'CrashLoopBackOff',
                message: `back-off 10s restarting failed container=${str(c.name)}`,
              },
            },
            false,
          ),
        ),
      };
    case 'Unschedulable': {
      const message =
        failure.message ??
        '0/3 nodes are available: 3 Insufficient cpu. preemption: 0/3 nodes are available: 3 No preemption victims found for incoming pod.';
      record.event(pod, 'FailedScheduling', message);
      return { phase: 'Pending', conditions: [cond('PodScheduled', false, { reason: 'Unschedulable', message })] };
    }
    case 'Readiness':
      record.event(
        pod,
        'Unhealthy',
        failure.message ?? 'Readiness probe failed: HTTP probe failed with statuscode: 503',
      );
      return {
        phase: 'Running',
        conditions: [cond('PodScheduled', true), cond('ContainersReady', false), cond('Ready', false)],
        containerStatuses: containers.map((c) => containerStatus(c, { running: { startedAt: now() } }, false)),
      };
    case 'Stall':
      return {
        phase: 'Pending',
        conditions: [cond('PodScheduled', true)],
        containerStatuses: containers.map((c) =>
          containerStatus(c, { waiting: { reason: 'ContainerCreating' } }, false),
        ),
      };
  }
}
