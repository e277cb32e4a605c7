/**
 * Errors the Docker wrapper raises. They carry what a person needs to act on
 * (the failing build step and its last lines, the registry and its status)
 * and never a credential. Callers decide which are the user's to fix.
 */

export class DockerUnavailableError extends Error {
  constructor(
    readonly host: string,
    cause: unknown,
  ) {
    super(`Docker Engine is not reachable at ${host}: ${cause instanceof Error ? cause.message : String(cause)}`, {
      cause,
    });
    this.name = 'DockerUnavailableError';
  }
}

/** A build that stopped at a Dockerfile step. */
export class DockerBuildError extends Error {
  constructor(
    message: string,
    /** The step that failed, e.g. `Step 3/7 : RUN pip install -r requirements.txt`, when known. */
    readonly step: string | undefined,
    /** The last output lines before the failure, oldest first. */
    readonly lastLines: readonly string[],
    /** The engine's exit code for a failing RUN step, when it gave one. */
    readonly code?: number,
  ) {
    super(message);
    this.name = 'DockerBuildError';
  }
}

/** A push or pull the registry or the engine refused. */
export class DockerRegistryError extends Error {
  constructor(
    message: string,
    /** The image reference that was being pushed or pulled. */
    readonly reference: string,
    /** The HTTP status the registry answered, when the engine reported one. */
    readonly status: number | undefined,
    /** True for errors worth retrying: 5xx, connection reset or refused, timeouts. */
    readonly transient: boolean,
  ) {
    super(message);
    this.name = 'DockerRegistryError';
  }
}

const TRANSIENT =
  /\b(5\d\d)\b|connection reset|connection refused|broken pipe|\bEOF\b|i\/o timeout|TLS handshake timeout|timeout exceeded|no such host|server misbehaving|ECONNRESET|ECONNREFUSED|ETIMEDOUT|EPIPE|Service Unavailable|Bad Gateway|Gateway Time-?out|Internal Server Error/i;
const AUTH = /unauthorized|authentication required|no basic auth credentials|denied|\b401\b|\b403\b/i;

/** Classifies an engine message about a registry operation. */
export function classifyRegistryMessage(message: string): { status: number | undefined; transient: boolean } {
  const status = /\b([45]\d\d)\b/.exec(message)?.[1];
  const parsed = status === undefined ? undefined : Number(status);
  if (AUTH.test(message)) return { status: parsed ?? 401, transient: false };
  return { status: parsed, transient: TRANSIENT.test(message) };
}
