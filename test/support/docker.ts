/**
 * Test support for integration tests against a real Docker Engine and the
 * loopback registries `scripts/ci/services.sh start` runs. Without an engine
 * the suites skip and say why; in CI the engine runs, so they run for real.
 */
import { existsSync, readFileSync } from 'node:fs';
import { describe } from 'vitest';
import { DockerClient } from '../../actions/shared/docker/docker-client.js';

/** Written by `scripts/ci/services.sh start`: registry addresses and the test credentials. */
export const SERVICES_ENV_FILE = '/tmp/ml-actions-services.env';

let availability: Promise<boolean> | undefined;

/** True when the engine (DOCKER_HOST or the local socket) answers a ping. */
export function dockerAvailable(): Promise<boolean> {
  availability ??= new DockerClient()
    .ping()
    .then(() => true)
    .catch(() => false);
  return availability;
}

const available = await dockerAvailable();

/** `describe` that runs only when a Docker Engine is reachable, and says so when it is not. */
export function describeDocker(name: string, fn: () => void): void {
  if (available) {
    describe(name, fn);
    return;
  }
  const host = new DockerClient().host;
  const reason = `no Docker Engine reachable at ${host}; start one with 'scripts/ci/services.sh start'`;
  console.warn(`[skip] ${name}: ${reason}`);
  describe.skip(`${name} (skipped: ${reason})`, fn);
}

export interface TestServices {
  /** Registry without auth, e.g. `127.0.0.1:5000`. */
  readonly registry: string;
  /** Registry with htpasswd basic auth, e.g. `127.0.0.1:5001`. */
  readonly authRegistry: string;
  readonly username: string;
  readonly password: string;
}

/** The registries and credentials services.sh wrote, with the defaults it uses. */
export function testServices(): TestServices {
  const values: Record<string, string> = {};
  if (existsSync(SERVICES_ENV_FILE)) {
    for (const line of readFileSync(SERVICES_ENV_FILE, 'utf8').split('\n')) {
      const match = /^(?:export\s+)?([A-Z0-9_]+)=(.*)$/.exec(line.trim());
      if (match?.[1]) values[match[1]] = (match[2] ?? '').replace(/^['"]|['"]$/g, '');
    }
  }
  const pick = (name: string, fallback: string): string => process.env[name] ?? values[name] ?? fallback;
  return {
    registry: pick('ML_ACTIONS_REGISTRY', '127.0.0.1:5000'),
    authRegistry: pick('ML_ACTIONS_AUTH_REGISTRY', '127.0.0.1:5001'),
    username: pick('ML_ACTIONS_REGISTRY_USER', 'mlactions'),
    password: pick('ML_ACTIONS_REGISTRY_PASSWORD', ''),
  };
}

/** True when `GET /v2/` on the registry answers at all (200 or 401). */
export async function registryReachable(address: string): Promise<boolean> {
  try {
    const response = await fetch(`http://${address}/v2/`, { signal: AbortSignal.timeout(2000) });
    return response.status === 200 || response.status === 401;
  } catch {
    return false;
  }
}
