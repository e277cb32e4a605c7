import { createHash } from 'node:crypto';
import { isLoopbackRegistry } from './image-reference.js';

export interface RegistryCredentials {
  readonly username?: string;
  readonly password?: string;
}

/** A manifest exactly as the registry stores it: re-putting these bytes keeps the digest. */
export interface StoredManifest {
  readonly bytes: Buffer;
  readonly mediaType: string;
  readonly digest: string;
}

/** A registry answer we cannot continue from; `status` is the HTTP status, when there was one. */
export class RegistryApiError extends Error {
  constructor(
    message: string,
    readonly registry: string,
    readonly status: number | undefined,
  ) {
    super(message);
    this.name = 'RegistryApiError';
  }
}

const MANIFEST_TYPES = [
  'application/vnd.oci.image.index.v1+json',
  'application/vnd.docker.distribution.manifest.list.v2+json',
  'application/vnd.oci.image.manifest.v1+json',
  'application/vnd.docker.distribution.manifest.v2+json',
].join(', ');

export interface RegistryClientOptions {
  readonly fetch?: typeof fetch;
  /** Attempts for 5xx answers and connection errors (default 3). */
  readonly attempts?: number;
  readonly backoffMs?: number;
  /** Per-request timeout (default 30 s). */
  readonly timeoutMs?: number;
}

/**
 * A small client for the registry HTTP API v2 (distribution spec): read,
 * check and put manifests, which is all that adding tags to an image already
 * in the registry needs. It answers the registry's challenge: Basic, or
 * Bearer with a token from the realm it names (Docker Hub, ACR, GHCR, the
 * distribution registry's token server). Credentials are only ever sent in
 * headers, never logged or put in messages.
 */
export class RegistryClient {
  private readonly base: string;
  private readonly fetchFn: typeof fetch;
  private readonly tokens = new Map<string, string>();
  private basic = false;

  constructor(
    readonly registry: string,
    private readonly credentials: RegistryCredentials = {},
    private readonly options: RegistryClientOptions = {},
  ) {
    const host = registry === 'docker.io' ? 'registry-1.docker.io' : registry;
    this.base = `${isLoopbackRegistry(registry) ? 'http' : 'https'}://${host}`;
    this.fetchFn = options.fetch ?? fetch;
  }

  /** The manifest under a tag or digest, or undefined when the registry has none. */
  async getManifest(repository: string, reference: string): Promise<StoredManifest | undefined> {
    const response = await this.request('GET', repository, `/v2/${repository}/manifests/${reference}`, 'pull', {
      Accept: MANIFEST_TYPES,
    });
    if (response.status === 404) return undefined;
    await this.expectOk(response, `reading manifest ${repository}:${reference}`);
    const bytes = Buffer.from(await response.arrayBuffer());
    const digest =
      response.headers.get('docker-content-digest') ?? `sha256:${createHash('sha256').update(bytes).digest('hex')}`;
    const mediaType = response.headers.get('content-type')?.split(';')[0]?.trim() || mediaTypeOf(bytes);
    return { bytes, mediaType, digest };
  }

  /** The digest the registry holds under a tag, or undefined. */
  async manifestDigest(repository: string, reference: string): Promise<string | undefined> {
    const response = await this.request('HEAD', repository, `/v2/${repository}/manifests/${reference}`, 'pull', {
      Accept: MANIFEST_TYPES,
    });
    if (response.status === 404) return undefined;
    await this.expectOk(response, `checking manifest ${repository}:${reference}`);
    const digest = response.headers.get('docker-content-digest');
    if (digest) return digest;
    return (await this.getManifest(repository, reference))?.digest;
  }

  /** A small JSON blob (an image config), verified against its digest. */
  async getBlobJson(repository: string, digest: string): Promise<unknown> {
    const response = await this.request('GET', repository, `/v2/${repository}/blobs/${digest}`, 'pull', {});
    await this.expectOk(response, `reading blob ${digest}`);
    const bytes = Buffer.from(await response.arrayBuffer());
    if (`sha256:${createHash('sha256').update(bytes).digest('hex')}` !== digest) {
      throw new RegistryApiError(
        `Registry ${this.registry} returned a blob that does not match ${digest}`,
        this.registry,
        response.status,
      );
    }
    return JSON.parse(bytes.toString('utf8')) as unknown;
  }

  /** Puts a manifest under a tag; returns the digest the registry reports. */
  async putManifest(repository: string, tag: string, manifest: StoredManifest): Promise<string> {
    const response = await this.request(
      'PUT',
      repository,
      `/v2/${repository}/manifests/${tag}`,
      'pull,push',
      { 'Content-Type': manifest.mediaType },
      manifest.bytes,
    );
    await this.expectOk(response, `tagging ${repository}:${tag}`);
    return response.headers.get('docker-content-digest') ?? manifest.digest;
  }

  private async expectOk(response: Response, what: string): Promise<void> {
    if (response.ok) return;
    const detail = await errorDetail(response);
    throw new RegistryApiError(
      `Registry ${this.registry} refused ${what}: HTTP ${response.status}${detail ? ` (${detail})` : ''}`,
      this.registry,
      response.status,
    );
  }

