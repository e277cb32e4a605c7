import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { parseChallenge, RegistryApiError, RegistryClient } from '../../actions/build-model-image/registry-client.js';

const MANIFEST = Buffer.from(
  JSON.stringify({
    schemaVersion: 2,
    mediaType: 'application/vnd.docker.distribution.manifest.v2+json',
    config: { digest: 'sha256:c' },
    layers: [],
  }),
);
const DIGEST = `sha256:${createHash('sha256').update(MANIFEST).digest('hex')}`;

interface Call {
  method: string;
  url: string;
  auth: string | null;
  contentType: string | null;
}

/** A scripted registry: each handler answers one request in order. */
function fakeFetch(handlers: ((call: Call) => Response)[]): { fetch: typeof fetch; calls: Call[] } {
  const calls: Call[] = [];
  const fn = (async (input: string | URL, init?: RequestInit) => {
    const headers = new Headers(init?.headers);
    const call = {
      method: init?.method ?? 'GET',
      url: String(input),
      auth: headers.get('authorization'),
      contentType: headers.get('content-type'),
    };
    calls.push(call);
    const handler = handlers.shift();
    if (!handler) throw new Error(`unexpected request ${call.method} ${call.url}`);
    return handler(call);
  }) as typeof fetch;
  return { fetch: fn, calls };
}

const manifestResponse = (): Response =>
  new Response(MANIFEST, {
    status: 200,
    headers: {
      'Content-Type': 'application/vnd.docker.distribution.manifest.v2+json',
      'Docker-Content-Digest': DIGEST,
    },
  });

describe('RegistryClient', () => {
  it('answers a Bearer challenge with a token from the realm, with basic credentials and the right scope', async () => {
    const { fetch, calls } = fakeFetch([
      () =>
        new Response('', {
          status: 401,
          headers: { 'WWW-Authenticate': 'Bearer realm="https://auth.example/token",service="registry.example"' },
        }),
      () => Response.json({ token: 'tok' }),
      manifestResponse,
    ]);
    const client = new RegistryClient('registry.example', { username: 'u', password: 'p' }, { fetch });
    const manifest = await client.getManifest('team/churn', 'ch-abc');
    expect(manifest?.digest).toBe(DIGEST);
    expect(calls[0]?.url).toBe('https://registry.example/v2/team/churn/manifests/ch-abc');
    const tokenUrl = new URL(calls[1]?.url ?? '');
    expect(tokenUrl.searchParams.get('service')).toBe('registry.example');
    expect(tokenUrl.searchParams.get('scope')).toBe('repository:team/churn:pull');
    expect(tokenUrl.searchParams.get('account')).toBe('u');
    expect(calls[1]?.auth).toBe(`Basic ${Buffer.from('u:p').toString('base64')}`);
    expect(calls[2]?.auth).toBe('Bearer tok');
  });

  it('uses Basic auth on a Basic challenge, plain HTTP on loopback, and puts manifests with their media type', async () => {
    const { fetch, calls } = fakeFetch([
      () => new Response('', { status: 401, headers: { 'WWW-Authenticate': 'Basic realm="r"' } }),
      () => new Response(null, { status: 201, headers: { 'Docker-Content-Digest': DIGEST } }),
    ]);
    const client = new RegistryClient('127.0.0.1:5001', { username: 'u', password: 'p' }, { fetch });
    const digest = await client.putManifest('churn', 'v2', {
      bytes: MANIFEST,
      mediaType: 'application/vnd.docker.distribution.manifest.v2+json',
      digest: DIGEST,
    });
    expect(digest).toBe(DIGEST);
    expect(calls[0]?.url).toBe('http://127.0.0.1:5001/v2/churn/manifests/v2');
    expect(calls[1]?.auth).toMatch(/^Basic /);
    expect(calls[1]?.contentType).toBe('application/vnd.docker.distribution.manifest.v2+json');
  });

  it('returns undefined for a missing tag and retries 5xx answers', async () => {
    const { fetch, calls } = fakeFetch([
      () => new Response('', { status: 503 }),
      () => new Response('', { status: 404 }),
    ]);
    const client = new RegistryClient('127.0.0.1:5000', {}, { fetch, backoffMs: 1 });
    expect(await client.getManifest('churn', 'ch-missing')).toBeUndefined();
    expect(calls).toHaveLength(2);
  });

  it('fails with the registry, the status and its error code, never the credentials', async () => {
    const { fetch } = fakeFetch([
      () => new Response('', { status: 401, headers: { 'WWW-Authenticate': 'Basic realm="r"' } }),
      () => Response.json({ errors: [{ code: 'UNAUTHORIZED', message: 'authentication required' }] }, { status: 401 }),
    ]);
    const client = new RegistryClient('127.0.0.1:5001', { username: 'u', password: 'topsecret' }, { fetch });
    const error = await client.getManifest('churn', 'x').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RegistryApiError);
    expect((error as RegistryApiError).status).toBe(401);
    expect((error as Error).message).toBe(
      'Registry 127.0.0.1:5001 refused reading manifest churn:x: HTTP 401 (UNAUTHORIZED: authentication required)',
    );
    expect((error as Error).message).not.toContain('topsecret');
  });

  it('reports an unreachable registry after its retries', async () => {
    const refused = (): Response => {
      throw Object.assign(new TypeError('fetch failed'), { cause: { code: 'ECONNREFUSED' } });
    };
    const { fetch, calls } = fakeFetch([refused, refused, refused]);
    const client = new RegistryClient('127.0.0.1:5999', {}, { fetch, backoffMs: 1 });
    await expect(client.getManifest('churn', 'x')).rejects.toThrow(
      'Registry 127.0.0.1:5999 is not reachable at http://127.0.0.1:5999: ECONNREFUSED',
    );
    expect(calls).toHaveLength(3);
  });

  it('parses challenges', () => {
    expect(parseChallenge('Bearer realm="https://a/token",service="b",scope="repository:c:pull"')).toEqual({
      realm: 'https://a/token',
      service: 'b',
      scope: 'repository:c:pull',
    });
  });
});
