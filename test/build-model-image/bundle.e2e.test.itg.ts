import { chmodSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, expect, it } from 'vitest';
import { nodeBaseImage, pythonBaseImage } from '../support/base-images.js';
import { describeDocker, registryReachable, testServices } from '../support/docker.js';
import { ROOT, runBundle, type BundleResult } from '../support/run-bundle.js';
import { uniqueRepo, writeTree } from './helpers.js';

const BUNDLE = path.join(ROOT, 'dist', 'build-model-image', 'index.js');
const CLI = path.join(ROOT, 'dist', 'cli', 'index.js');
const EXAMPLE = path.join(ROOT, 'examples', 'churn');

/** Everything a person or a log collector could see, minus the one line Azure needs to learn the secret. */
function visible(result: BundleResult): string {
  const stdout = result.stdout
    .split('\n')
    .filter((line) => !line.startsWith('##vso[task.setsecret]'))
    .join('\n');
  return [stdout, result.stderr, result.summary, JSON.stringify(result.outputs)].join('\n');
}

function report(result: BundleResult): {
  schema: string;
  status: string;
  error?: string;
  record: { failedStep?: string };
} {
  return JSON.parse(readFileSync(result.outputs.report ?? '', 'utf8')) as ReturnType<typeof report>;
}

describeDocker('build-model-image bundle end to end (GitHub, Azure, CLI)', () => {
  const services = testServices();
  let python = '';
  let node = '';
  let ready = true;
  let reason = '';

  beforeAll(async () => {
    if (!existsSync(BUNDLE)) {
      ready = false;
      reason = 'dist/build-model-image/index.js is missing; run npm run build first';
      return;
    }
    if (
      !(await registryReachable(services.registry)) ||
      !(await registryReachable(services.authRegistry)) ||
      !services.password
    ) {
      ready = false;
      reason = 'registries not running; run scripts/ci/services.sh start';
      return;
    }
    python = await pythonBaseImage();
    node = await nodeBaseImage();
  });

  it('GitHub: builds the example model from the python-sklearn template, pushes, then reuses it', async (ctx) => {
    if (!ready) ctx.skip(reason);
    const image = uniqueRepo(services.registry, 'churn-model');
    const reportDir = writeTree({});
    const metrics = path.join(reportDir, 'metrics.json');
    writeFileSync(metrics, JSON.stringify({ roc_auc: 0.88, accuracy: 0.81 }));
    const inputs = {
      context: path.join(EXAMPLE, 'model'),
      template: 'python-sklearn',
      'model-path': path.join(EXAMPLE, 'model', 'model.joblib'),
      'base-image': python,
      image,
      'model-version': '1.0.0',
      'metrics-file': metrics,
      'data-files': path.join(EXAMPLE, 'data', 'train.csv'),
      'report-dir': reportDir,
    };
    const env = {
      GITHUB_SHA: 'a'.repeat(40),
      GITHUB_REF: 'refs/heads/main',
      GITHUB_REPOSITORY: 'example/churn',
      GITHUB_RUN_ID: '42',
    };
    const first = await runBundle('build-model-image', { mode: 'github', inputs, env, timeoutMs: 240_000 });
    expect(first.code, first.stdout + first.stderr).toBe(0);
    expect(first.outputs.built).toBe('true');
    expect(first.outputs.digest).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(first.outputs.image).toBe(`${image}@${first.outputs.digest}`);
    const tags = JSON.parse(first.outputs.tags ?? '[]') as string[];
    expect(tags).toEqual([`ch-${(first.outputs['content-hash'] ?? '').slice(0, 24)}`, 'aaaaaaa', 'latest', '1.0.0']);
    const labels = JSON.parse(first.outputs.labels ?? '{}') as Record<string, string>;
    expect(labels['ml-actions.metrics.roc_auc']).toBe('0.88');
    expect(labels['ml-actions.run-url']).toBe('https://github.com/example/churn/actions/runs/42');
    expect(labels['org.opencontainers.image.version']).toBe('1.0.0');
    expect(first.stdout).toContain('::group::Build');
    expect(first.summary.split('\n')[0]).toContain('Built');
    expect(report(first).schema).toBe('ml-actions/build-model-image/v1');

    const second = await runBundle('build-model-image', {
      mode: 'github',
      inputs: { ...inputs, 'model-version': '1.0.1' },
      env: { ...env, GITHUB_SHA: 'b'.repeat(40) },
      timeoutMs: 120_000,
    });
    expect(second.code, second.stdout + second.stderr).toBe(0);
    expect(second.outputs.built).toBe('false');
    expect(second.outputs.digest).toBe(first.outputs.digest);
    expect(second.outputs['content-hash']).toBe(first.outputs['content-hash']);
    expect(second.stdout).not.toMatch(/Step \d+\/\d+ :/);
    expect(second.summary.split('\n')[0]).toContain('Reused');
  });

  it('Azure: pushes with credentials to the auth registry; the password never shows', async (ctx) => {
    if (!ready) ctx.skip(reason);
    const context = writeTree({
      Dockerfile: `FROM ${node}\nCOPY model.bin /model.bin\nUSER 10001\n`,
      'model.bin': `w-${Date.now()}`,
    });
    const image = uniqueRepo(services.authRegistry, 'azure');
    const result = await runBundle('build-model-image', {
      mode: 'azure',
      inputs: {
        context,
        image,
        tags: 'v1',
        username: services.username,
        password: services.password,
        'model-path': path.join(context, 'model.bin'),
        'report-dir': path.join(context, 'report'),
      },
      env: { BUILD_SOURCEVERSION: 'c'.repeat(40), BUILD_SOURCEBRANCH: 'refs/heads/main' },
    });
    expect(result.code, result.stdout + result.stderr).toBe(0);
    expect(result.outputs.built).toBe('true');
    expect(result.outputs.digest).toMatch(/^sha256:/);
    expect(result.stdout).toContain('##[group]Build');
    expect(visible(result)).not.toContain(services.password);
    expect(readFileSync(path.join(context, 'report', 'report.json'), 'utf8')).not.toContain(services.password);
  });

  it('Azure: wrong credentials fail naming the registry and status, with the report written first', async (ctx) => {
    if (!ready) ctx.skip(reason);
    const context = writeTree({
      Dockerfile: `FROM ${node}\nCOPY model.bin /model.bin\n`,
      'model.bin': `w-${Date.now()}`,
    });
    const wrong = `not-the-password-${Date.now()}`;
    const result = await runBundle('build-model-image', {
      mode: 'azure',
      inputs: {
        context,
        image: uniqueRepo(services.authRegistry, 'denied'),
        tags: 'v1',
        username: services.username,
        password: wrong,
        'report-dir': path.join(context, 'report'),
      },
    });
    expect(result.code).not.toBe(0);
    expect(result.stdout).toMatch(/##vso\[task\.logissue type=error[^\]]*\][^\n]*127\.0\.0\.1:5001[^\n]*401/);
    expect(visible(result)).not.toContain(wrong);
    const written = JSON.parse(readFileSync(path.join(context, 'report', 'report.json'), 'utf8')) as { status: string };
    expect(written.status).toBe('failed');
  });

  it('GitHub: acr-name gets a token from the Azure CLI (a stand-in az on PATH), masks it and pushes with it', async (ctx) => {
    if (!ready) ctx.skip(reason);
    const token = `acr-token-${Date.now()}`;
    const bin = writeTree({
      // Answers `az acr login --name <acr> --expose-token --output json` like the real CLI; logs its arguments.
      az: `#!/bin/sh\necho "$@" >> "$(dirname "$0")/calls.log"\necho '{"accessToken": "${token}", "loginServer": "${services.registry}"}'\n`,
    });
    chmodSync(path.join(bin, 'az'), 0o755);
    const context = writeTree({
      Dockerfile: `FROM ${node}\nCOPY model.bin /model.bin\n`,
      'model.bin': `w-${Date.now()}`,
    });
    const repo = uniqueRepo('x', 'acr').slice(2);
    const result = await runBundle('build-model-image', {
      mode: 'github',
      inputs: {
        context,
        image: repo,
        tags: 'v1',
        'acr-name': 'myregistry',
        'report-dir': path.join(context, 'report'),
      },
      env: { PATH: `${bin}:${process.env.PATH ?? ''}` },
    });
    expect(result.code, result.stdout + result.stderr).toBe(0);
    expect(readFileSync(path.join(bin, 'calls.log'), 'utf8').trim()).toBe(
      'acr login --name myregistry --expose-token --output json --only-show-errors',
    );
    expect(result.outputs.image).toMatch(new RegExp(`^${services.registry.replace(/\./g, '\\.')}/${repo}@sha256:`));
    expect(result.stdout).toContain(`::add-mask::${token}`);
    const shown = visible(result)
      .split('\n')
      .filter((line) => !line.startsWith('::add-mask::'))
      .join('\n');
    expect(shown).not.toContain(token);
    expect(readFileSync(path.join(context, 'report', 'report.json'), 'utf8')).not.toContain(token);
  });

  it('CLI: a failing Dockerfile step fails with the step and its output, and still writes the report', async (ctx) => {
    if (!ready) ctx.skip(reason);
    if (!existsSync(CLI)) ctx.skip('dist/cli/index.js is missing; run npm run build first');
    const context = writeTree({
      Dockerfile: `FROM ${node}\nRUN echo 'resolving dependencies' && echo 'no matching distribution for torch==9.9' && exit 1\n`,
    });
    const result = await runBundle('build-model-image', {
      mode: 'cli',
      inputs: {
        context,
        image: 'ml-actions-test/cli-broken',
        push: 'false',
        'report-dir': path.join(context, 'report'),
      },
    });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('The image build failed at Step 2/');
    expect(result.stderr).toContain('no matching distribution for torch==9.9');
    const written = JSON.parse(readFileSync(path.join(context, 'report', 'report.json'), 'utf8')) as {
      status: string;
      record: { failedStep?: string };
    };
    expect(written.status).toBe('failed');
    expect(written.record.failedStep).toMatch(/^Step 2\/\d+ : RUN echo/);
    expect(readFileSync(path.join(context, 'report', 'summary.md'), 'utf8').split('\n')[0]).toContain('failed');
  });
});
