import { Readable } from 'node:stream';
import Docker from 'dockerode';
import {
  classifyRegistryMessage,
  DockerBuildError,
  DockerRegistryError,
  DockerUnavailableError,
} from './docker-errors.js';
import { describeDockerHost, dockerOptions } from './docker-host.js';
import { demuxLogs } from './container-logs.js';
import { LineTail, readEngineMessages, type EngineMessage } from './progress-stream.js';

/** A Node stream or any async iterable of Buffers (a tar-stream pack, for one: a streamx stream, not a Node one). */
export type ByteSource = Readable | AsyncIterable<unknown>;

/** A Node Readable for any byte source, keeping backpressure: the engine pulls as it reads. */
export function toReadable(source: ByteSource): Readable {
  return source instanceof Readable ? source : Readable.from(source, { objectMode: false });
}

/** Credentials for one registry, as the Engine API's X-Registry-Auth takes them. */
export interface RegistryAuth {
  readonly serveraddress: string;
  readonly username?: string;
  readonly password?: string;
  /** An OAuth refresh token (what `az acr login --expose-token` returns, with the null-GUID user). */
  readonly identitytoken?: string;
  readonly registrytoken?: string;
}

export interface BuildRequest {
  /** The build context as an uncompressed tar stream; it is sent as it is read, never buffered whole. */
  readonly context: ByteSource;
  /** Path of the Dockerfile inside the context. */
  readonly dockerfile?: string;
  readonly tags?: readonly string[];
  readonly buildArgs?: Readonly<Record<string, string>>;
  readonly labels?: Readonly<Record<string, string>>;
  readonly target?: string;
  readonly platform?: string;
  readonly noCache?: boolean;
  /** Attempt to pull a newer base image first (off by default: bases are often local). */
  readonly pull?: boolean;
  /** Credentials for private base images, keyed by registry host. */
  readonly registryConfig?: Readonly<Record<string, { username: string; password: string }>>;
  /** Each line of build output as it arrives. */
  readonly onLine?: (line: string) => void;
  readonly signal?: AbortSignal;
}

export interface BuildResult {
  /** `sha256:…` image id. */
  readonly imageId: string;
  /** Number of Dockerfile steps the builder ran. */
  readonly steps: number;
  /** Steps the builder reused from its cache. */
  readonly cachedSteps: number;
}

export interface PushResult {
  /** Manifest digest, `sha256:…`, from the engine's push result. */
  readonly digest: string;
  /** Manifest size in bytes as the registry reported it. */
  readonly size: number | undefined;
}

export interface RunRequest {
  readonly image: string;
  readonly name?: string;
  readonly env?: Readonly<Record<string, string>>;
  readonly cmd?: readonly string[];
  /** A container port (e.g. 8080) to publish on 127.0.0.1 with an ephemeral host port. */
  readonly containerPort?: number;
  readonly labels?: Readonly<Record<string, string>>;
  readonly user?: string;
}

export interface RunningContainer {
  readonly id: string;
  /** The host port on 127.0.0.1 that `containerPort` is published on. */
  readonly hostPort: number | undefined;
}

export type ContainerHealth = 'healthy' | 'unhealthy' | 'starting' | 'running' | 'exited';

/**
 * The one wrapper over dockerode in ml-actions: build, tag, push, pull,
 * inspect, run, logs and remove. It speaks the Engine API directly (no docker
 * CLI, no buildx), turns the engine's JSON progress streams into results or
 * typed errors, and never logs credentials.
 */
export class DockerClient {
  readonly host: string;
  private readonly docker: Docker;

  constructor(host?: string, env: NodeJS.ProcessEnv = process.env) {
    const options = dockerOptions(host, env);
    this.host = describeDockerHost(options);
    this.docker = new Docker(options);
  }

  /** Resolves when the engine answers; throws DockerUnavailableError otherwise. */
  async ping(): Promise<{ version: string; apiVersion: string; os: string; arch: string }> {
    try {
      const info = (await this.docker.version()) as { Version: string; ApiVersion: string; Os: string; Arch: string };
      return { version: info.Version, apiVersion: info.ApiVersion, os: info.Os, arch: info.Arch };
    } catch (error) {
      throw new DockerUnavailableError(this.host, error);
    }
  }

