/**
 * Manifests for a model server when the user brings none: a Deployment with
 * requests, limits and HTTP probes, a Service, a PodDisruptionBudget and,
 * when asked, a HorizontalPodAutoscaler (autoscaling/v2).
 */
import type { KubeObject } from '../shared/kube/types.js';
import type { GeneratedSpec } from './options.js';

export const NAME_LABEL = 'app.kubernetes.io/name';
export const TRACK_LABEL = 'ml-actions.io/track';

export function generateManifests(spec: GeneratedSpec, image: string, namespace: string): KubeObject[] {
  const labels = { [NAME_LABEL]: spec.appName, 'app.kubernetes.io/managed-by': 'ml-actions' };
  const selector = { [NAME_LABEL]: spec.appName, [TRACK_LABEL]: 'stable' };
  const probe = (initialDelaySeconds: number, periodSeconds: number): Record<string, unknown> => ({
    httpGet: { path: spec.healthPath, port: 'http' },
    initialDelaySeconds,
    periodSeconds,
    timeoutSeconds: 2,
    failureThreshold: 3,
  });
  const limits = {
    ...(spec.cpuLimit ? { cpu: spec.cpuLimit } : {}),
    ...(spec.memoryLimit ? { memory: spec.memoryLimit } : {}),
  };
  const deployment: KubeObject = {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name: spec.appName, namespace, labels },
    spec: {
      // With an HPA, leaving replicas unset lets the autoscaler own the count across re-applies.
      ...(spec.autoscale ? {} : { replicas: spec.replicas }),
      revisionHistoryLimit: 10,
      selector: { matchLabels: selector },
      strategy: { type: 'RollingUpdate', rollingUpdate: { maxSurge: 1, maxUnavailable: 0 } },
      template: {
        metadata: { labels: { ...labels, ...selector } },
        spec: {
          containers: [
            {
              name: spec.appName,
              image,
              ports: [{ name: 'http', containerPort: spec.port, protocol: 'TCP' }],
              ...(spec.env.length ? { env: spec.env.map((e) => ({ name: e.name, value: e.value })) } : {}),
              resources: {
                requests: { cpu: spec.cpuRequest, memory: spec.memoryRequest },
                ...(Object.keys(limits).length ? { limits } : {}),
              },
              ...(spec.healthPath ? { readinessProbe: probe(5, 5), livenessProbe: probe(15, 10) } : {}),
            },
          ],
        },
      },
    },
  };
  const service: KubeObject = {
    apiVersion: 'v1',
    kind: 'Service',
    metadata: { name: spec.appName, namespace, labels },
    spec: {
      type: 'ClusterIP',
      selector: { [NAME_LABEL]: spec.appName },
      ports: [{ name: 'http', port: spec.servicePort, targetPort: 'http', protocol: 'TCP' }],
    },
  };
  const objects = [service, deployment];
  if (spec.pdbMinAvailable !== undefined) {
    objects.push({
      apiVersion: 'policy/v1',
      kind: 'PodDisruptionBudget',
      metadata: { name: spec.appName, namespace, labels },
      spec: { minAvailable: spec.pdbMinAvailable, selector: { matchLabels: { [NAME_LABEL]: spec.appName } } },
    });
  }
  if (spec.autoscale) {
    objects.push({
      apiVersion: 'autoscaling/v2',
      kind: 'HorizontalPodAutoscaler',
      metadata: { name: spec.appName, namespace, labels },
      spec: {
        scaleTargetRef: { apiVersion: 'apps/v1', kind: 'Deployment', name: spec.appName },
        minReplicas: spec.autoscale.min,
        maxReplicas: spec.autoscale.max,
        metrics: [
          {
            type: 'Resource',
            resource: { name: 'cpu', target: { type: 'Utilization', averageUtilization: spec.autoscale.cpu } },
          },
        ],
      },
    });
  }
  return objects;
}
