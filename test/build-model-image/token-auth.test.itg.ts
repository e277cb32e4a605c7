import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { DockerClient } from '../../actions/shared/docker/docker-client.js';
import { UserError } from '../../actions/shared/errors.js';
import { nodeBaseImage } from '../support/base-images.js';
import { describeDocker } from '../support/docker.js';
import { ROOT, runBundle } from '../support/run-bundle.js';
import { runBuild } from './run-build.js';
import { testOptions, writeTree } from './helpers.js';
import { startTokenRegistry, tokenRegistryTools, type TokenRegistry } from './token-registry.js';

const BUNDLE = path.join(ROOT, 'dist', 'build-model-image', 'index.js');
const MANIFEST_TYPES =
  'application/vnd.docker.distribution.manifest.v2+json, application/vnd.oci.image.manifest.v1+json';

describeDocker('build-model-image against a real registry with Bearer-token auth', () => {
  const docker = new DockerClient();
  const username = 'ml-robot';
  const password = `pw-${randomBytes(12).toString('hex')}`;
  const tools = tokenRegistryTools();
  let tokenRegistry: TokenRegistry | undefined;
  let base = '';
  const dirs: string[] = [];
  const localImages: string[] = [];

  beforeAll(async () => {
    if (!tools.ok) return;
    base = await nodeBaseImage();
    tokenRegistry = await startTokenRegistry(username, password);
  });

  afterAll(async () => {
    for (const image of localImages) await docker.removeImage(image, true).catch(() => undefined);
    await tokenRegistry?.stop();
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  });

  /** The running token registry, or the test skipped saying which tool is missing. */
  function started(ctx: { skip: (note: string) => never }): TokenRegistry {
    if (!tokenRegistry)
      ctx.skip(`${tools.missing ?? 'a tool'} is not installed (apt-get install openssl docker-registry)`);
    return tokenRegistry;
  }

  function context(model: string): string {
    const dir = writeTree({
      Dockerfile: `FROM ${base}\nCOPY app.js /app/app.js\nCOPY model.bin /app/model.bin\nUSER 10001\nCMD ["node", "/app/app.js"]\n`,
      'app.js': 'console.log("model server");\n',
      'model.bin': model,
    });
    dirs.push(dir);
    return dir;
  }

  /** The digest the registry holds under a tag, read with a token fetched here (not through the action's client). */
  async function remoteDigest(repository: string, tag: string): Promise<string | undefined> {
    const token = await tokenRegistry?.token(`repository:${repository}:pull`);
    const response = await fetch(`http://${tokenRegistry?.address}/v2/${repository}/manifests/${tag}`, {
      method: 'HEAD',
      headers: { Authorization: `Bearer ${token}`, Accept: MANIFEST_TYPES },
    });
    if (response.status === 404) return undefined;
    expect(response.status).toBe(200);
    return response.headers.get('docker-content-digest') ?? undefined;
  }

  it('builds, pushes and verifies the digest, then reuses by content hash through the registry API', async (ctx) => {
    const registry = started(ctx);
    const address = registry.address;
    const repository = 'team/churn';
    const image = `${address}/${repository}`;
    const dir = context(`weights-${Date.now()}`);
    const credentials = { username, password };
    const options = testOptions({
      context: dir,
      image,
      tags: ['abc1234', 'latest'],
      modelPath: path.join(dir, 'model.bin'),
      credentials,
      secrets: [password],
    });
    const first = await runBuild(options);
    expect(first.error).toBeUndefined();
    expect(first.record.built).toBe(true);
    expect(first.record.pushed).toBe(true);
    expect(first.record.digest).toMatch(/^sha256:[0-9a-f]{64}$/);
    localImages.push(...['abc1234', 'latest', first.record.contentTag ?? ''].map((tag) => `${image}:${tag}`));
    // The action checked the digest through the registry API under the token, and tagged through it.
    expect(first.logger.text()).toContain(`Verified: the registry holds ${first.record.digest} under 3 tag(s).`);
    expect(first.logger.text()).toMatch(/abc1234: tagged sha256:[0-9a-f]{64} through the registry API/);
    expect(first.logger.warnings.filter((w) => /registry API/.test(w))).toEqual([]);
    // Independently of the action's client: every tag holds the pushed digest.
    for (const tag of [first.record.contentTag ?? '', 'abc1234', 'latest']) {
      expect(await remoteDigest(repository, tag)).toBe(first.record.digest);
    }
    // Both the engine (push) and the action (API calls) fetched tokens with the credentials, for this repository.
    const granted = registry.requests.filter((r) => r.granted);
    expect(granted.every((r) => r.account === username)).toBe(true);
    expect(granted.length).toBeGreaterThanOrEqual(2);
    expect(
      granted.some((r) => r.scopes.some((s) => s.startsWith(`repository:${repository}:`) && s.includes('push'))),
    ).toBe(true);

    // Same content, another commit: nothing built, the new tag added to the same manifest by the registry API.
    const second = await runBuild({ ...options, tags: ['def5678'], ci: { ...options.ci, sha: 'e'.repeat(40) } });
    expect(second.error).toBeUndefined();
    expect(second.record.built).toBe(false);
    expect(second.record.reusedFrom).toBe('registry');
    expect(second.record.digest).toBe(first.record.digest);
    expect(second.logger.lines.some((line) => /^Step \d+\//.test(line))).toBe(false);
    expect(second.logger.text()).toContain('adding tags without building');
    // The labels come from the config blob read under the token.
    expect(second.record.labels['org.opencontainers.image.revision']).toBe('f'.repeat(40));
    expect(await remoteDigest(repository, 'def5678')).toBe(first.record.digest);

    // Pulled back by digest by the engine, with the credentials.
    await docker.removeImage(`${image}:abc1234`, true);
    await docker.removeImage(`${image}:latest`, true);
    await docker.removeImage(`${image}:${first.record.contentTag ?? ''}`, true);
    await docker.pull(`${image}@${first.record.digest}`, { username, password, serveraddress: address });
    const pulled = await docker.inspectImage(`${image}@${first.record.digest}`);
    expect(pulled?.Config.Labels?.['ml-actions.content-hash']).toBe(first.record.contentHash);
    localImages.push(`${image}@${first.record.digest}`);

    const everything = [
      first.logger.text(),
      second.logger.text(),
      JSON.stringify(first.record),
      JSON.stringify(second.record),
    ].join('\n');
    expect(everything).not.toContain(password);
  });

  it('fails with wrong credentials naming the registry and the status, in the reuse check and in the push', async (ctx) => {
    const registry = started(ctx);
    const address = registry.address;
    const image = `${address}/team/denied`;
    const wrongPassword = `wrong-${randomBytes(8).toString('hex')}`;
    const dir = context(`weights-denied-${Date.now()}`);
    const options = testOptions({
      context: dir,
      image,
      credentials: { username, password: wrongPassword },
      secrets: [wrongPassword],
      pushAttempts: 2,
      pushBackoffMs: 50,
    });
    localImages.push(`${image}:t1`);

    // With skip-if-exists the registry API asks first: the token service refuses.
    const lookup = await runBuild(options);
    expect(lookup.error).toBeInstanceOf(UserError);
    const lookupMessage = (lookup.error as Error).message;
    expect(lookupMessage).toContain(`Registry ${address}`);
    expect(lookupMessage).toMatch(/HTTP 401/);
    expect(lookup.record.built).toBeUndefined();

    // Without it the build runs and the engine's push is refused: still the registry and the status.
    const push = await runBuild({ ...options, skipIfExists: false });
    expect(push.error).toBeInstanceOf(UserError);
    const pushMessage = (push.error as Error).message;
    expect(pushMessage).toContain(`registry ${address}`);
    expect(pushMessage).toMatch(/401|unauthorized/i);
    // Credentials are not a transient failure: one attempt, no retry.
    expect(push.logger.warnings.some((w) => /retrying/.test(w))).toBe(false);
    expect(push.record.built).toBe(true);
    expect(push.record.pushed).toBe(false);
    expect(await remoteDigest('team/denied', 't1')).toBeUndefined();

    const everything = [
      lookup.logger.text(),
      push.logger.text(),
      lookupMessage,
      pushMessage,
      (lookup.error as UserError).hint ?? '',
      (push.error as UserError).hint ?? '',
      JSON.stringify(lookup.record),
      JSON.stringify(push.record),
    ].join('\n');
    expect(everything).not.toContain(wrongPassword);
    expect(everything).not.toContain(password);
    // The token service saw the wrong password and refused it.
    expect(registry.requests.some((r) => r.user === username && !r.granted)).toBe(true);
  });

  it('bundle (GitHub mode): pushes with a token, then fails on a wrong password without showing it', async (ctx) => {
    const registry = started(ctx);
    if (!existsSync(BUNDLE)) ctx.skip('dist/build-model-image/index.js is missing; run npm run build first');
    const address = registry.address;
    const image = `${address}/bundle/churn`;
    const dir = context(`weights-bundle-${Date.now()}`);
    const reportDir = writeTree({}, 'report');
    dirs.push(reportDir);
    const inputs = {
      context: dir,
      image,
      tags: 'b1',
      'model-path': path.join(dir, 'model.bin'),
      registry: address,
      username,
      'report-dir': reportDir,
    };
    const ok = await runBundle('build-model-image', { mode: 'github', inputs: { ...inputs, password } });
    expect(ok.code, ok.stdout.slice(-2000)).toBe(0);
    expect(ok.outputs.built).toBe('true');
    expect(ok.outputs.digest).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(await remoteDigest('bundle/churn', 'b1')).toBe(ok.outputs.digest);
    localImages.push(`${image}:b1`, `${image}:ch-${(ok.outputs['content-hash'] ?? '').slice(0, 24)}`);

    const again = await runBundle('build-model-image', {
      mode: 'github',
      inputs: { ...inputs, tags: 'b2', password },
    });
    expect(again.code).toBe(0);
    expect(again.outputs.built).toBe('false');
    expect(await remoteDigest('bundle/churn', 'b2')).toBe(ok.outputs.digest);

    const wrongPassword = `wrong-${randomBytes(8).toString('hex')}`;
    const wrong = await runBundle('build-model-image', {
      mode: 'github',
      inputs: { ...inputs, tags: 'b3', password: wrongPassword },
    });
    expect(wrong.code).not.toBe(0);
    expect(wrong.stdout).toContain(`::error`);
    expect(wrong.stdout).toContain(`Registry ${address}`);
    expect(wrong.stdout).toMatch(/HTTP 401/);
    const reportJson = readFileSync(path.join(reportDir, 'report.json'), 'utf8');
    expect((JSON.parse(reportJson) as { status: string }).status).toBe('failed');
    // The one line that tells the runner to mask a secret names it, by design; everything else must not.
    const unmasked = (stdout: string): string =>
      stdout
        .split('\n')
        .filter((line) => !line.startsWith('::add-mask::'))
        .join('\n');
    const visible = [
      ...[ok, again, wrong].flatMap((result) => [unmasked(result.stdout), result.stderr, result.summary]),
      JSON.stringify(ok.outputs),
      JSON.stringify(again.outputs),
      reportJson,
      readFileSync(path.join(reportDir, 'summary.md'), 'utf8'),
      readFileSync(path.join(reportDir, 'report.html'), 'utf8'),
    ].join('\n');
    expect(visible).not.toContain(wrongPassword);
    expect(visible).not.toContain(password);
  });
});
