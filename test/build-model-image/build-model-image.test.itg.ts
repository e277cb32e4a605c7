import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, expect, it } from 'vitest';
import { DockerClient } from '../../actions/shared/docker/docker-client.js';
import { UserError } from '../../actions/shared/errors.js';
import { nodeBaseImage, pythonBaseImage } from '../support/base-images.js';
import { describeDocker, registryReachable, testServices } from '../support/docker.js';
import { runBuild } from './run-build.js';
import { RecordingLogger, startRegistry, testOptions, uniqueRepo, writeTree } from './helpers.js';

const ROOT = path.resolve(import.meta.dirname, '..', '..');

describeDocker('build-model-image against a real engine and registry', () => {
  const docker = new DockerClient();
  const services = testServices();
  let base = '';
  let registryUp = false;
  let authUp = false;

  beforeAll(async () => {
    base = await nodeBaseImage();
    registryUp = await registryReachable(services.registry);
    authUp = (await registryReachable(services.authRegistry)) && services.password !== '';
  });

  function nodeContext(extra: Record<string, string> = {}): string {
    return writeTree({
      Dockerfile: `FROM ${base}\nCOPY app.js /app/app.js\nCOPY model.bin /app/model.bin\nUSER 10001\nCMD ["node", "/app/app.js"]\n`,
      'app.js': 'console.log("model server");\n',
      'model.bin': 'weights-v1',
      'ignored.log': 'should not be sent',
      '.dockerignore': '*.log\n',
      'metrics.json': JSON.stringify({ metrics: { roc_auc: 0.91, accuracy: 0.85, brier: null } }),
      'train.csv': 'a,b\n1,2\n',
      ...extra,
    });
  }

  it('builds, labels, pushes, pulls back by digest, then reuses by content hash without building', async (ctx) => {
    if (!registryUp) ctx.skip(`registry ${services.registry} not running; run scripts/ci/services.sh start`);
    const context = nodeContext();
    const image = uniqueRepo(services.registry, 'churn');
    const options = testOptions({
      context,
      image,
      tags: ['abc1234', 'latest'],
      modelPath: path.join(context, 'model.bin'),
      dataFiles: [path.join(context, 'train.csv')],
      metrics: { roc_auc: 0.91, accuracy: 0.85 },
    });
    const first = await runBuild(options);
    expect(first.error).toBeUndefined();
    expect(first.record.built).toBe(true);
    expect(first.record.digest).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(first.record.image).toBe(`${image}@${first.record.digest}`);
    expect(first.logger.lines.some((line) => line.startsWith('Step 1/'))).toBe(true);

    // Pull back by digest from a clean engine state and read the labels from the pulled image.
    for (const tag of [first.record.contentTag ?? '', 'abc1234', 'latest'])
      await docker.removeImage(`${image}:${tag}`, true);
    await docker.pull(`${image}@${first.record.digest}`);
    const pulled = await docker.inspectImage(`${image}@${first.record.digest}`);
    const labels = pulled?.Config.Labels ?? {};
    expect(labels['org.opencontainers.image.revision']).toBe('f'.repeat(40));
    expect(labels['org.opencontainers.image.source']).toBe('https://github.com/example/churn');
    expect(labels['org.opencontainers.image.title']).toBe('churn');
    expect(labels['ml-actions.model.sha256']).toBe(first.record.model?.sha256);
    expect(labels['ml-actions.data.sha256']).toMatch(/^[0-9a-f]{64}$/);
    expect(labels['ml-actions.metrics.roc_auc']).toBe('0.91');
    expect(labels['ml-actions.content-hash']).toBe(first.record.contentHash);
    expect(pulled?.Config.User).toBe('10001');
    // .dockerignore kept the log out of the context.
    const run1 = await docker.createAndStart({
      image: `${image}@${first.record.digest}`,
      cmd: ['node', '-e', 'require("fs").accessSync("/app/model.bin")'],
    });
    await docker.removeContainer(run1.id);

    // Same content from another commit: same hash, new tags added by the registry API, nothing built.
    const second = await runBuild({ ...options, tags: ['def5678'], ci: { ...options.ci, sha: 'e'.repeat(40) } });
    expect(second.error).toBeUndefined();
    expect(second.record.built).toBe(false);
    expect(second.record.contentHash).toBe(first.record.contentHash);
    expect(second.record.digest).toBe(first.record.digest);
    expect(second.logger.lines.some((line) => /^Step \d+\//.test(line))).toBe(false);
    expect(second.logger.text()).toContain('adding tags without building');
    // The reused image's labels are the ones it was built with (the first commit).
    expect(second.record.labels['org.opencontainers.image.revision']).toBe('f'.repeat(40));
    await docker.pull(`${image}:def5678`);
    expect((await docker.inspectImage(`${image}:def5678`))?.RepoDigests).toContain(`${image}@${first.record.digest}`);
    await docker.removeImage(`${image}:def5678`, true);
  });

  it('rebuilds only the model layer after a model-only change', async () => {
    const context = nodeContext();
    const options = testOptions({ context, image: 'ml-actions-test/rebuild', push: false, skipIfExists: false });
    const first = await runBuild(options);
    expect(first.error).toBeUndefined();
    const { writeFileSync } = await import('node:fs');
    writeFileSync(path.join(context, 'model.bin'), 'weights-v2');
    const second = await runBuild(options);
    expect(second.error).toBeUndefined();
    expect(second.record.contentHash).not.toBe(first.record.contentHash);
    // FROM and the app COPY come from the cache; the model COPY and what follows are rebuilt.
    expect(second.record.cachedSteps).toBeGreaterThanOrEqual(1);
    expect(second.logger.text()).toMatch(/COPY app\.js[^\n]*\n ---> Using cache/);
    await docker.removeImage('ml-actions-test/rebuild:t1', true);
    await docker.removeImage(`ml-actions-test/rebuild:${second.record.contentTag ?? ''}`, true);
    await docker.removeImage(`ml-actions-test/rebuild:${first.record.contentTag ?? ''}`, true);
  });

  it('fails on a failing Dockerfile step with that step and its last lines, and records them', async () => {
    const context = writeTree({
      Dockerfile: `FROM ${base}\nRUN echo compiling && echo 'fatal: missing wheel for torch' && exit 7\n`,
    });
    const { record, error } = await runBuild(testOptions({ context, image: 'ml-actions-test/broken', push: false }));
    expect(error).toBeInstanceOf(UserError);
    const message = (error as Error).message;
    expect(message).toContain('Step 2/');
    expect(message).toContain('fatal: missing wheel for torch');
    expect(message).toContain('returned a non-zero code: 7');
    // The annotation points at the failing instruction's line in the Dockerfile.
    expect((error as UserError).location).toEqual({ file: 'Dockerfile', line: 2 });
    expect(record.failedStep).toMatch(/^Step 2\/\d+ : RUN echo compiling/);
    expect(record.failedStepOutput).toContain('fatal: missing wheel for torch');
    expect(record.contentHash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('refuses wrong credentials naming the registry and status, pushes with right ones, and never shows the password', async (ctx) => {
    if (!authUp) ctx.skip(`auth registry ${services.authRegistry} not running; run scripts/ci/services.sh start`);
    const context = nodeContext({ 'model.bin': `weights-${Date.now()}` });
    const image = uniqueRepo(services.authRegistry, 'private');
    const wrongPassword = `wrong-${randomBytes(8).toString('hex')}`;
    const wrong = await runBuild(
      testOptions({
        context,
        image,
        credentials: { username: services.username, password: wrongPassword },
        secrets: [wrongPassword],
      }),
    );
    expect(wrong.error).toBeInstanceOf(UserError);
    expect((wrong.error as Error).message).toContain(services.authRegistry);
    expect((wrong.error as Error).message).toMatch(/401/);
    const right = await runBuild(
      testOptions({
        context,
        image,
        credentials: { username: services.username, password: services.password },
        secrets: [services.password],
      }),
    );
    expect(right.error).toBeUndefined();
    expect(right.record.digest).toMatch(/^sha256:/);
    const everything = [
      wrong.logger.text(),
      right.logger.text(),
      String(wrong.error),
      JSON.stringify(wrong.record),
      JSON.stringify(right.record),
    ].join('\n');
    expect(everything).not.toContain(services.password);
    expect(everything).not.toContain(wrongPassword);
    const history = await docker.imageHistory(`${image}:t1`);
    expect(JSON.stringify(history)).not.toContain(services.password);
    // Reuse through the registry API with basic auth.
    const again = await runBuild(
      testOptions({
        context,
        image,
        tags: ['t2'],
        credentials: { username: services.username, password: services.password },
      }),
    );
    expect(again.error).toBeUndefined();
    expect(again.record.built).toBe(false);
  });

  it('fails honestly, after retries, when the registry goes away mid-push', async () => {
    const registry = await startRegistry(5077);
    try {
      // A 64 MB layer of random bytes takes long enough to push that the registry can vanish under it.
      const context = writeTree({
        Dockerfile: `FROM ${base}\nCOPY blob.bin /blob.bin\n`,
        'blob.bin': randomBytes(64 << 20),
      });
      const logger = new RecordingLogger();
      const pending = runBuild(
        testOptions({ context, image: `${registry.address}/going/away`, pushAttempts: 2, pushBackoffMs: 200 }),
        logger,
      );
      for (let i = 0; i < 300 && !logger.lines.some((line) => line.startsWith('group: Push')); i += 1) {
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      await new Promise((resolve) => setTimeout(resolve, 150));
      await registry.stop();
      const { error, record } = await pending;
      expect(error).toBeInstanceOf(UserError);
      expect((error as Error).message).toContain(`registry ${registry.address}`);
      expect((error as Error).message).toMatch(/after 2 attempts/);
      expect(record.built).toBe(true);
      expect(record.pushed).toBe(false);
      expect(logger.warnings.some((w) => /retrying/.test(w))).toBe(true);
    } finally {
      await registry.stop();
      await docker.removeImage(`${registry.address}/going/away:t1`, true);
    }
  });

  it('warns about secret-looking build args and refuses to push an image whose history holds the password', async () => {
    const secret = `s3cr3t-${randomBytes(6).toString('hex')}`;
    const context = writeTree({ Dockerfile: `FROM ${base}\nARG DB_PASSWORD\nRUN echo "configured"\n` });
    const { error, logger } = await runBuild(
      testOptions({
        context,
        image: 'ml-actions-test/leaky',
        push: false,
        buildArgs: { DB_PASSWORD: secret },
        secrets: [secret],
      }),
    );
    expect(logger.warnings.some((w) => w.includes("'DB_PASSWORD' looks like a secret") && w.includes('BuildKit'))).toBe(
      true,
    );
    expect(error).toBeInstanceOf(UserError);
    expect((error as Error).message).toContain('image history');
    expect((error as Error).message).not.toContain(secret);
    expect(await docker.inspectImage('ml-actions-test/leaky:t1')).toBeUndefined();
  });

  it('builds the python-sklearn template into an image that serves /health and predictions', async () => {
    const python = await pythonBaseImage();
    // The bundled example: a real scikit-learn pipeline (ColumnTransformer over named columns) and its input example.
    const modelDir = path.join(ROOT, 'examples', 'churn', 'model');
    expect(existsSync(path.join(modelDir, 'model.joblib'))).toBe(true);
    const { record, error } = await runBuild(
      testOptions({
        context: modelDir,
        image: 'ml-actions-test/sklearn-served',
        template: 'python-sklearn',
        baseImage: python,
        modelPath: path.join(modelDir, 'model.joblib'),
        push: false,
      }),
    );
    expect(error).toBeUndefined();
    const inspected = await docker.inspectImage(record.imageId ?? '');
    expect(inspected?.Config.User).toBe('10001:10001');
    expect((inspected?.Config as { Healthcheck?: { Test?: string[] } }).Healthcheck?.Test).toContain('--healthcheck');
    const server = await docker.createAndStart({ image: record.imageId ?? '', containerPort: 8080 });
    try {
      let health = 0;
      for (let i = 0; i < 120 && health !== 200; i += 1) {
        health = await fetch(`http://127.0.0.1:${server.hostPort}/health`, { signal: AbortSignal.timeout(1000) })
          .then((r) => r.status)
          .catch(() => 0);
        if (health !== 200) await new Promise((resolve) => setTimeout(resolve, 250));
      }
      expect(health).toBe(200);
      const { readFileSync } = await import('node:fs');
      const example = JSON.parse(readFileSync(path.join(modelDir, 'input_example.json'), 'utf8')) as {
        columns: string[];
        data: unknown[][];
      };
      const response = await fetch(`http://127.0.0.1:${server.hostPort}/invocations`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ dataframe_split: example }),
      });
      expect(response.status).toBe(200);
      const body = (await response.json()) as {
        predictions: { prediction: unknown; probabilities: Record<string, number> }[];
      };
      expect(body.predictions).toHaveLength(example.data.length);
      const first = body.predictions[0];
      expect(Object.values(first?.probabilities ?? {}).reduce((a, b) => a + b, 0)).toBeCloseTo(1, 6);
    } finally {
      await docker.removeContainer(server.id);
    }
  });
});