  /**
   * Builds an image with the classic builder from a streamed tar context.
   * Output lines go to `onLine`; a failing step throws DockerBuildError with
   * that step and its last lines.
   */
  async build(request: BuildRequest): Promise<BuildResult> {
    const tail = new LineTail(20);
    let step: string | undefined;
    let steps = 0;
    let cachedSteps = 0;
    let imageId: string | undefined;
    let failure: EngineMessage | undefined;
    let contextError: Error | undefined;
    const abort = new AbortController();
    const onAbort = (): void => abort.abort();
    request.signal?.addEventListener('abort', onAbort);
    const context = toReadable(request.context);
    context.once('error', (error: Error) => {
      contextError = error;
      abort.abort();
    });
    const options: Docker.ImageBuildOptions = {
      dockerfile: request.dockerfile ?? 'Dockerfile',
      buildargs: { ...request.buildArgs },
      labels: { ...request.labels },
      rm: true,
      forcerm: true,
      pull: request.pull ?? false,
      nocache: request.noCache ?? false,
      abortSignal: abort.signal,
    };
    if (request.target) options.target = request.target;
    if (request.platform) options.platform = request.platform;
    if (request.registryConfig) options.registryconfig = { ...request.registryConfig };
    // The engine takes repeated `t` parameters; dockerode passes arrays through as such.
    if (request.tags && request.tags.length > 0) (options as Record<string, unknown>).t = [...request.tags];
    try {
      const stream = (await this.docker.buildImage(context, options)) as Readable;
      await readEngineMessages(stream, (message) => {
        if (message.error || message.errorDetail) {
          failure = message;
          return;
        }
        if (typeof message.aux?.ID === 'string') imageId = message.aux.ID;
        if (message.stream === undefined) return;
        for (const line of message.stream.split(/\r?\n/)) {
          if (line.trim() === '') continue;
          if (/^Step \d+\/\d+ : /.test(line)) {
            step = line;
            steps += 1;
            tail.clear();
          } else if (/^ ---> Using cache/.test(line)) {
            cachedSteps += 1;
          }
          const built = /^Successfully built ([0-9a-f]{12,64})$/.exec(line);
          if (built && imageId === undefined) imageId = built[1];
          tail.push(line);
          request.onLine?.(line);
        }
      });
    } catch (error) {
      if (contextError)
        throw new DockerBuildError(`Reading the build context failed: ${contextError.message}`, step, tail.get());
      if (isConnectionError(error)) throw new DockerUnavailableError(this.host, error);
      const message = engineErrorMessage(error);
      throw new DockerBuildError(`The build failed: ${message}`, step, tail.get());
    } finally {
      request.signal?.removeEventListener('abort', onAbort);
    }
    if (contextError)
      throw new DockerBuildError(`Reading the build context failed: ${contextError.message}`, step, tail.get());
    if (failure) {
      const message = failure.errorDetail?.message ?? failure.error ?? 'unknown error';
      throw new DockerBuildError(message, step, tail.get(), failure.errorDetail?.code);
    }
    if (imageId === undefined) {
      const tag = request.tags?.[0];
      const inspected = tag ? await this.inspectImage(tag) : undefined;
      if (!inspected)
        throw new DockerBuildError('The engine finished the build without reporting an image id', step, tail.get());
      imageId = inspected.Id;
    }
    if (!imageId.startsWith('sha256:') && imageId.length < 64)
      imageId = (await this.inspectImage(imageId))?.Id ?? imageId;
    return { imageId, steps, cachedSteps };
  }

  /** Adds `repository:tag` to an existing image. */
  async tag(source: string, repository: string, tag: string): Promise<void> {
    await this.docker.getImage(source).tag({ repo: repository, tag });
  }

