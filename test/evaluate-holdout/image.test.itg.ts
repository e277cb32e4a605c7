/**
 * The image source against a real Docker Engine: a small model-server image
 * is built in the test on the Node base made by `docker import`, started,
 * scored in every payload format, and always removed.
 */
import { spawn } from 'node:child_process';
import { readFileSync, realpathSync } from 'node:fs';
import path from 'node:path';
import Docker from 'dockerode';
import { pack } from 'tar-stream';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { CONTAINER_LABEL } from '../../actions/evaluate-holdout/image-server.js';
import type { EvaluateOptions } from '../../actions/evaluate-holdout/options.js';
import { defaultPredictPath, PAYLOAD_FORMATS } from '../../actions/evaluate-holdout/payload-formats.js';
import { runEvaluation } from '../../actions/evaluate-holdout/run-evaluation.js';
import { DockerClient } from '../../actions/shared/docker/docker-client.js';
import { nodeBaseImage, TEST_USER } from '../support/base-images.js';
import { describeDocker } from '../support/docker.js';
import { ROOT, runBundle, removeWorkDir } from '../support/run-bundle.js';
import { binaryFixture, MODEL_SERVER, RecordingLogger, type BinaryFixture } from './fixtures.js';

const TAG = 'ml-actions-test/eh-model-server:1';

async function buildModelImage(docker: DockerClient): Promise<void> {
  const base = await nodeBaseImage();
  const node = realpathSync(process.execPath);
  const dockerfile = [
    `FROM ${base}`,
    'COPY model-server.mjs /app/model-server.mjs',
    `USER ${TEST_USER.uid}`,
    'EXPOSE 8080',
    `CMD ["${node}", "/app/model-server.mjs"]`,
  ].join('\n');
  const context = pack();
  context.entry({ name: 'Dockerfile' }, dockerfile);
  context.entry({ name: 'model-server.mjs' }, readFileSync(MODEL_SERVER, 'utf8'));
  context.finalize();
  await docker.build({ context, tags: [TAG] });
}

/** Containers this action started and left behind (there must be none). */
async function leftovers(): Promise<number> {
  const containers = await new Docker().listContainers({ all: true, filters: { label: [CONTAINER_LABEL] } });
  return containers.length;
}

function options(fixture: BinaryFixture, overrides: Partial<EvaluateOptions> = {}): EvaluateOptions {
  return {
    holdout: fixture.holdout,
    targetColumn: 'y',
    idColumn: 'id',
    featureColumns: [],
    ignoreColumns: [],
    decisionThreshold: 0.5,
    source: {
      kind: 'image',
      image: TAG,
      containerPort: 8080,
      healthPath: '/health',
      startupTimeoutMs: 30_000,
      env: {},
    },
    predictionColumn: 'prediction',
    predictionColumnGiven: false,
    scoreColumns: [],
    http: {
      format: 'mlflow',
      predictPath: '/invocations',
      batchSize: 40,
      concurrency: 3,
      retries: 3,
      timeoutMs: 10_000,
      headers: {},
    },
    metrics: [],
    gates: [],
    maxRegression: [],
    bootstrap: 0,
    confidenceLevel: 0.95,
    seed: 42,
    sliceColumns: [],
    minSliceSize: 30,
    reportDir: path.join(fixture.dir, 'report'),
    ...overrides,
  };
}

