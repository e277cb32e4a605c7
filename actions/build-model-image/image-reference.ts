import { UserError } from '../shared/errors.js';

export interface ImageRepository {
  /** Registry host (with port), e.g. `myacr.azurecr.io`, `127.0.0.1:5000`, `docker.io`. */
  readonly registry: string;
  /** Repository path inside the registry, e.g. `churn-model` or `library/python`. */
  readonly path: string;
  /** The repository as given (what the engine tags and pushes), e.g. `myacr.azurecr.io/churn-model`. */
  readonly name: string;
}

const TAG = /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/;
const PATH_COMPONENT = /^[a-z0-9]+(?:(?:\.|_|__|-+)[a-z0-9]+)*$/;

/**
 * Splits an image repository the way the docker CLI does: the first
 * component is a registry when it has a dot or a port or is `localhost`;
 * otherwise the image lives on Docker Hub.
 */
export function parseRepository(value: string, input = 'image'): ImageRepository {
  const name = value.trim();
  const parts = name.split('/');
  const last = parts[parts.length - 1] ?? '';
  if (name.includes('@') || last.includes(':')) {
    throw new UserError(
      `Input '${input}' must be a repository without a tag or digest, got ${JSON.stringify(value)}.`,
      {
        hint: "Give tags in the 'tags' input, e.g. image: myacr.azurecr.io/churn-model and tags: v1.",
      },
    );
  }
  const first = parts[0] ?? '';
  const hasRegistry = parts.length > 1 && (first.includes('.') || first.includes(':') || first === 'localhost');
  const registry = hasRegistry ? first : 'docker.io';
  let repoPath = hasRegistry ? parts.slice(1).join('/') : name;
  if (!hasRegistry && parts.length === 1) repoPath = `library/${name}`;
  if (repoPath === '' || !repoPath.split('/').every((part) => PATH_COMPONENT.test(part))) {
    throw new UserError(`Input '${input}' is not a valid image repository: ${JSON.stringify(value)}.`, {
      hint: 'Use lowercase letters, digits and separators (. _ -), e.g. myacr.azurecr.io/team/churn-model.',
    });
  }
  return { registry, path: repoPath, name };
}

/** Throws a UserError naming the bad tag. */
export function checkTag(tag: string): string {
  if (!TAG.test(tag)) {
    throw new UserError(`Tag ${JSON.stringify(tag)} is not a valid image tag.`, {
      hint: 'A tag has up to 128 letters, digits, underscores, dots and dashes, and does not start with a dot or dash.',
    });
  }
  return tag;
}

/** Turns any text (a branch, a version) into a valid tag: invalid characters become dashes. */
export function sanitizeTag(value: string): string {
  const cleaned = value.replace(/[^A-Za-z0-9_.-]/g, '-').replace(/^[.-]+/, '');
  return cleaned.slice(0, 128);
}

/** True for hosts dockerd talks to over plain HTTP by default (loopback). */
export function isLoopbackRegistry(registry: string): boolean {
  const host = registry.replace(/:\d+$/, '').replace(/^\[|\]$/g, '');
  return host === 'localhost' || host === '::1' || /^127\.\d+\.\d+\.\d+$/.test(host);
}
