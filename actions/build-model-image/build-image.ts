import { createHash } from 'node:crypto';
import path from 'node:path';
import type { DockerClient, RegistryAuth } from '../shared/docker/docker-client.js';
import { DockerBuildError, DockerUnavailableError } from '../shared/docker/docker-errors.js';
import { UserError } from '../shared/errors.js';
import type { Logger } from '../shared/platform/types.js';
import { contentHash, pathSha256 } from './content-hash.js';
import { contextTar } from './context-tar.js';
import { generatedFile, withFiles } from './context-files.js';
import { displayPath, labelInstruction, lineageLabels } from './labels.js';
import type { BuildModelImageOptions } from './options.js';
import { prepareContext } from './prepare-context.js';
import { pushImage } from './push-image.js';
import { RegistryApiError, RegistryClient } from './registry-client.js';
import { reuseFromEngine, reuseFromRegistry } from './reuse.js';
import { findSecretLeaks, secretLookingBuildArgs } from './secret-checks.js';

/**
 * What the run learned so far. The glue passes an empty record in and writes
 * the report from it whether the run succeeds or fails part-way.
 */
export interface BuildRecord {
  image?: string;
  digest?: string;
  imageId?: string;
  tags: string[];
  contentHash?: string;
  contentTag?: string;
  labels: Record<string, string>;
  built?: boolean;
  reusedFrom?: 'registry' | 'local';
  pushed: boolean;
  pushAttempts?: number;
  sizeBytes?: number;
  layers?: number;
  buildSeconds?: number;
  steps?: number;
  cachedSteps?: number;
  contextFiles?: number;
  contextBytes?: number;
  dockerfile?: string;
  template?: string;
  baseImage?: string;
  unpinnedRequirements: string[];
  model?: { path: string; sha256: string; bytes: number };
  data: { path: string; sha256: string; bytes: number }[];
  metrics: Record<string, number>;
  warnings: string[];
  failedStep?: string;
  failedStepOutput?: string[];
  /** Where the run's time went, in seconds, phase by phase (the report and the benchmark show it). */
  timings: Timings;
}

export interface Timings {
  /** Listing the context and generating a template's files. */
  prepare?: number;
  /** The content hash over every context file. */
  hash?: number;
  /** Model and data file hashes for the lineage labels. */
  lineage?: number;
  /** Looking for the content-hash tag (registry API or engine). */
  reuseCheck?: number;
  /** From the build request until the engine had read the whole context tar. */
  contextSend?: number;
  /** The whole engine build, context sending included. */
  build?: number;
  /** Each Dockerfile step, from its `Step n/m` line to the next (a step's commit included). */
  steps?: { step: string; seconds: number; cached: boolean }[];
  /** Pushing the layers and the first tag through the engine (compression and upload, as the engine does both). */
  push?: number;
  /** Adding the other tags through the registry API (or the engine). */
  tag?: number;
  /** Asking the registry which digest each tag holds. */
  verify?: number;
}

export function emptyRecord(): BuildRecord {
  return {
    tags: [],
    labels: {},
    pushed: false,
    unpinnedRequirements: [],
    data: [],
    metrics: {},
    warnings: [],
    timings: {},
  };
}

export interface BuildDependencies {
  readonly docker: DockerClient;
  readonly logger: Logger;
  readonly now?: () => Date;
}

/**
 * Builds, labels, tags and pushes the model image, or reuses an identical
 * one found by content hash. Fills `record` as it goes.
 */
