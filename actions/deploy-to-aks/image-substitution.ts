/**
 * Puts the released image into the manifests. A container is replaced when
 * its name is listed in `container`, or — without that input — when its
 * image has the same registry and repository as the released one (tag and
 * digest may differ). Every substitution is listed, and none at all is an
 * error that names the images it did see (the confusion of k8s-deploy #286).
 */
import { UserError } from '../shared/errors.js';
import type { KubeObject } from '../shared/kube/types.js';
import { repositoryOf } from './image-ref.js';
import { lineOf, type LoadedManifest } from './manifest-load.js';

export interface Substitution {
  readonly file: string;
  readonly line: number;
  readonly object: string;
  readonly container: string;
  readonly from: string;
  readonly to: string;
}

/** Where the pod template of each workload kind keeps its spec. */
export function podSpecPath(kind: string): string[] | undefined {
  switch (kind) {
    case 'Deployment':
    case 'StatefulSet':
    case 'DaemonSet':
    case 'ReplicaSet':
    case 'Job':
      return ['spec', 'template', 'spec'];
    case 'CronJob':
      return ['spec', 'jobTemplate', 'spec', 'template', 'spec'];
    case 'Pod':
      return ['spec'];
    default:
      return undefined;
  }
}

function getPath(object: unknown, fieldPath: readonly string[]): unknown {
  let current = object;
  for (const part of fieldPath)
    current = typeof current === 'object' && current !== null ? (current as Record<string, unknown>)[part] : undefined;
  return current;
}

interface ContainerLike {
  name?: string;
  image?: string;
}

export function containersOf(
  object: KubeObject,
): { list: 'containers' | 'initContainers'; index: number; container: ContainerLike }[] {
  const specPath = podSpecPath(object.kind);
  if (!specPath) return [];
  const podSpec = getPath(object, specPath) as Record<string, unknown> | undefined;
  return (['initContainers', 'containers'] as const).flatMap((list) => {
    const items = podSpec?.[list];
    return Array.isArray(items) ? items.map((container: ContainerLike, index) => ({ list, index, container })) : [];
  });
}

export function substituteImages(
  manifests: LoadedManifest[],
  image: string,
  containerNames: readonly string[],
): Substitution[] {
  const wanted = repositoryOf(image);
  const substitutions: Substitution[] = [];
  const seen: string[] = [];
  for (const manifest of manifests) {
    const specPath = podSpecPath(manifest.object.kind) ?? [];
    for (const { list, index, container } of containersOf(manifest.object)) {
      const current = container.image ?? '';
      seen.push(
        `${manifest.object.kind}/${manifest.object.metadata.name} container '${container.name ?? '?'}' image '${current}'`,
      );
      const match =
        containerNames.length > 0
          ? containerNames.includes(container.name ?? '')
          : current !== '' && repositoryOf(current) === wanted;
      if (!match) continue;
      container.image = image;
      substitutions.push({
        file: manifest.file,
        line: lineOf(manifest, [...specPath, list, index, 'image']),
        object: `${manifest.object.kind}/${manifest.object.metadata.name}`,
        container: container.name ?? '',
        from: current,
        to: image,
      });
    }
  }
  if (substitutions.length === 0) {
    const how =
      containerNames.length > 0
        ? `no container is named ${containerNames.map((n) => `'${n}'`).join(', ')}`
        : `no container image has the repository '${wanted}'`;
    throw new UserError(
      `Image substitution matched nothing: ${how}. Containers seen: ${seen.length ? seen.join('; ') : 'none (no workload in the manifests)'}.`,
      {
        hint: "Use the same registry and repository in the manifests as in 'image' (tag and digest may differ), or name the containers to update in the 'container' input.",
        ...(manifests[0] ? { location: { file: manifests[0].file, line: manifests[0].line } } : {}),
      },
    );
  }
  return substitutions;
}
