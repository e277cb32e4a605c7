import type { DockerClient } from '../shared/docker/docker-client.js';
import type { Logger } from '../shared/platform/types.js';
import type { ImageRepository } from './image-reference.js';
import type { RegistryClient, StoredManifest } from './registry-client.js';

export interface ReusedImage {
  readonly digest: string | undefined;
  readonly imageId: string | undefined;
  readonly labels: Record<string, string>;
  readonly size: number | undefined;
  readonly layers: number | undefined;
  /** Where the reused image came from: `registry` (manifest re-tagged) or `local` (engine image re-tagged). */
  readonly source: 'registry' | 'local';
}

/**
 * When the registry already holds the content-hash tag, puts the same
 * manifest bytes under each new tag (registry API v2, no pull, no build) and
 * returns its digest and labels; undefined when the tag is not there.
 */
export async function reuseFromRegistry(
  registry: RegistryClient,
  image: ImageRepository,
  contentTag: string,
  tags: readonly string[],
  logger: Logger,
): Promise<ReusedImage | undefined> {
  const manifest = await registry.getManifest(image.path, contentTag);
  if (!manifest) return undefined;
  logger.info(`${image.name}:${contentTag} already exists (${manifest.digest}): adding tags without building.`);
  for (const tag of tags) {
    const current = await registry.manifestDigest(image.path, tag).catch(() => undefined);
    if (current === manifest.digest) {
      logger.info(`  ${tag}: already points at it`);
      continue;
    }
    const digest = await registry.putManifest(image.path, tag, manifest);
    if (digest !== manifest.digest) {
      throw new Error(
        `Registry ${image.registry} stored ${image.name}:${tag} as ${digest}, expected ${manifest.digest}`,
      );
    }
    logger.info(`  ${tag}: tagged`);
  }
  const details = await configDetails(registry, image, manifest);
  return {
    digest: manifest.digest,
    imageId: details.imageId,
    labels: details.labels,
    size: details.size,
    layers: details.layers,
    source: 'registry',
  };
}

/** Without a push, the engine's own image store plays the registry's part. */
export async function reuseFromEngine(
  docker: DockerClient,
  image: ImageRepository,
  contentTag: string,
  tags: readonly string[],
  logger: Logger,
): Promise<ReusedImage | undefined> {
  const existing = await docker.inspectImage(`${image.name}:${contentTag}`);
  if (!existing) return undefined;
  logger.info(
    `${image.name}:${contentTag} already exists in the engine (${existing.Id}): adding tags without building.`,
  );
  for (const tag of tags) await docker.tag(existing.Id, image.name, tag);
  return {
    digest: undefined,
    imageId: existing.Id,
    labels: existing.Config.Labels ?? {},
    size: existing.Size,
    layers: existing.RootFS.Layers?.length,
    source: 'local',
  };
}

interface ManifestJson {
  config?: { digest?: string };
  layers?: { size?: number }[];
  manifests?: unknown[];
}

/** Labels, image id and size from a single-platform manifest's config blob; lists give what they can. */
async function configDetails(
  registry: RegistryClient,
  image: ImageRepository,
  manifest: StoredManifest,
): Promise<{
  labels: Record<string, string>;
  imageId: string | undefined;
  size: number | undefined;
  layers: number | undefined;
}> {
  const parsed = JSON.parse(manifest.bytes.toString('utf8')) as ManifestJson;
  if (!parsed.config?.digest || !parsed.layers)
    return { labels: {}, imageId: undefined, size: undefined, layers: undefined };
  const size = parsed.layers.reduce((sum, layer) => sum + (layer.size ?? 0), 0);
  try {
    const config = (await registry.getBlobJson(image.path, parsed.config.digest)) as {
      config?: { Labels?: Record<string, string> };
    };
    return { labels: config.config?.Labels ?? {}, imageId: parsed.config.digest, size, layers: parsed.layers.length };
  } catch {
    return { labels: {}, imageId: parsed.config.digest, size, layers: parsed.layers.length };
  }
}
