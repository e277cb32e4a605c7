import { UserError } from '../shared/errors.js';
import type { KubeClient } from '../shared/kube/client.js';
import type { KubeObject } from '../shared/kube/types.js';
import type { Logger } from '../shared/platform/types.js';
import type { DeployOptions } from './options.js';
import type { DeployRecord } from './record.js';
import type { Rendered } from './render.js';

/** What every strategy step works with. */
export interface StepContext {
  readonly client: KubeClient;
  readonly options: DeployOptions;
  readonly logger: Logger;
  readonly record: DeployRecord;
  /** Renders the manifests for an image and writes the rendered YAML into the report folder. */
  readonly render: (image: string) => Promise<Rendered>;
}

/** A release that failed on the cluster: the step fails with the cause (and the hint from the diagnosis). */
export class DeployFailure extends UserError {
  constructor(message: string, hint?: string) {
    super(message, hint ? { hint } : {});
    this.name = 'DeployFailure';
  }
}

interface PodTemplate {
  metadata?: { labels?: Record<string, string>; annotations?: Record<string, string> };
  spec?: { containers?: { name?: string; image?: string }[] };
}

export function templateOf(deployment: KubeObject | undefined): PodTemplate | undefined {
  return deployment?.spec?.template as PodTemplate | undefined;
}

/** The container that carries the model: the one that was substituted, else the first. */
export function primaryContainer(rendered: Rendered): string {
  const fromSubstitution = rendered.substitutions.find(
    (s) => s.object === `Deployment/${rendered.main.metadata.name}`,
  )?.container;
  return fromSubstitution ?? templateOf(rendered.main)?.spec?.containers?.[0]?.name ?? '';
}

export function imageOf(deployment: KubeObject | undefined, container: string): string | undefined {
  const containers = templateOf(deployment)?.spec?.containers ?? [];
  return (containers.find((c) => c.name === container) ?? containers[0])?.image;
}

export function serviceAddress(service: KubeObject | undefined): { name: string; address?: string } | undefined {
  if (!service) return undefined;
  const spec = service.spec as { clusterIP?: string; ports?: { port?: number }[] } | undefined;
  const port = spec?.ports?.[0]?.port;
  const address =
    spec?.clusterIP && spec.clusterIP !== 'None' ? `${spec.clusterIP}${port ? `:${port}` : ''}` : undefined;
  return {
    name: `${service.metadata.namespace ?? 'default'}/${service.metadata.name}`,
    ...(address ? { address } : {}),
  };
}

export function servicePort(service: KubeObject): string | number {
  const ports = (service.spec as { ports?: { port?: number; name?: string }[] } | undefined)?.ports ?? [];
  return ports[0]?.port ?? 80;
}

/** A copy of a Deployment under another name whose pods carry an extra label (canary track, blue-green colour). */
export function deriveDeployment(
  main: KubeObject,
  name: string,
  label: Record<string, string>,
  replicas?: number,
): KubeObject {
  const copy = structuredClone(main);
  copy.metadata.name = name;
  copy.metadata.labels = { ...(copy.metadata.labels ?? {}), ...label };
  const spec = copy.spec as {
    replicas?: number;
    selector?: { matchLabels?: Record<string, string> };
    template?: PodTemplate;
  };
  spec.selector = { ...spec.selector, matchLabels: { ...(spec.selector?.matchLabels ?? {}), ...label } };
  spec.template = {
    ...spec.template,
    metadata: { ...spec.template?.metadata, labels: { ...(spec.template?.metadata?.labels ?? {}), ...label } },
  };
  if (replicas !== undefined) spec.replicas = replicas;
  return copy;
}

/** A copy of a Service under another name selecting only pods with the extra label. */
export function deriveService(service: KubeObject, name: string, label: Record<string, string>): KubeObject {
  const copy = structuredClone(service);
  copy.metadata.name = name;
  const spec = copy.spec as { selector?: Record<string, string>; clusterIP?: string; clusterIPs?: string[] };
  spec.selector = { ...(spec.selector ?? {}), ...label };
  delete spec.clusterIP;
  delete spec.clusterIPs;
  return copy;
}