  private async request(
    method: string,
    repository: string,
    pathname: string,
    actions: string,
    headers: Record<string, string>,
    body?: Buffer,
  ): Promise<Response> {
    const scope = `repository:${repository}:${actions}`;
    let response = await this.send(method, pathname, { ...headers, ...this.authHeader(scope) }, body);
    if (response.status !== 401) return response;
    const challenge = response.headers.get('www-authenticate') ?? '';
    await response.arrayBuffer().catch(() => undefined);
    if (/^basic/i.test(challenge)) {
      if (!this.credentials.username && !this.credentials.password) return response;
      this.basic = true;
    } else if (/^bearer/i.test(challenge)) {
      this.tokens.set(scope, await this.fetchToken(challenge, scope));
    } else {
      return response;
    }
    response = await this.send(method, pathname, { ...headers, ...this.authHeader(scope) }, body);
    return response;
  }

  private authHeader(scope: string): Record<string, string> {
    const token = this.tokens.get(scope);
    if (token) return { Authorization: `Bearer ${token}` };
    if (this.basic) return { Authorization: `Basic ${this.basicValue()}` };
    return {};
  }

  private basicValue(): string {
    return Buffer.from(`${this.credentials.username ?? ''}:${this.credentials.password ?? ''}`).toString('base64');
  }

  private async fetchToken(challenge: string, scope: string): Promise<string> {
    const params = parseChallenge(challenge);
    if (!params.realm)
      throw new RegistryApiError(
        `Registry ${this.registry} sent a Bearer challenge without a realm`,
        this.registry,
        401,
      );
    const url = new URL(params.realm);
    if (params.service) url.searchParams.set('service', params.service);
    url.searchParams.set('scope', scope);
    // As dockerd does: the account the token is for (some token services key their policy on it).
    if (this.credentials.username) url.searchParams.set('account', this.credentials.username);
    const headers: Record<string, string> = {};
    if (this.credentials.username || this.credentials.password) headers.Authorization = `Basic ${this.basicValue()}`;
    const response = await this.withRetries(() =>
      this.fetchFn(url, { headers, signal: AbortSignal.timeout(this.options.timeoutMs ?? 30_000) }),
    );
    if (!response.ok) {
      throw new RegistryApiError(
        `Registry ${this.registry} token service ${url.host} refused the credentials: HTTP ${response.status}`,
        this.registry,
        response.status,
      );
    }
    const body = (await response.json()) as { token?: string; access_token?: string };
    const token = body.token ?? body.access_token;
    if (!token)
      throw new RegistryApiError(
        `Registry ${this.registry} token service returned no token`,
        this.registry,
        response.status,
      );
    return token;
  }

  private send(method: string, pathname: string, headers: Record<string, string>, body?: Buffer): Promise<Response> {
    return this.withRetries(() =>
      this.fetchFn(`${this.base}${pathname}`, {
        method,
        headers,
        body,
        redirect: 'follow',
        signal: AbortSignal.timeout(this.options.timeoutMs ?? 30_000),
      }),
    );
  }

  /** Retries connection errors and 5xx answers with exponential backoff. */
  private async withRetries(call: () => Promise<Response>): Promise<Response> {
    const attempts = this.options.attempts ?? 3;
    const backoff = this.options.backoffMs ?? 500;
    let lastError: unknown;
    for (let attempt = 1; attempt <= attempts; attempt += 1) {
      try {
        const response = await call();
        if (response.status < 500 || attempt === attempts) return response;
        await response.arrayBuffer().catch(() => undefined);
        lastError = new RegistryApiError(
          `Registry ${this.registry} answered HTTP ${response.status}`,
          this.registry,
          response.status,
        );
      } catch (error) {
        lastError = error;
        if (attempt === attempts) break;
      }
      await new Promise((resolve) => setTimeout(resolve, backoff * 2 ** (attempt - 1)));
    }
    if (lastError instanceof RegistryApiError) throw lastError;
    const cause = (lastError as { cause?: { code?: string; message?: string } } | undefined)?.cause;
    const reason =
      cause?.code ?? cause?.message ?? (lastError instanceof Error ? lastError.message : String(lastError));
    throw new RegistryApiError(
      `Registry ${this.registry} is not reachable at ${this.base}: ${reason}`,
      this.registry,
      undefined,
    );
  }
}

/** `Bearer realm="…",service="…",scope="…"` into its parameters. */
export function parseChallenge(header: string): Record<string, string> {
  const params: Record<string, string> = {};
  for (const match of header.replace(/^\w+\s+/, '').matchAll(/(\w+)="([^"]*)"/g)) {
    if (match[1]) params[match[1]] = match[2] ?? '';
  }
  return params;
}

function mediaTypeOf(bytes: Buffer): string {
  try {
    const parsed = JSON.parse(bytes.toString('utf8')) as { mediaType?: unknown };
    if (typeof parsed.mediaType === 'string') return parsed.mediaType;
  } catch {
    // fall through to the schema 2 default
  }
  return 'application/vnd.docker.distribution.manifest.v2+json';
}

async function errorDetail(response: Response): Promise<string> {
  try {
    const body = (await response.json()) as { errors?: { code?: string; message?: string }[] };
    return (body.errors ?? []).map((e) => [e.code, e.message].filter(Boolean).join(': ')).join('; ');
  } catch {
    return '';
  }
}
