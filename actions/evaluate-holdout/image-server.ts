import { UserError } from '../shared/errors.js';
import type { ContainerHealth, RunRequest, RunningContainer } from '../shared/docker/docker-client.js';
import type { Logger } from '../shared/platform/types.js';
import { timeoutSignal } from './request-timeout.js';

/** The part of the Docker wrapper that serving a model image needs (DockerClient implements it). */
export interface ContainerEngine {
  inspectImage(reference: string): Promise<unknown>;
  pull(reference: string): Promise<void>;
  createAndStart(request: RunRequest): Promise<RunningContainer>;
  containerHealth(id: string): Promise<{ health: ContainerHealth; exitCode: number | undefined }>;
  logs(id: string, tail?: number): Promise<string>;
  removeContainer(id: string): Promise<void>;
}

export interface ImageServerOptions {
  readonly image: string;
  readonly containerPort: number;
  readonly healthPath: string;
  readonly startupTimeoutMs: number;
  readonly env?: Readonly<Record<string, string>>;
  readonly logger: Logger;
  /** Poll interval of the health check. */
  readonly pollMs?: number;
}

export interface ServedModel {
  readonly containerId: string;
  /** `http://127.0.0.1:<host port>` */
  readonly baseUrl: string;
  readonly startupMs: number;
}

/** Label put on every container this action starts, so a leftover one can be found and named. */
export const CONTAINER_LABEL = 'ml-actions.evaluate-holdout';

function lastLines(text: string, count = 30): string {
  const lines = text.trimEnd().split('\n');
  return lines.slice(-count).join('\n');
}

async function healthOk(url: string): Promise<boolean> {
  const timeout = timeoutSignal(2000);
  try {
    const response = await fetch(url, { signal: timeout.signal });
    await response.arrayBuffer();
    return response.ok;
  } catch {
    return false;
  } finally {
    timeout.clear();
  }
}

/**
 * Starts the model image with its port published on 127.0.0.1, waits until
 * `healthPath` answers 2xx, runs `work` against it and removes the container
 * on every path: success, a failed start, a health timeout, an error in
 * `work`, or the process being interrupted.
 */
export async function withServedImage<T>(
  engine: ContainerEngine,
  options: ImageServerOptions,
  work: (served: ServedModel, signal: AbortSignal) => Promise<T>,
): Promise<T> {
  const { logger } = options;
  let present: unknown;
  try {
    present = await engine.inspectImage(options.image);
  } catch (error) {
    throw new UserError(`Cannot reach the Docker Engine to run ${options.image}: ${(error as Error).message}`, {
      hint: 'Start Docker on the runner, or point docker-host (or DOCKER_HOST) at a running engine.',
    });
  }
  if (!present) {
    logger.info(`Image ${options.image} is not on this engine; pulling it.`);
    try {
      await engine.pull(options.image);
    } catch (error) {
      throw new UserError(
        `The image ${options.image} is not on the Docker Engine and could not be pulled: ${(error as Error).message}`,
        {
          hint: "Pass the image build-model-image built (its 'image' output) on the same runner, or log in to its registry first.",
        },
      );
    }
  }
  const started = performance.now();
  let running: RunningContainer;
  try {
    running = await engine.createAndStart({
      image: options.image,
      containerPort: options.containerPort,
      env: options.env,
      labels: { [CONTAINER_LABEL]: 'true' },
    });
  } catch (error) {
    throw new UserError(`The image ${options.image} could not be started: ${(error as Error).message}`);
  }
  const id = running.id;
  const abort = new AbortController();
  const cleanup = async (): Promise<void> => {
    try {
      await engine.removeContainer(id);
      logger.debug(`Removed container ${id.slice(0, 12)}.`);
    } catch (error) {
      logger.warning(
        `Could not remove container ${id.slice(0, 12)}: ${(error as Error).message}. Remove it with 'docker rm -f ${id.slice(0, 12)}'.`,
      );
    }
  };
  // An interrupted run (Ctrl-C, a cancelled job) still removes its container before exiting.
  const onSignal = (signal: NodeJS.Signals): void => {
    abort.abort();
    void cleanup().finally(() => process.kill(process.pid, signal));
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  // Holds the event loop open until the container is gone, whatever the requests' sockets do.
  const keepAlive = setInterval(() => undefined, 1000);
  try {
    if (running.hostPort === undefined)
      throw new UserError(`Container port ${options.containerPort} of ${options.image} was not published.`);
    const baseUrl = `http://127.0.0.1:${running.hostPort}`;
    await waitHealthy(engine, id, `${baseUrl}${options.healthPath}`, options);
    const startupMs = performance.now() - started;
    logger.info(`Model server ${options.image} healthy after ${Math.round(startupMs)} ms at ${baseUrl}.`);
    return await work({ containerId: id, baseUrl, startupMs }, abort.signal);
  } finally {
    process.removeListener('SIGINT', onSignal);
    process.removeListener('SIGTERM', onSignal);
    await cleanup();
    clearInterval(keepAlive);
  }
}

async function waitHealthy(
  engine: ContainerEngine,
  id: string,
  url: string,
  options: ImageServerOptions,
): Promise<void> {
  const deadline = performance.now() + options.startupTimeoutMs;
  const poll = options.pollMs ?? 500;
  for (;;) {
    const state = await engine.containerHealth(id);
    if (state.health === 'exited') {
      const logs = await engine.logs(id, 50).catch(() => '(no logs)');
      throw new UserError(
        `The model container from ${options.image} exited with code ${state.exitCode ?? '?'} before it was healthy. Its last log lines:\n${lastLines(logs)}`,
        {
          hint: 'Run the image locally to see why it does not start (missing model file, wrong command, a port other than container-port).',
        },
      );
    }
    if (await healthOk(url)) return;
    if (performance.now() > deadline) {
      const logs = await engine.logs(id, 50).catch(() => '(no logs)');
      throw new UserError(
        `The model container from ${options.image} did not pass its health check ${url} within ${Math.round(options.startupTimeoutMs / 1000)} s. Its last log lines:\n${lastLines(logs)}`,
        { hint: 'Check health-path and container-port, or raise startup-timeout for a slow model load.' },
      );
    }
    await new Promise((resolve) => setTimeout(resolve, poll));
  }
}
