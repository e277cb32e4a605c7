/**
 * Errors from the Kubernetes API. `retriable` marks what a retry may fix: a
 * 5xx, a 429, a timeout or a dropped connection; a 4xx is the caller's (or the
 * manifest's) problem and is never retried.
 */
export class KubeApiError extends Error {
  constructor(
    message: string,
    readonly status: number | undefined,
    readonly reason: string,
    readonly retriable: boolean,
  ) {
    super(message);
    this.name = 'KubeApiError';
  }
}

const NETWORK_CODES = new Set([
  'ECONNRESET',
  'ECONNREFUSED',
  'EPIPE',
  'ETIMEDOUT',
  'EAI_AGAIN',
  'ENOTFOUND',
  'UND_ERR_SOCKET',
]);

export function isNotFound(error: unknown): boolean {
  return error instanceof KubeApiError && error.status === 404;
}

/** Turns an HTTP answer of the API server (a Status object, usually) into a KubeApiError. */
export function fromResponse(status: number, body: string, what: string): KubeApiError {
  let message = body.trim().slice(0, 500);
  let reason = 'Unknown';
  try {
    const parsed = JSON.parse(body) as { message?: string; reason?: string };
    message = parsed.message ?? message;
    reason = parsed.reason ?? reason;
  } catch {
    // Not a Status object (a proxy or load balancer answered): keep the text.
  }
  const retriable = status >= 500 || status === 429;
  return new KubeApiError(`${what}: HTTP ${status} ${reason}: ${message}`, status, reason, retriable);
}

export function fromNetwork(error: unknown, what: string): KubeApiError {
  const code = (error as { code?: string }).code ?? '';
  const message = error instanceof Error ? error.message : String(error);
  return new KubeApiError(
    `${what}: ${code ? `${code} ` : ''}${message}`,
    undefined,
    code || 'NetworkError',
    NETWORK_CODES.has(code) || code === '',
  );
}