  /**
   * Pushes `repository:tag` and returns the manifest digest the engine
   * reported. Registry failures throw DockerRegistryError (status, transient).
   */
  async push(
    repository: string,
    tag: string,
    auth?: RegistryAuth,
    onProgress?: (message: string) => void,
  ): Promise<PushResult> {
    const reference = `${repository}:${tag}`;
    let digest: string | undefined;
    let size: number | undefined;
    let failure: string | undefined;
    try {
      const options: Docker.ImagePushOptions = { tag };
      if (auth) options.authconfig = { ...auth };
      const stream = (await this.docker.getImage(repository).push(options)) as Readable;
      await readEngineMessages(stream, (message) => {
        if (message.error || message.errorDetail) {
          failure = message.errorDetail?.message ?? message.error;
          return;
        }
        if (typeof message.aux?.Digest === 'string') {
          digest = message.aux.Digest;
          if (typeof message.aux.Size === 'number') size = message.aux.Size;
        }
        const fromStatus = /digest: (sha256:[0-9a-f]{64}) size: (\d+)/.exec(message.status ?? '');
        if (fromStatus && digest === undefined) {
          digest = fromStatus[1];
          size = Number(fromStatus[2]);
        }
        if (message.status && !message.progress)
          onProgress?.(message.id ? `${message.id}: ${message.status}` : message.status);
      });
    } catch (error) {
      if (isConnectionError(error) && !(error instanceof Error && /closed the connection/.test(error.message))) {
        throw new DockerUnavailableError(this.host, error);
      }
      failure = engineErrorMessage(error);
    }
    if (failure !== undefined) {
      const { status, transient } = classifyRegistryMessage(failure);
      throw new DockerRegistryError(`Pushing ${reference} failed: ${failure}`, reference, status, transient);
    }
    if (digest === undefined) {
      throw new DockerRegistryError(`Pushing ${reference} finished without a digest`, reference, undefined, true);
    }
    return { digest, size };
  }

  /** Pulls a reference (`repo:tag` or `repo@sha256:…`). */
  async pull(reference: string, auth?: RegistryAuth): Promise<void> {
    let failure: string | undefined;
    try {
      const options: Record<string, unknown> = {};
      if (auth) options.authconfig = { ...auth };
      const stream = (await this.docker.pull(reference, options)) as Readable;
      await readEngineMessages(stream, (message) => {
        if (message.error || message.errorDetail) failure = message.errorDetail?.message ?? message.error;
      });
    } catch (error) {
      if (isConnectionError(error)) throw new DockerUnavailableError(this.host, error);
      failure = engineErrorMessage(error);
    }
    if (failure !== undefined) {
      const { status, transient } = classifyRegistryMessage(failure);
      throw new DockerRegistryError(`Pulling ${reference} failed: ${failure}`, reference, status, transient);
    }
  }

  /** The image's inspect data, or undefined when the engine has no such image. */
  async inspectImage(reference: string): Promise<Docker.ImageInspectInfo | undefined> {
    try {
      return await this.docker.getImage(reference).inspect();
    } catch (error) {
      if (statusOf(error) === 404) return undefined;
      throw error;
    }
  }

  /** The image's layer history, newest first, as `docker history` shows it. */
  async imageHistory(reference: string): Promise<{ createdBy: string; size: number }[]> {
    const history = (await this.docker.getImage(reference).history()) as { CreatedBy?: string; Size?: number }[];
    return history.map((entry) => ({ createdBy: entry.CreatedBy ?? '', size: entry.Size ?? 0 }));
  }

  /** Removes an image reference; a missing image is not an error. */
  async removeImage(reference: string, force = false): Promise<void> {
    try {
      await this.docker.getImage(reference).remove({ force });
    } catch (error) {
      if (statusOf(error) !== 404) throw error;
    }
  }