export async function buildModelImage(
  options: BuildModelImageOptions,
  deps: BuildDependencies,
  record: BuildRecord,
): Promise<BuildRecord> {
  const { docker, logger } = deps;
  const warn = (message: string): void => {
    record.warnings.push(message);
    logger.warning(message);
  };
  record.metrics = { ...options.metrics };
  record.template = options.template;

  const timings = record.timings;
  let mark = performance.now();
  /** Seconds since the previous lap (or since `from`). */
  const lap = (from?: number): number => {
    const now = performance.now();
    const seconds = (now - (from ?? mark)) / 1000;
    mark = now;
    return Math.round(seconds * 1000) / 1000;
  };
  const prepared = await prepareContext(options);
  timings.prepare = lap();
  record.dockerfile = prepared.dockerfile;
  record.contextFiles = prepared.files.length;
  record.contextBytes = prepared.bytes;
  if (prepared.generated) {
    record.baseImage = prepared.generated.baseImage;
    record.unpinnedRequirements = prepared.generated.unpinned;
    prepared.generated.warnings.forEach(warn);
  }
  for (const name of secretLookingBuildArgs(options.buildArgs)) {
    warn(
      `Build arg '${name}' looks like a secret. Build args are stored in the image history for anyone who pulls it; use a BuildKit secret mount (RUN --mount=type=secret) or fetch the secret at run time instead.`,
    );
  }

  const hash = await contentHash({
    files: prepared.files,
    dockerfile: prepared.dockerfile,
    buildArgs: options.buildArgs,
    target: options.target,
    platform: options.platform,
  });
  timings.hash = lap();
  record.contentHash = hash.hash;
  record.contentTag = hash.tag;
  logger.info(
    `Content hash ${hash.hash} (${prepared.files.length} files, ${formatBytes(prepared.bytes)}) → tag ${hash.tag}`,
  );

  await recordLineage(options, record, hash.sourceHashes);
  timings.lineage = lap();
  const labels = lineageLabels(
    {
      ci: options.ci,
      created: (deps.now ?? (() => new Date()))(),
      title: options.image.path.split('/').pop() ?? options.image.path,
      version: options.modelVersion,
      licenses: options.licenses,
      description: options.description,
      model: record.model,
      data: record.data,
      dataSha256: combinedDataHash(record.data),
      metrics: options.metrics,
      contentHash: hash.hash,
      template: options.template,
    },
    options.labels,
  );
  record.labels = labels;
  const tags = [...options.tags];
  record.tags = tags;
  const allTags = [hash.tag, ...tags.filter((tag) => tag !== hash.tag)];

  await ping(docker);
  const auth = registryAuth(options);
  const registry = options.push ? new RegistryClient(options.image.registry, options.credentials ?? {}) : undefined;

  if (options.skipIfExists) {
    lap();
    const reused = await findReusable(options, registry, docker, hash.tag, allTags, logger);
    timings.reuseCheck = lap();
    if (reused) {
      record.built = false;
      record.reusedFrom = reused.source;
      record.digest = reused.digest;
      record.imageId = reused.imageId;
      record.labels = Object.keys(reused.labels).length > 0 ? reused.labels : labels;
      record.sizeBytes = reused.size;
      record.layers = reused.layers;
      record.pushed = reused.source === 'registry';
      record.image = reused.digest
        ? `${options.image.name}@${reused.digest}`
        : `${options.image.name}:${tags[0] ?? hash.tag}`;
      return record;
    }
    logger.info(`No image with ${hash.tag} yet: building.`);
  }

  // Labels go in as one LABEL instruction at the end of the Dockerfile we send (the user's file is not
  // touched). With a target stage the last stage may not be the one built, so the API parameter is used.
  const labelsInDockerfile = !options.target;
  const sentFiles = labelsInDockerfile
    ? withFiles(prepared.files, [
        generatedFile(prepared.dockerfile, `${prepared.dockerfileText}\n${labelInstruction(labels)}`),
      ])
    : prepared.files;
  const started = Date.now();
  const buildStart = performance.now();
  const steps: { step: string; at: number; cached: boolean }[] = [];
  const tar = contextTar(sentFiles);
  tar.once('end', () => (timings.contextSend = lap(buildStart)));
  const result = await logger.group(`Build ${options.image.name} (${prepared.dockerfile})`, async () => {
    try {
      return await docker.build({
        context: tar,
        dockerfile: prepared.dockerfile,
        tags: allTags.map((tag) => `${options.image.name}:${tag}`),
        buildArgs: options.buildArgs,
        labels: labelsInDockerfile ? {} : labels,
        target: options.target,
        platform: options.platform,
        noCache: options.noCache,
        onLine: (line) => {
          if (/^Step \d+\/\d+ : /.test(line)) steps.push({ step: line, at: performance.now(), cached: false });
          else if (/^ ---> Using cache/.test(line)) {
            const current = steps[steps.length - 1];
            if (current) current.cached = true;
          }
          logger.info(line);
        },
      });
    } catch (error) {
      if (error instanceof DockerBuildError) {
        record.failedStep = error.step;
        record.failedStepOutput = [...error.lastLines];
        throw new UserError(
          `The image build failed${error.step ? ` at ${error.step}` : ''}: ${error.message}\nLast output:\n${error.lastLines.map((line) => `  ${line}`).join('\n')}`,
          {
            location: prepared.generated
              ? {}
              : {
                  file: displayPath(options.dockerfile ?? path.join(options.context, prepared.dockerfile), options.cwd),
                  line: instructionLine(prepared.dockerfileText, stepNumber(error.step)),
                },
            hint: 'Fix the failing step; the full build log is in the build group above.',
          },
        );
      }
      if (error instanceof DockerUnavailableError)
        throw new UserError(error.message, { hint: "Check 'docker-host' and that the Docker Engine is running." });
      throw error;
    }
  });
  record.built = true;
  record.buildSeconds = (Date.now() - started) / 1000;
  const buildEnd = performance.now();
  timings.build = Math.round(buildEnd - buildStart) / 1000;
  timings.steps = steps.map((s, i) => ({
    step: s.step,
    cached: s.cached,
    seconds: Math.round((steps[i + 1]?.at ?? buildEnd) - s.at) / 1000,
  }));
  record.imageId = result.imageId;
  record.steps = result.steps;
  record.cachedSteps = result.cachedSteps;
  const inspected = await docker.inspectImage(result.imageId);
  record.sizeBytes = inspected?.Size;
  record.layers = inspected?.RootFS.Layers?.length;
  record.labels = inspected?.Config.Labels ?? labels;
  logger.info(
    `Built ${result.imageId} in ${record.buildSeconds.toFixed(1)} s (${result.cachedSteps} of ${result.steps} steps from cache).`,
  );

  const history = await docker.imageHistory(result.imageId);
  const leaks = findSecretLeaks(options.secrets, {
    history: history.map((h) => h.createdBy),
    labels: record.labels,
    dockerfile: prepared.dockerfileText,
  });
  if (leaks.length > 0) {
    await docker.removeImage(result.imageId, true).catch(() => undefined);
    throw new UserError(
      `A registry password or token would be stored in the image (${leaks.join(', ')}); the image was removed and not pushed.`,
      {
        hint: 'Never pass registry credentials as build args or labels; use BuildKit secret mounts for build-time secrets.',
      },
    );
  }

  if (!options.push) {
    record.image = `${options.image.name}:${tags[0] ?? hash.tag}`;
    logger.info(`push is false: ${allTags.length} tag(s) kept in the local engine only.`);
    return record;
  }
  const pushed = await logger.group(`Push ${options.image.name} (${allTags.length} tags)`, () =>
    pushImage(
      docker,
      registry,
      { image: options.image, tags: allTags, auth, attempts: options.pushAttempts, backoffMs: options.pushBackoffMs },
      logger,
      timings,
    ),
  );
  record.pushed = true;
  record.digest = pushed.digest;
  record.pushAttempts = pushed.attempts;
  record.image = `${options.image.name}@${pushed.digest}`;
  return record;
}

