/**
 * Benchmark of evaluate-holdout (npx tsx scripts/bench/evaluate-holdout.ts).
 *
 * 1. Metrics: 10,000,000 binary rows (labels + scores): roc_auc,
 *    average_precision, log_loss, f1 and the confusion matrix, beside
 *    scikit-learn's time for the same metrics on the same data in the same
 *    run (Debian's /usr/bin/python3). Target: ≤ 0.5× sklearn's time.
 * 2. Serving: 100,000 holdout rows scored through a local model container
 *    (the test model server on the imported Node base; a host process when
 *    Docker is unreachable, said so), in rows/s, beside the container's own
 *    capacity: the same requests, pre-encoded, posted by a bare client.
 *
 * BENCH_SCALE=0.1 scales both row counts for a quick run.
 */
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { pack } from 'tar-stream';
import { binaryCounts, binaryLogLoss, safeDivide } from '../../actions/evaluate-holdout/binary-metrics.js';
import { mulberry32 } from '../../actions/evaluate-holdout/bootstrap.js';
import { scoreOverHttp } from '../../actions/evaluate-holdout/http-scorer.js';
import { withServedImage } from '../../actions/evaluate-holdout/image-server.js';
import { encodeRequest, type Cell } from '../../actions/evaluate-holdout/payload-formats.js';
import { rankingSummary } from '../../actions/evaluate-holdout/ranking-curve.js';
import { DockerClient } from '../../actions/shared/docker/docker-client.js';
import type { Logger } from '../../actions/shared/platform/types.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const SCALE = Number(process.env.BENCH_SCALE ?? 1);
const METRIC_ROWS = Math.round(10_000_000 * SCALE);
const SERVING_ROWS = Math.round(100_000 * SCALE);
const PYTHON = '/usr/bin/python3';
const MODEL_SERVER = path.join(ROOT, 'test', 'evaluate-holdout', 'fixtures', 'model-server.mjs');

const quiet: Logger = {
  debug: () => undefined,
  info: () => undefined,
  notice: () => undefined,
  warning: (m) => console.log(`  warning: ${m}`),
  error: (m) => console.log(`  error: ${m}`),
  group: (_, fn) => fn(),
};

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(3)} s`;
}

function metricsBench(dir: string): void {
  console.log(`\n## Metrics on ${METRIC_ROWS.toLocaleString('en')} binary rows`);
  const random = mulberry32(2024);
  const y = new Uint8Array(METRIC_ROWS);
  const s = new Float64Array(METRIC_ROWS);
  for (let i = 0; i < METRIC_ROWS; i += 1) {
    const label = random() < 0.3 ? 1 : 0;
    y[i] = label;
    // Three decimals: many ties, as real model scores have.
    s[i] = Math.round((0.25 * label + 0.75 * random()) * 1000) / 1000;
  }
  writeFileSync(path.join(dir, 'y.u8'), y);
  writeFileSync(path.join(dir, 's.f64'), new Uint8Array(s.buffer));

  const times: Record<string, number> = {};
  let t = performance.now();
  const ranking = rankingSummary(y, s);
  times['roc_auc + average_precision (one shared sort)'] = performance.now() - t;
  t = performance.now();
  const logLoss = binaryLogLoss(y, s);
  times.log_loss = performance.now() - t;
  t = performance.now();
  const yPred = new Uint8Array(METRIC_ROWS);
  for (let i = 0; i < METRIC_ROWS; i += 1) yPred[i] = (s[i] as number) >= 0.5 ? 1 : 0;
  const counts = binaryCounts(y, yPred);
  const f1 = safeDivide(2 * counts.tp, 2 * counts.tp + counts.fp + counts.fn);
  times['f1 + confusion matrix (threshold, one counting pass)'] = performance.now() - t;
  const ours = Object.values(times).reduce((a, b) => a + b, 0);
  for (const [name, ms] of Object.entries(times)) console.log(`  ours  ${name}: ${seconds(ms)}`);
  console.log(`  ours  total: ${seconds(ours)}`);

  if (!existsSync(PYTHON)) {
    console.log(`  sklearn: ${PYTHON} not found; no reference run.`);
    return;
  }
  const script = `
import json, sys, time
import numpy as np
from sklearn import metrics as M
y = np.fromfile(sys.argv[1], dtype=np.uint8).astype(np.int64)
s = np.fromfile(sys.argv[2], dtype=np.float64)
out = {}
t = time.perf_counter(); auc = M.roc_auc_score(y, s); out['roc_auc'] = time.perf_counter() - t
t = time.perf_counter(); ap = M.average_precision_score(y, s); out['average_precision'] = time.perf_counter() - t
t = time.perf_counter(); ll = M.log_loss(y, s); out['log_loss'] = time.perf_counter() - t
t = time.perf_counter(); yp = (s >= 0.5).astype(np.int64); f1 = M.f1_score(y, yp); out['f1'] = time.perf_counter() - t
t = time.perf_counter(); yp = (s >= 0.5).astype(np.int64); cm = M.confusion_matrix(y, yp); out['confusion_matrix'] = time.perf_counter() - t
print(json.dumps({'times': out, 'values': {'roc_auc': auc, 'average_precision': ap, 'log_loss': ll, 'f1': f1, 'tn': int(cm[0,0]), 'tp': int(cm[1,1])}}))
`;
  const result = JSON.parse(
    execFileSync(PYTHON, ['-c', script, path.join(dir, 'y.u8'), path.join(dir, 's.f64')], {
      encoding: 'utf8',
      maxBuffer: 1 << 20,
    }),
  ) as { times: Record<string, number>; values: Record<string, number> };
  let sk = 0;
  for (const [name, sec] of Object.entries(result.times)) {
    console.log(`  sklearn ${name}: ${sec.toFixed(3)} s`);
    sk += sec * 1000;
  }
  console.log(`  sklearn total: ${seconds(sk)}`);
  console.log(`  ratio ours/sklearn: ${(ours / sk).toFixed(3)}× (target ≤ 0.5×)`);
  const agree =
    Math.abs((result.values.roc_auc as number) - ranking.rocAuc) < 1e-9 &&
    Math.abs((result.values.average_precision as number) - ranking.averagePrecision) < 1e-9 &&
    Math.abs((result.values.log_loss as number) - logLoss) < 1e-9 &&
    Math.abs((result.values.f1 as number) - f1) < 1e-9 &&
    result.values.tn === counts.tn &&
    result.values.tp === counts.tp;
  console.log(
    `  values agree with sklearn to 1e-9: ${agree ? 'yes' : 'NO'} (roc_auc ${ranking.rocAuc} vs ${result.values.roc_auc})`,
  );
}

