import type { DockerClient, RegistryAuth } from '../shared/docker/docker-client.js';
import { DockerRegistryError, DockerUnavailableError } from '../shared/docker/docker-errors.js';
import { UserError } from '../shared/errors.js';
import type { Logger } from '../shared/platform/types.js';
import type { ImageRepository } from './image-reference.js';
import type { RegistryClient } from './registry-client.js';

export interface PushRequest {
  readonly image: ImageRepository;
  /** Tags already on the local image, pushed in this order. */
  readonly tags: readonly string[];
  readonly auth?: RegistryAuth;
  readonly attempts: number;
  readonly backoffMs: number;
}

/**
 * Pushes every tag through the engine with the given credentials. Transient
 * failures (5xx, connection reset or refused, timeouts) are retried with
 * exponential backoff; anything else, or the last attempt, is an honest
 * failure naming the registry and its status. All tags must yield the same
 * digest, and the registry must report that digest for each tag.
 */
export async function pushImage(
  docker: DockerClient,
  registry: RegistryClient | undefined,
  request: PushRequest,
  logger: Logger,
  timings: { push?: number; tag?: number; verify?: number } = {},
): Promise<{ digest: string; size: number | undefined; attempts: number }> {
  const [first, ...others] = request.tags;
  if (first === undefined) throw new Error('pushImage called without tags');
  let mark = performance.now();
  const lap = (): number => {
    const now = performance.now();
    const seconds = Math.round(now - mark) / 1000;
    mark = now;
    return seconds;
  };
  const pushed = await pushTag(docker, request, first, logger);
  timings.push = lap();
  let attempts = pushed.attempts;
  // Layers go up once, with the first tag; the other tags are manifest puts through the registry API,
  // which skips the engine's per-layer round trips. Without the API, the engine pushes each tag.
  const added = registry ? await addTags(registry, request, first, others, pushed.digest, logger) : false;
  if (!added) {
    for (const tag of others) {
      const result = await pushTag(docker, request, tag, logger);
      attempts += result.attempts;
      if (result.digest !== pushed.digest) {
        throw new Error(
          `Pushing ${request.image.name}:${tag} gave digest ${result.digest}, ${first} gave ${pushed.digest}`,
        );
      }
    }
  }
  timings.tag = lap();
  const digest = pushed.digest;
  const size = pushed.size;
  if (registry) await verifyDigest(registry, request, digest, logger);
  timings.verify = lap();
  return { digest, size, attempts };
}

async function pushTag(
  docker: DockerClient,
  request: PushRequest,
  tag: string,
  logger: Logger,
): Promise<{ digest: string; size: number | undefined; attempts: number }> {
  const seen = new Set<string>();
  const result = await withRetries(
    () =>
      docker.push(request.image.name, tag, request.auth, (line) => {
        // Per-layer progress repeats; show each layer's final states once.
        if (/Pushed|already exists|Mounted from|digest:/.test(line) && !seen.has(line)) {
          seen.add(line);
          logger.info(line);
        }
      }),
    request,
    tag,
    logger,
  );
  return { ...result.value, attempts: result.attempts };
}

async function withRetries<T>(
  call: () => Promise<T>,
  request: PushRequest,
  tag: string,
  logger: Logger,
): Promise<{ value: T; attempts: number }> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return { value: await call(), attempts: attempt };
    } catch (error) {
      if (error instanceof DockerUnavailableError) {
        throw new UserError(error.message, { hint: "Check 'docker-host' and that the Docker Engine is running." });
      }
      if (!(error instanceof DockerRegistryError)) throw error;
      const where = `registry ${request.image.registry}${error.status ? ` (HTTP ${error.status})` : ''}`;
      if (!error.transient || attempt >= request.attempts) {
        throw new UserError(
          `Push of ${request.image.name}:${tag} to ${where} failed${attempt > 1 ? ` after ${attempt} attempts` : ''}: ${error.message.replace(/^Pushing \S+ failed: /, '')}`,
          { hint: pushHint(error) },
        );
      }
      const wait = request.backoffMs * 2 ** (attempt - 1);
      logger.warning(
        `Push of ${request.image.name}:${tag} to ${where} failed (attempt ${attempt} of ${request.attempts}), retrying in ${wait} ms: ${error.message}`,
      );
      await new Promise((resolve) => setTimeout(resolve, wait));
    }
  }
}

/** Puts the first tag's manifest under the other tags; false when the registry API cannot, so the engine pushes them. */
async function addTags(
  registry: RegistryClient,
  request: PushRequest,
  first: string,
  tags: readonly string[],
  digest: string,
  logger: Logger,
): Promise<boolean> {
  if (tags.length === 0) return true;
  try {
    const manifest = await registry.getManifest(request.image.path, first);
    if (!manifest || manifest.digest !== digest) return false;
    for (const tag of tags) {
      await registry.putManifest(request.image.path, tag, manifest);
      logger.info(`${tag}: tagged ${digest} through the registry API`);
    }
    return true;
  } catch (error) {
    logger.info(`Registry API tagging unavailable (${(error as Error).message}); pushing each tag through the engine.`);
    return false;
  }
}

function pushHint(error: DockerRegistryError): string {
  if (error.status === 401 || error.status === 403) {
    return "Check 'username' and 'password' (or 'acr-name' after azure/login) and that the identity may push to this repository.";
  }
  if (error.transient)
    return 'The registry was unreachable or failing; check that it is up and reachable from the Docker Engine.';
  return 'See the registry message above.';
}

/** Asks the registry which digest each pushed tag points at; a mismatch fails the step. */
async function verifyDigest(
  registry: RegistryClient,
  request: PushRequest,
  digest: string,
  logger: Logger,
): Promise<void> {
  for (const tag of request.tags) {
    let remote: string | undefined;
    try {
      remote = await registry.manifestDigest(request.image.path, tag);
    } catch (error) {
      logger.warning(
        `Could not verify the digest of ${request.image.name}:${tag} through the registry API: ${(error as Error).message}`,
      );
      return;
    }
    if (remote !== digest) {
      throw new UserError(
        `Registry ${request.image.registry} reports ${remote ?? 'no manifest'} for ${request.image.name}:${tag}, but the push returned ${digest}.`,
        { hint: 'Another job may have pushed the same tag at the same time; re-run the job.' },
      );
    }
  }
  logger.info(`Verified: the registry holds ${digest} under ${request.tags.length} tag(s).`);
}
