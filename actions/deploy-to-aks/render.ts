/**
 * Turns the inputs into the objects to apply: loaded (with the image
 * substituted) or generated manifests, the namespace filled in, lineage
 * annotations added, and every object validated against the OpenAPI schemas.
 */
import { stringify } from 'yaml';
import { UserError } from '../shared/errors.js';
import { validateObject } from '../shared/k8s-schema/validate.js';
import type { KubeObject } from '../shared/kube/types.js';
import type { Logger } from '../shared/platform/types.js';
import { isNamespaced, sortForApply } from './apply-order.js';
import { substituteImages, type Substitution } from './image-substitution.js';
import { addAnnotations } from './lineage.js';
import { generateManifests } from './manifest-generate.js';
import { lineOf, loadManifests, type LoadedManifest } from './manifest-load.js';
import type { DeployOptions } from './options.js';

export interface ValidationEntry {
  readonly object: string;
  readonly source: string;
  readonly validated: boolean;
  readonly issues: readonly string[];
}

export interface Rendered {
  readonly objects: KubeObject[];
  readonly substitutions: readonly Substitution[];
  readonly validation: readonly ValidationEntry[];
  /** The Deployment whose rollout is watched. */
  readonly main: KubeObject;
  /** The Service in front of it, used for the smoke test and blue-green switching. */
  readonly service?: KubeObject;
  readonly yaml: string;
}

function selectorMatches(
  selector: Record<string, string> | undefined,
  labels: Record<string, string> | undefined,
): boolean {
  const entries = Object.entries(selector ?? {});
  return entries.length > 0 && entries.every(([k, v]) => labels?.[k] === v);
}

export function templateLabels(deployment: KubeObject): Record<string, string> {
  return ((deployment.spec?.template as { metadata?: { labels?: Record<string, string> } } | undefined)?.metadata
    ?.labels ?? {}) as Record<string, string>;
}

export function findService(
  objects: readonly KubeObject[],
  main: KubeObject,
  appName?: string,
): KubeObject | undefined {
  const services = objects.filter(
    (o) =>
      o.kind === 'Service' &&
      selectorMatches((o.spec as { selector?: Record<string, string> })?.selector, templateLabels(main)),
  );
  return services.find((s) => s.metadata.name === (appName ?? main.metadata.name)) ?? services[0];
}

function pickMain(
  objects: readonly KubeObject[],
  substitutions: readonly Substitution[],
  appName: string | undefined,
): KubeObject {
  const deployments = objects.filter((o) => o.kind === 'Deployment');
  if (appName) {
    const named = deployments.find((d) => d.metadata.name === appName);
    if (named) return named;
    throw new UserError(
      `Input 'app-name': the manifests hold no Deployment named '${appName}' (found: ${deployments.map((d) => d.metadata.name).join(', ') || 'none'}).`,
    );
  }
  const substituted = deployments.filter((d) =>
    substitutions.some((s) => s.object === `Deployment/${d.metadata.name}`),
  );
  const candidates = substituted.length ? substituted : deployments;
  if (candidates.length === 1) return candidates[0]!;
  if (candidates.length === 0) {
    throw new UserError(
      'The manifests hold no Deployment: deploy-to-aks rolls out, watches and rolls back Deployments.',
      {
        hint: 'Add a Deployment, or leave `manifests` empty to generate one from app-name.',
      },
    );
  }
  throw new UserError(
    `The manifests hold several Deployments that take the image (${candidates.map((d) => d.metadata.name).join(', ')}): name the one to release in 'app-name'.`,
  );
}

/**
 * `image` undefined renders the manifests as they are, only to learn the
 * names of what a promote or reject works on.
 */
export async function renderManifests(
  options: DeployOptions,
  image: string | undefined,
  logger: Logger,
): Promise<Rendered> {
  let loaded: LoadedManifest[];
  let substitutions: Substitution[] = [];
  if (options.manifests.length > 0) {
    loaded = await loadManifests(options.manifests, options.workDir);
    if (image) substitutions = substituteImages(loaded, image, options.containers);
    for (const s of substitutions)
      logger.info(
        `image substitution: ${s.file}:${s.line} ${s.object} container '${s.container}': ${s.from} -> ${s.to}`,
      );
  } else if (options.generated) {
    loaded = generateManifests(options.generated, image ?? 'image-to-be-released', options.namespace).map((object) => ({
      object,
      file: '(generated)',
      line: 0,
      basePath: [],
    }));
  } else {
    throw new UserError(
      "Give either 'manifests' or 'app-name' (to generate a Deployment, Service and PodDisruptionBudget).",
    );
  }
  const objects = loaded.map((m) => m.object);
  for (const object of objects) {
    if (isNamespaced(object.kind)) object.metadata.namespace ??= options.namespace;
    else delete object.metadata.namespace;
  }
  if (
    options.createNamespace &&
    !objects.some((o) => o.kind === 'Namespace' && o.metadata.name === options.namespace)
  ) {
    const namespace: KubeObject = { apiVersion: 'v1', kind: 'Namespace', metadata: { name: options.namespace } };
    objects.unshift(namespace);
    loaded.unshift({ object: namespace, file: '(create-namespace)', line: 0, basePath: [] });
  }
  addAnnotations(objects, options.lineage, image, options.annotations);
  const lines: number[] = [];
  const validation = loaded.map((m): ValidationEntry => {
    const result = validateObject(m.object);
    // Point at the offending field's line when the manifest came from a file.
    const first = result.issues[0];
    const fieldPath = first
      ? first.path
          .split('/')
          .filter(Boolean)
          .map((p) => (/^\d+$/.test(p) ? Number(p) : p))
      : [];
    const line = first && m.line ? lineOf(m, fieldPath) : m.line;
    lines.push(line);
    return {
      object: `${m.object.kind}/${m.object.metadata.name}`,
      source: line ? `${m.file}:${line}` : m.file,
      validated: result.validated,
      issues: result.issues.map((i) => `${i.path}: ${i.message}`),
    };
  });
  const invalid = validation.filter((v) => v.issues.length > 0);
  if (invalid.length > 0) {
    const index = validation.indexOf(invalid[0]!);
    const first = loaded[index]!;
    throw new UserError(
      `${invalid.length} manifest(s) fail the Kubernetes OpenAPI schema:\n${invalid.map((v) => `  ${v.source} ${v.object}: ${v.issues.join('; ')}`).join('\n')}`,
      first.line ? { location: { file: first.file, line: lines[index] ?? first.line } } : {},
    );
  }
  for (const v of validation.filter((e) => !e.validated))
    logger.info(`${v.object}: no schema bundled for this kind; the API server validates it on apply`);
  const main = pickMain(objects, substitutions, options.appName ?? options.generated?.appName);
  const service = findService(objects, main, options.appName ?? options.generated?.appName);
  const sorted = sortForApply(objects);
  return { objects: sorted, substitutions, validation, main, ...(service ? { service } : {}), yaml: toYaml(sorted) };
}

export function toYaml(objects: readonly KubeObject[]): string {
  return objects.map((o) => stringify(o, { lineWidth: 0 })).join('---\n');
}
