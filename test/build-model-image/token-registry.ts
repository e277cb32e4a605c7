/**
 * A real distribution registry (Debian's docker-registry) with Bearer-token
 * auth, and the token service it sends clients to, run in-process with
 * node:http. The token service checks Basic credentials and signs ES256 JWTs
 * carrying the requested access; the signing key's self-signed certificate is
 * the registry's `rootcertbundle` and travels in each token's `x5c` header, the
 * first of the three ways distribution 2.x finds the signing key (x5c, jwk,
 * kid as a libtrust fingerprint).
 */
import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import { createPrivateKey, randomUUID, sign, type KeyObject } from 'node:crypto';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import { createServer as createNetServer } from 'node:net';
import path from 'node:path';
import { tempDir } from './helpers.js';

export interface TokenRequest {
  /** The user from Basic auth, or undefined when none was sent. */
  readonly user: string | undefined;
  /** The `account` parameter, when the client sent one. */
  readonly account: string | undefined;
  readonly granted: boolean;
  readonly scopes: string[];
}

export interface TokenRegistry {
  /** `127.0.0.1:<port>` of the registry. */
  readonly address: string;
  /** The token service's URL (the realm in the registry's challenge). */
  readonly realm: string;
  readonly service: string;
  /** Every request the token service answered, in order. */
  readonly requests: TokenRequest[];
  /** What the registry wrote to stderr (its log). */
  registryLog(): string;
  /** A token for `scope`, fetched as any client would (for checks independent of the action's client). */
  token(scope: string): Promise<string>;
  stop(): Promise<void>;
}

const SERVICE = 'ml-actions-token-test';
const ISSUER = 'ml-actions-test-issuer';

/** A free loopback TCP port (the OS picks one; it is released before the registry binds it). */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createNetServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/** True when the openssl CLI (to make the self-signed certificate) and docker-registry are installed. */
export function tokenRegistryTools(): { ok: boolean; missing?: string } {
  for (const [tool, args] of [
    ['openssl', ['version']],
    ['docker-registry', ['--version']],
  ] as const) {
    try {
      execFileSync(tool, [...args], { stdio: 'ignore' });
    } catch {
      return { ok: false, missing: tool };
    }
  }
  return { ok: true };
}

function base64url(data: Buffer | string): string {
  return Buffer.from(data).toString('base64url');
}

/** The certificate's DER bytes, base64 (standard alphabet, as `x5c` wants). */
function certificateDer(pem: string): string {
  return pem
    .replace(/-----(BEGIN|END) CERTIFICATE-----/g, '')
    .replace(/\s+/g, '')
    .trim();
}

function signToken(key: KeyObject, x5c: string, claims: Record<string, unknown>): string {
  const header = base64url(JSON.stringify({ typ: 'JWT', alg: 'ES256', x5c: [x5c] }));
  const payload = base64url(JSON.stringify(claims));
  // JOSE wants the raw r||s pair for ECDSA, not DER.
  const signature = sign('sha256', Buffer.from(`${header}.${payload}`), { key, dsaEncoding: 'ieee-p1363' });
  return `${header}.${payload}.${base64url(signature)}`;
}

/** `repository:name:pull,push` → a distribution access entry. */
function access(scope: string): { type: string; name: string; actions: string[] } | undefined {
  const match = /^([^:]+):(.+):([^:]*)$/.exec(scope);
  if (!match?.[1] || !match[2]) return undefined;
  return { type: match[1], name: match[2], actions: (match[3] ?? '').split(',').filter(Boolean) };
}