async function modelImage(docker: DockerClient): Promise<string> {
  const { nodeBaseImage, TEST_USER } = await import('../../test/support/base-images.js');
  const base = await nodeBaseImage();
  const tag = 'ml-actions-test/eh-model-server:bench';
  const context = pack();
  context.entry(
    { name: 'Dockerfile' },
    [
      `FROM ${base}`,
      'COPY model-server.mjs /app/model-server.mjs',
      `USER ${TEST_USER.uid}`,
      `CMD ["${realpathSync(process.execPath)}", "/app/model-server.mjs"]`,
    ].join('\n'),
  );
  context.entry({ name: 'model-server.mjs' }, readFileSync(MODEL_SERVER, 'utf8'));
  context.finalize();
  await docker.build({ context, tags: [tag] });
  return tag;
}

/** The server's capacity: pre-encoded bodies posted with the same batch size and concurrency, responses only read. */
async function capacity(url: string, bodies: string[], concurrency: number, rows: number): Promise<number> {
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < bodies.length) {
        const body = bodies[next++] as string;
        const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
        await response.arrayBuffer();
      }
    }),
  );
  return (rows / (performance.now() - started)) * 1000;
}

async function servingBench(): Promise<void> {
  console.log(`\n## Serving: ${SERVING_ROWS.toLocaleString('en')} holdout rows through a local model server`);
  const random = mulberry32(7);
  const colors = ['red', 'green', 'blue'];
  const data: Cell[][] = Array.from({ length: SERVING_ROWS }, (_, i) => [
    Math.round(random() * 1000) / 1000,
    random() * 100,
    colors[i % 3] as string,
  ]);
  const columns = ['x', 'amount', 'color'];
  const batchSize = 500;
  const concurrency = 4;
  const bodies: string[] = [];
  for (let from = 0; from < SERVING_ROWS; from += batchSize) {
    bodies.push(JSON.stringify(encodeRequest('mlflow', { columns, rows: data.slice(from, from + batchSize) })));
  }
  const run = async (base: string, where: string) => {
    const url = `${base}/invocations`;
    await capacity(url, bodies.slice(0, 4), concurrency, 4 * batchSize); // warm-up
    const cap = await capacity(url, bodies, concurrency, SERVING_ROWS);
    const result = await scoreOverHttp({
      url,
      format: 'mlflow',
      columns,
      row: (i) => data[i] as Cell[],
      rowCount: SERVING_ROWS,
      batchSize,
      concurrency,
      retries: 3,
      timeoutMs: 60_000,
      logger: quiet,
    });
    const l = result.latency;
    console.log(`  model server: ${where}; batch ${batchSize}, ${concurrency} in flight`);
    console.log(
      `  evaluate-holdout: ${Math.round(l.throughput_rows_per_s).toLocaleString('en')} rows/s (p50 ${l.p50_ms.toFixed(1)} ms, p95 ${l.p95_ms.toFixed(1)} ms, p99 ${l.p99_ms.toFixed(1)} ms per batch)`,
    );
    console.log(`  server capacity (bare client, pre-encoded bodies): ${Math.round(cap).toLocaleString('en')} rows/s`);
    console.log(`  ratio evaluate-holdout/capacity: ${(l.throughput_rows_per_s / cap).toFixed(3)}×`);
  };
  const docker = new DockerClient();
  const dockerUp = await docker.ping().then(
    () => true,
    () => false,
  );
  if (dockerUp) {
    const image = await modelImage(docker);
    await withServedImage(
      docker,
      { image, containerPort: 8080, healthPath: '/health', startupTimeoutMs: 60_000, logger: quiet },
      (served) => run(served.baseUrl, `container ${image} (Docker ${docker.host})`),
    );
    return;
  }
  console.log(`  Docker Engine unreachable at ${docker.host}: running the model server as a host process instead.`);
  const port = 18080 + Math.floor(Math.random() * 1000);
  const child = spawn(process.execPath, [MODEL_SERVER], {
    env: { ...process.env, PORT: String(port) },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise<void>((resolve) =>
    child.stdout.on('data', (c: Buffer) => c.toString().includes('listening') && resolve()),
  );
  try {
    await run(`http://127.0.0.1:${port}`, 'host process');
  } finally {
    child.kill('SIGTERM');
  }
}

const dir = mkdtempSync(path.join(tmpdir(), 'bench-evaluate-holdout-'));
try {
  console.log(`# evaluate-holdout benchmark (BENCH_SCALE=${SCALE}, node ${process.version})`);
  metricsBench(dir);
  await servingBench();
} finally {
  rmSync(dir, { recursive: true, force: true });
}