  /** Creates an image from a root filesystem tar (what `docker import` does). */
  async importImage(
    rootfs: ByteSource,
    repository: string,
    tag: string,
    changes: readonly string[] = [],
  ): Promise<string> {
    let failure: string | undefined;
    let id: string | undefined;
    const stream = (await this.docker.importImage(toReadable(rootfs), {
      repo: repository,
      tag,
      changes: [...changes],
    } as object)) as Readable;
    await readEngineMessages(stream, (message) => {
      if (message.error || message.errorDetail) failure = message.errorDetail?.message ?? message.error;
      if (message.status && /^sha256:/.test(message.status)) id = message.status;
    });
    if (failure !== undefined) throw new Error(`Importing ${repository}:${tag} failed: ${failure}`);
    return id ?? (await this.inspectImage(`${repository}:${tag}`))?.Id ?? '';
  }

  /**
   * Creates and starts a container. `containerPort` is published on
   * 127.0.0.1 only, on a host port the engine picks, returned as `hostPort`.
   */
  async createAndStart(request: RunRequest): Promise<RunningContainer> {
    const port = request.containerPort === undefined ? undefined : `${request.containerPort}/tcp`;
    const options: Docker.ContainerCreateOptions = {
      Image: request.image,
      Env: Object.entries(request.env ?? {}).map(([name, value]) => `${name}=${value}`),
      Labels: { ...request.labels },
      HostConfig: port ? { PortBindings: { [port]: [{ HostIp: '127.0.0.1', HostPort: '' }] } } : {},
    };
    if (request.name) options.name = request.name;
    if (request.cmd) options.Cmd = [...request.cmd];
    if (request.user) options.User = request.user;
    if (port) options.ExposedPorts = { [port]: {} };
    const container = await this.docker.createContainer(options);
    try {
      await container.start();
    } catch (error) {
      await container.remove({ force: true }).catch(() => undefined);
      throw error;
    }
    if (!port) return { id: container.id, hostPort: undefined };
    const info = await container.inspect();
    const binding = info.NetworkSettings.Ports[port]?.[0]?.HostPort;
    return { id: container.id, hostPort: binding ? Number(binding) : undefined };
  }

  /** The container's state: its HEALTHCHECK status when it has one, else running or exited. */
  async containerHealth(id: string): Promise<{ health: ContainerHealth; exitCode: number | undefined }> {
    const info = await this.docker.getContainer(id).inspect();
    const state = info.State as typeof info.State & { Health?: { Status?: string } };
    if (!state.Running) return { health: 'exited', exitCode: state.ExitCode };
    const status = state.Health?.Status;
    if (status === 'healthy' || status === 'unhealthy' || status === 'starting')
      return { health: status, exitCode: undefined };
    return { health: 'running', exitCode: undefined };
  }

  /** The last `tail` lines of a container's stdout and stderr, interleaved as written. */
  async logs(id: string, tail = 100): Promise<string> {
    const output = (await this.docker
      .getContainer(id)
      .logs({ stdout: true, stderr: true, tail, follow: false })) as unknown;
    return Buffer.isBuffer(output) ? demuxLogs(output) : String(output);
  }

  async stopContainer(id: string, timeoutSeconds = 5): Promise<void> {
    try {
      await this.docker.getContainer(id).stop({ t: timeoutSeconds });
    } catch (error) {
      const status = statusOf(error);
      if (status !== 304 && status !== 404) throw error;
    }
  }

  /** Removes a container, stopping it first; a missing container is not an error. */
  async removeContainer(id: string): Promise<void> {
    try {
      await this.docker.getContainer(id).remove({ force: true, v: true });
    } catch (error) {
      if (statusOf(error) !== 404) throw error;
    }
  }
}

function statusOf(error: unknown): number | undefined {
  const status = (error as { statusCode?: unknown } | undefined)?.statusCode;
  return typeof status === 'number' ? status : undefined;
}

function isConnectionError(error: unknown): boolean {
  const code = (error as { code?: unknown } | undefined)?.code;
  return code === 'ECONNREFUSED' || code === 'ENOENT' || code === 'EACCES' || code === 'ECONNRESET';
}

/** The engine's own message from a dockerode error (its JSON body), not dockerode's wrapper text. */
function engineErrorMessage(error: unknown): string {
  const json = (error as { json?: { message?: unknown } } | undefined)?.json;
  if (json && typeof json.message === 'string') return json.message;
  return error instanceof Error ? error.message : String(error);
}