async function findReusable(
  options: BuildModelImageOptions,
  registry: RegistryClient | undefined,
  docker: DockerClient,
  contentTag: string,
  tags: readonly string[],
  logger: Logger,
) {
  if (!registry) return reuseFromEngine(docker, options.image, contentTag, tags, logger);
  try {
    return await reuseFromRegistry(registry, options.image, contentTag, tags, logger);
  } catch (error) {
    if (error instanceof RegistryApiError && (error.status === 401 || error.status === 403)) {
      throw new UserError(`${error.message}.`, {
        hint: "Check 'username' and 'password' (or 'acr-name') for this registry.",
      });
    }
    if (error instanceof RegistryApiError) {
      // Not being able to look is not a reason to fail: build and let the push report the registry's state.
      logger.warning(
        `Could not check ${options.image.name}:${contentTag} in the registry (${error.message}); building.`,
      );
      return undefined;
    }
    throw error;
  }
}

async function recordLineage(
  options: BuildModelImageOptions,
  record: BuildRecord,
  known: ReadonlyMap<string, string>,
): Promise<void> {
  if (options.modelPath) {
    const model = await pathSha256(options.modelPath, known).catch(() => undefined);
    if (model)
      record.model = { path: displayPath(options.modelPath, options.cwd), sha256: model.sha256, bytes: model.bytes };
  }
  for (const file of options.dataFiles) {
    const data = await pathSha256(file, known).catch(() => {
      throw new UserError(`Input 'data-files' names ${displayPath(file, options.cwd)}, which cannot be read.`);
    });
    record.data.push({ path: displayPath(file, options.cwd), sha256: data.sha256, bytes: data.bytes });
  }
}

/** sha256 over the sorted `path sha256` lines of the data files; one file's own hash when there is one. */
function combinedDataHash(data: readonly { path: string; sha256: string }[]): string | undefined {
  if (data.length === 0) return undefined;
  if (data.length === 1) return data[0]?.sha256;
  const lines = data.map((d) => `${d.path} ${d.sha256}`).sort();
  return createHash('sha256').update(lines.join('\n')).digest('hex');
}

function registryAuth(options: BuildModelImageOptions): RegistryAuth | undefined {
  const credentials = options.credentials;
  if (!credentials?.username && !credentials?.password) return undefined;
  return { serveraddress: options.registry, username: credentials.username, password: credentials.password };
}

async function ping(docker: DockerClient): Promise<void> {
  try {
    await docker.ping();
  } catch (error) {
    throw new UserError((error as Error).message, {
      hint: "Start the Docker Engine, or point 'docker-host' (or DOCKER_HOST) at one, e.g. unix:///var/run/docker.sock or tcp://host:2375.",
    });
  }
}

/** `Step 3/9 : RUN …` → 3. */
function stepNumber(step: string | undefined): number | undefined {
  const match = /^Step (\d+)\//.exec(step ?? '');
  return match ? Number(match[1]) : undefined;
}

/**
 * The 1-based line where the n-th instruction of a Dockerfile starts, as the
 * classic builder counts steps: comments, blank lines, parser directives and
 * continuation lines are not instructions.
 */
export function instructionLine(text: string, n: number | undefined): number | undefined {
  if (n === undefined) return undefined;
  let count = 0;
  let continued = false;
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i += 1) {
    const line = (lines[i] ?? '').trim();
    // Blank lines and comments never start an instruction, and may sit inside a continued one.
    if (line === '' || line.startsWith('#')) continue;
    if (!continued) {
      count += 1;
      if (count === n) return i + 1;
    }
    continued = line.endsWith('\\');
  }
  return undefined;
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  const units = ['KiB', 'MiB', 'GiB', 'TiB'];
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return `${value.toFixed(1)} ${units[unit]}`;
}
