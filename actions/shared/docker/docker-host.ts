import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { DockerOptions } from 'dockerode';

export const DEFAULT_SOCKET = '/var/run/docker.sock';

/**
 * Connection options for a Docker host written the way the docker CLI takes
 * it (`DOCKER_HOST`): `unix:///path`, `tcp://host:port`, `ssh://user@host`
 * or `npipe:////./pipe/docker_engine`. TLS follows `DOCKER_TLS_VERIFY` and
 * `DOCKER_CERT_PATH`, as the CLI does.
 */
export function dockerOptions(host: string | undefined, env: NodeJS.ProcessEnv = process.env): DockerOptions {
  const value = host?.trim() || env.DOCKER_HOST?.trim() || '';
  if (value === '') return { socketPath: DEFAULT_SOCKET };
  if (value.startsWith('unix://')) return { socketPath: value.slice('unix://'.length) };
  if (value.startsWith('npipe://')) return { socketPath: value.slice('npipe://'.length).replace(/\//g, '\\') };
  if (value.startsWith('/')) return { socketPath: value };
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`Docker host ${JSON.stringify(value)} is not a unix://, tcp:// or ssh:// address`);
  }
  if (url.protocol === 'ssh:') {
    return { protocol: 'ssh', host: url.hostname, port: url.port || 22, username: url.username || undefined };
  }
  if (url.protocol !== 'tcp:' && url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new Error(`Docker host ${JSON.stringify(value)} has an unsupported scheme '${url.protocol}'`);
  }
  const tls = url.protocol === 'https:' || (env.DOCKER_TLS_VERIFY !== undefined && env.DOCKER_TLS_VERIFY !== '');
  const options: DockerOptions = {
    protocol: tls ? 'https' : 'http',
    host: url.hostname,
    port: url.port || (tls ? 2376 : 2375),
  };
  if (tls && env.DOCKER_CERT_PATH) {
    const dir = env.DOCKER_CERT_PATH;
    options.ca = readFileSync(path.join(dir, 'ca.pem'));
    options.cert = readFileSync(path.join(dir, 'cert.pem'));
    options.key = readFileSync(path.join(dir, 'key.pem'));
  }
  return options;
}

/** A short, credential-free description of where the engine is, for messages. */
export function describeDockerHost(options: DockerOptions): string {
  if (options.socketPath) return `unix://${options.socketPath}`;
  return `${options.protocol ?? 'http'}://${options.host ?? 'localhost'}:${options.port ?? ''}`;
}