function basicUser(request: IncomingMessage): { user: string; password: string } | undefined {
  const header = request.headers.authorization ?? '';
  if (!/^basic /i.test(header)) return undefined;
  const decoded = Buffer.from(header.slice(6), 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  if (colon < 0) return undefined;
  return { user: decoded.slice(0, colon), password: decoded.slice(colon + 1) };
}

/**
 * Starts the token service and a registry that trusts it, on free loopback
 * ports. Only `username`/`password` get tokens; every scope asked for is
 * granted to them (enough for pull and push).
 */
export async function startTokenRegistry(username: string, password: string): Promise<TokenRegistry> {
  const dir = tempDir('token-registry');
  const keyFile = path.join(dir, 'token.key');
  const certFile = path.join(dir, 'token.crt');
  execFileSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'ec',
      '-pkeyopt',
      'ec_paramgen_curve:prime256v1',
      '-nodes',
      '-keyout',
      keyFile,
      '-out',
      certFile,
      '-days',
      '2',
      '-subj',
      '/CN=ml-actions test token issuer',
    ],
    { stdio: 'ignore' },
  );
  const key = createPrivateKey(readFileSync(keyFile));
  const x5c = certificateDer(readFileSync(certFile, 'utf8'));
  const requests: TokenRequest[] = [];

  const tokenServer: Server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    const scopes = url.searchParams.getAll('scope').flatMap((s) => s.split(' ').filter(Boolean));
    const credentials = basicUser(request);
    const granted = credentials?.user === username && credentials.password === password;
    requests.push({ user: credentials?.user, account: url.searchParams.get('account') ?? undefined, granted, scopes });
    if (url.pathname !== '/token' || !granted) {
      response.writeHead(401, { 'Content-Type': 'application/json' });
      response.end(JSON.stringify({ errors: [{ code: 'UNAUTHORIZED', message: 'invalid username or password' }] }));
      return;
    }
    const now = Math.floor(Date.now() / 1000);
    const token = signToken(key, x5c, {
      iss: ISSUER,
      sub: username,
      aud: url.searchParams.get('service') ?? SERVICE,
      exp: now + 300,
      nbf: now - 10,
      iat: now,
      jti: randomUUID(),
      access: scopes.map(access).filter((a) => a !== undefined),
    });
    response.writeHead(200, { 'Content-Type': 'application/json' });
    response.end(JSON.stringify({ token, access_token: token, expires_in: 300, issued_at: new Date().toISOString() }));
  });
  await new Promise<void>((resolve) => tokenServer.listen(0, '127.0.0.1', resolve));
  const tokenAddress = tokenServer.address();
  const tokenPort = typeof tokenAddress === 'object' && tokenAddress ? tokenAddress.port : 0;
  const realm = `http://127.0.0.1:${tokenPort}/token`;

  const port = await freePort();
  const address = `127.0.0.1:${port}`;
  const config = path.join(dir, 'config.yml');
  writeFileSync(
    config,
    [
      'version: 0.1',
      'log: { level: info }',
      'storage:',
      `  filesystem: { rootdirectory: ${dir}/data }`,
      '  delete: { enabled: true }',
      'http:',
      `  addr: ${address}`,
      'auth:',
      '  token:',
      `    realm: ${realm}`,
      `    service: ${SERVICE}`,
      `    issuer: ${ISSUER}`,
      `    rootcertbundle: ${certFile}`,
      '',
    ].join('\n'),
  );
  let log = '';
  const child: ChildProcess = spawn('docker-registry', ['serve', config], { stdio: ['ignore', 'ignore', 'pipe'] });
  child.stderr?.on('data', (chunk: Buffer) => {
    log = (log + chunk.toString()).slice(-20_000);
  });

  const stop = async (): Promise<void> => {
    if (child.exitCode === null && child.signalCode === null) {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGKILL');
      await exited;
    }
    await new Promise<void>((resolve) => tokenServer.close(() => resolve()));
    rmSync(dir, { recursive: true, force: true });
  };

  // Up when /v2/ answers with the Bearer challenge.
  let up = false;
  for (let i = 0; i < 100 && !up; i += 1) {
    up = await fetch(`http://${address}/v2/`, { signal: AbortSignal.timeout(500) })
      .then((r) => r.status === 401 && /^bearer/i.test(r.headers.get('www-authenticate') ?? ''))
      .catch(() => false);
    if (!up) await new Promise((resolve) => setTimeout(resolve, 100));
  }
  if (!up) {
    await stop();
    throw new Error(`docker-registry with token auth did not come up on ${address}:\n${log.slice(-2000)}`);
  }

  return {
    address,
    realm,
    service: SERVICE,
    requests,
    registryLog: () => log,
    async token(scope: string): Promise<string> {
      const url = new URL(realm);
      url.searchParams.set('service', SERVICE);
      url.searchParams.set('scope', scope);
      url.searchParams.set('account', username);
      const response = await fetch(url, {
        headers: { Authorization: `Basic ${Buffer.from(`${username}:${password}`).toString('base64')}` },
      });
      const body = (await response.json()) as { token: string };
      return body.token;
    },
    stop,
  };
}
