/**
 * The smoke test: one request through the API server's service proxy (no
 * public IP or port-forward), whose status code and optional JSON field must
 * match `smoke-test-expect`. Failed attempts are retried a few times, since a
 * Service's endpoints can lag the rollout by a moment.
 */
import { UserError } from '../shared/errors.js';
import type { KubeClient } from '../shared/kube/client.js';
import type { Logger } from '../shared/platform/types.js';
import type { SmokeExpectation, SmokeTestOptions } from './options.js';

export interface SmokeResult {
  readonly ok: boolean;
  readonly service: string;
  readonly request: string;
  readonly status?: number;
  readonly body?: string;
  readonly attempts: number;
  readonly message: string;
}

/** Parses `200`, `200 $.prediction exists`, `200 $.status == ok`, `201 $.items[0].label != spam`. */
export function parseExpectation(text: string): SmokeExpectation {
  const match = /^\s*(\d{3})(?:\s+(\$[^\s]*)(?:\s+(exists|==|!=)(?:\s+(.+?))?)?)?\s*$/.exec(text);
  if (!match || (match[3] && match[3] !== 'exists' && match[4] === undefined)) {
    throw new UserError(
      `Input 'smoke-test-expect' has an invalid value ${JSON.stringify(text)}: expected a status code, optionally followed by a JSON path check, e.g. '200', '200 $.prediction exists' or '200 $.status == ok'.`,
    );
  }
  const [, status, jsonPath, op, value] = match;
  return {
    status: Number(status),
    ...(jsonPath ? { jsonPath, op: (op ?? 'exists') as SmokeExpectation['op'] } : {}),
    ...(value === undefined ? {} : { value: value.replace(/^["']|["']$/g, '') }),
  };
}

/** Reads `$.a.b[0].c` from a parsed JSON value. */
export function readJsonPath(value: unknown, jsonPath: string): unknown {
  const parts = jsonPath.replace(/^\$\.?/, '').match(/[^.[\]]+|\[\d+\]/g) ?? [];
  let current = value;
  for (const part of parts) {
    if (current === null || typeof current !== 'object') return undefined;
    const key = part.startsWith('[') ? Number(part.slice(1, -1)) : part;
    current = (current as Record<string | number, unknown>)[key];
  }
  return current;
}

export function checkAnswer(expect: SmokeExpectation, status: number, body: string): string | undefined {
  if (status !== expect.status) return `expected HTTP ${expect.status}, got ${status}`;
  if (!expect.jsonPath) return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    return `expected a JSON body with ${expect.jsonPath}, got ${JSON.stringify(body.slice(0, 120))}`;
  }
  const found = readJsonPath(parsed, expect.jsonPath);
  const text = typeof found === 'object' ? JSON.stringify(found) : String(found);
  if (expect.op === 'exists' || !expect.op)
    return found === undefined ? `${expect.jsonPath} is missing from the answer` : undefined;
  if (expect.op === '==')
    return found !== undefined && text === expect.value
      ? undefined
      : `${expect.jsonPath} is ${found === undefined ? 'missing' : JSON.stringify(text)}, expected ${JSON.stringify(expect.value)}`;
  return text !== expect.value ? undefined : `${expect.jsonPath} is ${JSON.stringify(text)}, expected anything else`;
}

const pause = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

export async function runSmokeTest(
  client: KubeClient,
  target: { namespace: string; service: string; port: string | number },
  options: SmokeTestOptions,
  logger: Logger,
): Promise<SmokeResult> {
  const method = options.payload ? 'POST' : 'GET';
  const request = `${method} ${target.service}:${target.port}${options.path}`;
  let last: SmokeResult = { ok: false, service: target.service, request, attempts: 0, message: 'not run' };
  for (let attempt = 1; attempt <= options.retries + 1; attempt += 1) {
    try {
      const answer = await client.proxy(target.namespace, target.service, target.port, options.path, {
        method,
        ...(options.payload ? { body: options.payload } : {}),
      });
      const problem = checkAnswer(options.expect, answer.status, answer.body);
      last = {
        ok: !problem,
        service: target.service,
        request,
        status: answer.status,
        body: answer.body.slice(0, 500),
        attempts: attempt,
        message: problem ?? `HTTP ${answer.status} as expected`,
      };
    } catch (error) {
      last = {
        ok: false,
        service: target.service,
        request,
        attempts: attempt,
        message: error instanceof Error ? error.message : String(error),
      };
    }
    logger.info(`smoke test ${request}: ${last.ok ? 'passed' : 'failed'} (${last.message})`);
    if (last.ok) return last;
    if (attempt <= options.retries) await pause(options.retryDelayMs * attempt);
  }
  return last;
}
