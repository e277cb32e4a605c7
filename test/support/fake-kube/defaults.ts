import { isObject, type Json, type JsonObject } from './object-merge.js';
import type { KubeObj } from './store.js';

let nextIp = 10;

/** Server-side defaulting for the kinds the fake serves, as the real API server fills these fields. */
export function applyDefaults(kind: string, object: KubeObj, previous?: KubeObj): void {
  const spec = isObject(object.spec) ? object.spec : undefined;
  if (kind === 'Deployment' && spec) {
    spec.replicas ??= 1;
    spec.revisionHistoryLimit ??= 10;
    spec.progressDeadlineSeconds ??= 600;
    spec.strategy ??= { type: 'RollingUpdate', rollingUpdate: { maxSurge: '25%', maxUnavailable: '25%' } };
  }
  if (kind === 'Service' && spec) {
    spec.type ??= 'ClusterIP';
    const previousIp = isObject(previous?.spec) ? previous.spec.clusterIP : undefined;
    spec.clusterIP ??= previousIp ?? `10.0.${Math.floor(nextIp / 250)}.${(nextIp++ % 250) + 1}`;
    spec.clusterIPs ??= [spec.clusterIP];
    spec.sessionAffinity ??= 'None';
    for (const port of Array.isArray(spec.ports) ? spec.ports : []) {
      if (!isObject(port)) continue;
      port.protocol ??= 'TCP';
      port.targetPort ??= port.port ?? null;
    }
  }
  if (kind === 'Namespace') object.status = { phase: 'Active' };
  const template = spec && isObject(spec.template) ? spec.template : undefined;
  const podSpec = template && isObject(template.spec) ? (template.spec as JsonObject) : undefined;
  for (const container of podSpec && Array.isArray(podSpec.containers) ? (podSpec.containers as Json[]) : []) {
    if (!isObject(container)) continue;
    container.terminationMessagePath ??= '/dev/termination-log';
    container.imagePullPolicy ??= String(container.image ?? '').endsWith(':latest') ? 'Always' : 'IfNotPresent';
  }
  if (podSpec) podSpec.restartPolicy ??= 'Always';
}