describeDocker('evaluate-holdout image source (real Docker Engine)', () => {
  const docker = new DockerClient();
  let fixture: BinaryFixture;
  let expected: Record<string, number>;
  const deps = () => ({ logger: new RecordingLogger(), docker: () => docker, runCommand: async () => 1 });

  beforeAll(async () => {
    await buildModelImage(docker);
    fixture = binaryFixture(200);
    const fromFile = await runEvaluation(
      options(fixture, { source: { kind: 'predictions', path: fixture.predictions } }),
      deps(),
    );
    expected = fromFile.metrics;
  });

  afterAll(async () => {
    expect(await leftovers()).toBe(0);
  });

  it.each(PAYLOAD_FORMATS)('%s: the served model scores like its predictions file, with latency', async (format) => {
    const report = await runEvaluation(
      options(fixture, {
        http: {
          format,
          predictPath: defaultPredictPath(format, 'model'),
          batchSize: 40,
          concurrency: 3,
          retries: 3,
          timeoutMs: 10_000,
          headers: {},
        },
        gates: ['latency_p95_ms <= 30000', 'roc_auc >= 0.6'],
      }),
      deps(),
    );
    for (const metric of ['roc_auc', 'average_precision', 'log_loss', 'f1', 'accuracy']) {
      expect(report.metrics[metric]).toBeCloseTo(expected[metric] as number, 12);
    }
    expect(report.latency?.requests).toBe(5);
    expect(report.latency?.startup_ms).toBeGreaterThan(0);
    expect(report.passed).toBe(true);
    expect(await leftovers()).toBe(0);
  });

  it('retries transient errors from the container and still gets every row', async () => {
    const report = await runEvaluation(
      options(fixture, {
        source: {
          kind: 'image',
          image: TAG,
          containerPort: 8080,
          healthPath: '/health',
          startupTimeoutMs: 30_000,
          env: { FAIL_FIRST: '2' },
        },
      }),
      deps(),
    );
    expect(report.latency?.retries).toBe(2);
    expect(report.metrics.roc_auc).toBeCloseTo(expected.roc_auc as number, 12);
    expect(await leftovers()).toBe(0);
  });

  it.each([
    [
      'an image that does not start',
      { EXIT_AT_START: '1' },
      30_000,
      /exited with code 3 before it was healthy\. Its last log lines:\n.*cannot load model\.joblib/s,
    ],
    [
      'a health check that never passes',
      { NEVER_HEALTHY: '1' },
      3_000,
      /did not pass its health check .*\/health within 3 s\. Its last log lines:\n.*listening on 8080/s,
    ],
    [
      'a malformed response',
      { MALFORMED: '1' },
      30_000,
      /Batch \d of 5 \(rows \d+–\d+\): malformed mlflow response .*39 predictions for 40 rows/,
    ],
    ['HTTP errors beyond the retries', { FAIL_FIRST: '1000' }, 30_000, /HTTP 503 .*gave up after 4 attempts/],
  ])('%s: a clear error and no leftover container', async (_, env, startupTimeoutMs, message) => {
    await expect(
      runEvaluation(
        options(fixture, {
          source: { kind: 'image', image: TAG, containerPort: 8080, healthPath: '/health', startupTimeoutMs, env },
        }),
        deps(),
      ),
    ).rejects.toThrow(message);
    expect(await leftovers()).toBe(0);
  });

  it('an image that is not there is named', async () => {
    await expect(
      runEvaluation(
        options(fixture, {
          source: {
            kind: 'image',
            image: 'ml-actions-test/nope:0',
            containerPort: 8080,
            healthPath: '/health',
            startupTimeoutMs: 5000,
            env: {},
          },
        }),
        deps(),
      ),
    ).rejects.toThrow(/ml-actions-test\/nope:0 is not on the Docker Engine and could not be pulled/);
  });

  it('the bundle scores through the image on GitHub and leaves nothing behind', async () => {
    const result = await runBundle('evaluate-holdout', {
      mode: 'github',
      inputs: {
        holdout: fixture.holdout,
        'target-column': 'y',
        'id-column': 'id',
        image: TAG,
        'payload-format': 'records',
        gates: 'roc_auc >= 0.6\nlatency_p99_ms <= 30000',
        'report-dir': path.join(fixture.dir, 'bundle-report'),
      },
    });
    expect(result.code, result.stdout + result.stderr).toBe(0);
    const metrics = JSON.parse(result.outputs.metrics ?? '{}') as Record<string, number>;
    expect(metrics.roc_auc).toBeCloseTo(expected.roc_auc as number, 12);
    expect(metrics.throughput_rows_per_s).toBeGreaterThan(0);
    removeWorkDir(result);
    expect(await leftovers()).toBe(0);
  });

  it('a run cancelled with SIGTERM while scoring removes its container', async () => {
    const child = spawn(process.execPath, [path.join(ROOT, 'dist', 'evaluate-holdout', 'index.js')], {
      env: {
        ...process.env,
        GITHUB_ACTIONS: '',
        INPUT_HOLDOUT: fixture.holdout,
        'INPUT_TARGET-COLUMN': 'y',
        INPUT_IMAGE: TAG,
        'INPUT_CONTAINER-ENV': 'DELAY_MS=60000',
        'INPUT_REPORT-DIR': path.join(fixture.dir, 'cancelled'),
        ML_ACTIONS_OUTPUT_DIR: path.join(fixture.dir, 'cancelled-out'),
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    const scoring = new Promise<void>((resolve) => {
      const onData = (chunk: Buffer) => {
        output += chunk.toString();
        if (output.includes('Scoring 200 rows')) resolve();
      };
      child.stdout.on('data', onData);
      child.stderr.on('data', onData);
    });
    await scoring;
    expect(await leftovers()).toBe(1);
    const exited = new Promise<number | null>((resolve) =>
      child.once('exit', (code, signal) => resolve(code ?? (signal ? 143 : null))),
    );
    child.kill('SIGTERM');
    expect(await exited).not.toBe(0);
    expect(await leftovers()).toBe(0);
  });
});
