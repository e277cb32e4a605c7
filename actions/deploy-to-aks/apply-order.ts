/**
 * The order objects are applied in: what others refer to first (namespaces,
 * accounts, configuration, services), then workloads, then what targets
 * workloads (autoscalers, disruption budgets, ingresses). Deletion runs in
 * the reverse order.
 */
import type { KubeObject } from '../shared/kube/types.js';

const RANK: Readonly<Record<string, number>> = {
  Namespace: 0,
  ResourceQuota: 1,
  LimitRange: 1,
  ServiceAccount: 2,
  Secret: 3,
  ConfigMap: 3,
  PersistentVolumeClaim: 4,
  Role: 5,
  RoleBinding: 5,
  Service: 6,
  Deployment: 7,
  StatefulSet: 7,
  DaemonSet: 7,
  Job: 8,
  CronJob: 8,
  HorizontalPodAutoscaler: 9,
  PodDisruptionBudget: 9,
  NetworkPolicy: 10,
  Ingress: 10,
};

export function sortForApply(items: readonly KubeObject[]): KubeObject[] {
  // A stable sort keeps the user's order within a rank.
  return [...items].sort((a, b) => (RANK[a.kind] ?? 11) - (RANK[b.kind] ?? 11));
}

export function isNamespaced(kind: string): boolean {
  return ![
    'Namespace',
    'ClusterRole',
    'ClusterRoleBinding',
    'CustomResourceDefinition',
    'PersistentVolume',
    'StorageClass',
    'PriorityClass',
  ].includes(kind);
}
