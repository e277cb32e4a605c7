/**
 * Benchmark of build-model-image (npx tsx scripts/bench/build-model-image.ts).
 *
 * 1. A python-sklearn template build with a 200 MB model, through the action
 *    bundle (as CI runs it), pushed to a fresh loopback registry:
 *    - cold: no build cache, empty registry (every layer built and pushed)
 *    - rebuild after a model-only change (new model bytes, same size)
 *    - reuse by content hash (same content, new tag: no build, no push)
 *    beside the docker CLI's classic builder (`DOCKER_BUILDKIT=0 docker
 *    build` + `docker push`) on the same files in the same run.
 *    Targets: rebuild ≤ 10% of cold; reuse < 2 s.
 * 2. Peak RSS of the action process while it streams a 2 GB context to the
 *    engine (sampled from /proc/<pid>/status VmHWM). Target: < 300 MB.
 *
 * Each action run's phases (hash, context send, Dockerfile steps, push,
 * tagging, digest check) come from its report.json (`record.timings`), and
 * the floors for the model bytes alone (one sha256 pass, gzip at the default
 * level, an uncompressed blob upload) are measured beside them.
 *
 * BENCH_SCALE=0.1 scales the model sizes for a quick run; BENCH_ONLY=template
 * or BENCH_ONLY=rss runs one part. Needs a Docker
 * Engine and Debian's docker-registry; says so and stops when absent.
 */
import { execFileSync, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BuildRecord } from '../../actions/build-model-image/build-image.js';
import { generateBuild } from '../../actions/build-model-image/templates.js';
import { DockerClient } from '../../actions/shared/docker/docker-client.js';
import { startRegistry, tempDir } from '../../test/build-model-image/helpers.js';
import { nodeBaseImage, pythonBaseImage } from '../../test/support/base-images.js';
import { runBundle } from '../../test/support/run-bundle.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const BUNDLE = path.join(ROOT, 'dist', 'build-model-image', 'index.js');
const SCALE = Number(process.env.BENCH_SCALE ?? 1);
const MODEL_BYTES = Math.round(200 * 1024 * 1024 * SCALE);
const STREAM_BYTES = Math.round(2 * 1024 * 1024 * 1024 * SCALE);
const REGISTRY_PORT = 5088;

function writeRandom(file: string, bytes: number): void {
  const fd = openSync(file, 'w');
  const chunk = 8 * 1024 * 1024;
  for (let written = 0; written < bytes; written += chunk) writeSync(fd, randomBytes(Math.min(chunk, bytes - written)));
  closeSync(fd);
}

function mb(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(0)} MB`;
}

async function timed<T>(fn: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const started = performance.now();
  const value = await fn();
  return { ms: performance.now() - started, value };
}

function cli(args: string[]): number {
  const started = performance.now();
  execFileSync('docker', args, { stdio: 'ignore', env: { ...process.env, DOCKER_BUILDKIT: '0' } });
  return performance.now() - started;
}

async function templateBench(): Promise<void> {
  console.log(`\n## python-sklearn template, ${mb(MODEL_BYTES)} model, pushed to a fresh registry`);
  const python = await pythonBaseImage();
  const registry = await startRegistry(REGISTRY_PORT);
  try {
    const dir = tempDir('bench-ctx');
    writeFileSync(path.join(dir, 'requirements.txt'), 'scikit-learn==1.2.1\njoblib==1.2.0\nnumpy==1.24.2\n');
    const model = path.join(dir, 'model.joblib');
    writeRandom(model, MODEL_BYTES);
    const image = `${registry.address}/bench/churn`;
    const inputs = {
      context: dir,
      template: 'python-sklearn',
      'model-path': model,
      'base-image': python,
      image,
      'report-dir': path.join(dir, '.report'),
    };
    const run = async (extra: Record<string, string>) => {
      const result = await runBundle('build-model-image', {
        mode: 'github',
        inputs: { ...inputs, ...extra },
        timeoutMs: 900_000,
      });
      if (result.code !== 0)
        throw new Error(`bundle failed:\n${result.stdout.slice(-3000)}\n${result.stderr.slice(-2000)}`);
      return result;
    };
    const recorded = (): RecordedRun =>
      (JSON.parse(readFileSync(path.join(dir, '.report', 'report.json'), 'utf8')) as { record: RecordedRun }).record;
    // Reference first (the order does not favour the action): the docker CLI's classic builder and push
    // on the same files, into its own empty registry.
    const generated = await generateBuild({
      template: 'python-sklearn',
      baseImage: python,
      modelInContext: 'model.joblib',
      modelIsDirectory: false,
      requirementsFile: path.join(dir, 'requirements.txt'),
    });
    mkdirSync(path.join(dir, '.ml-actions'), { recursive: true });
    for (const file of generated.files) writeFileSync(path.join(dir, file.name), file.content ?? '');
    // The reference's files stay out of the action's context (and hash).
    writeFileSync(path.join(dir, '.dockerignore'), '.report\n');
    // A second empty registry, so the reference's cold push uploads every layer too.
    const refRegistry = await startRegistry(REGISTRY_PORT + 1);
    const reference = `${refRegistry.address}/bench/reference`;
    console.log('reference: docker CLI…');
    const refCold =
      cli([
        'build',
        '-q',
        '--no-cache',
        '-f',
        path.join(dir, '.ml-actions/Dockerfile'),
        '-t',
        `${reference}:cold`,
        dir,
      ]) + cli(['push', '-q', `${reference}:cold`]);
    writeRandom(model, MODEL_BYTES);
    const refRebuild =
      cli(['build', '-q', '-f', path.join(dir, '.ml-actions/Dockerfile'), '-t', `${reference}:rebuild`, dir]) +
      cli(['push', '-q', `${reference}:rebuild`]);
    await refRegistry.stop();

    writeRandom(model, MODEL_BYTES);
    console.log('cold build…');
    const cold = await timed(() => run({ tags: 'cold', 'no-cache': 'true', 'skip-if-exists': 'false' }));
    const coldRecord = recorded();
    writeRandom(model, MODEL_BYTES);
    console.log('rebuild after a model-only change…');
    const rebuild = await timed(() => run({ tags: 'rebuild' }));
    const rebuildRecord = recorded();
    // What the engine's push did per layer in the rebuild: only the model and labels layers should go up.
    const pushLines = rebuild.value.stdout
      .split('\n')
      .filter((line) => /: (Pushed|Layer already exists|Mounted from)/.test(line));
    const pushedLayers = pushLines.filter((line) => line.endsWith(': Pushed')).length;
    console.log(
      `rebuild push: ${pushedLayers} layer(s) uploaded, ${pushLines.length - pushedLayers} already in the registry`,
    );
    console.log('reuse…');
    const reuse = await timed(() => run({ tags: 'reuse' }));
    if (reuse.value.outputs.built !== 'false') throw new Error('the reuse run built the image');
    const reuseRecord = recorded();

    const row = (name: string, ours: number, ref: number | undefined) =>
      console.log(
        `| ${name} | ${(ours / 1000).toFixed(2)} s | ${ref === undefined ? '–' : `${(ref / 1000).toFixed(2)} s`} | ${ref === undefined ? '–' : (ours / ref).toFixed(2)} |`,
      );
    console.log('| run | build-model-image (bundle, build + push) | docker CLI classic builder + push | ratio |');
    console.log('|---|---:|---:|---:|');
    row('cold (no cache, empty registry)', cold.ms, refCold);
    row('rebuild after a model-only change', rebuild.ms, refRebuild);
    row('reuse by content hash', reuse.ms, undefined);
    const ratio = rebuild.ms / cold.ms;
    console.log(`\nrebuild / cold = ${(100 * ratio).toFixed(1)}% (target ≤ 10%: ${ratio <= 0.1 ? 'met' : 'NOT met'})`);
    console.log(
      `reuse = ${(reuse.ms / 1000).toFixed(2)} s including node start-up and hashing ${mb(MODEL_BYTES)} (target < 2 s: ${reuse.ms < 2000 ? 'met' : 'NOT met'})`,
    );
    console.log("\n### Where the time goes (seconds, from each run's report.json)");
    breakdown([
      ['cold', cold.ms, coldRecord],
      ['rebuild', rebuild.ms, rebuildRecord],
      ['reuse', reuse.ms, reuseRecord],
    ]);
    console.log(`\n### Floors on this machine for the ${mb(MODEL_BYTES)} of model bytes alone`);
    await floors(model, registry.address);
    rmSync(dir, { recursive: true, force: true });
    const docker = new DockerClient();
    for (const tag of ['cold', 'rebuild', 'reuse']) await docker.removeImage(`${image}:${tag}`, true);
    for (const tag of ['cold', 'rebuild']) await docker.removeImage(`${reference}:${tag}`, true);
  } finally {
    await registry.stop();
  }
}

/** The part of report.json's record the breakdown reads. */
type RecordedRun = Pick<BuildRecord, 'buildSeconds' | 'timings'>;

/** The phases each run's report recorded, the rest (node start-up, inspect, report writing) as `other`. */
function breakdown(runs: [string, number, RecordedRun][]): void {
  const f = (v: number | undefined): string => (v === undefined ? '–' : v.toFixed(2));
  console.log(
    '| run | total | prepare | hash | lineage | reuse check | context send | build steps (after send) | push (compress + upload) | tag | verify | other |',
  );
  console.log('|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
  for (const [name, ms, record] of runs) {
    const t = record.timings ?? {};
    const known = [t.prepare, t.hash, t.lineage, t.reuseCheck, t.build, t.push, t.tag, t.verify].reduce<number>(
      (sum, v) => sum + (v ?? 0),
      0,
    );
    const afterSend = t.build === undefined ? undefined : t.build - (t.contextSend ?? 0);
    console.log(
      `| ${name} | ${f(ms / 1000)} | ${f(t.prepare)} | ${f(t.hash)} | ${f(t.lineage)} | ${f(t.reuseCheck)} | ${f(t.contextSend)} | ${f(afterSend)} | ${f(t.push)} | ${f(t.tag)} | ${f(t.verify)} | ${f(ms / 1000 - known)} |`,
    );
  }
  for (const [name, , record] of runs) {
    const steps = record.timings?.steps ?? [];
    if (steps.length === 0) continue;
    console.log(
      `\n${name}: Dockerfile steps not from cache (seconds, commit included; the first one also waits for the context):`,
    );
    for (const step of steps.filter((s) => !s.cached))
      console.log(`  ${step.seconds.toFixed(2)}  ${step.step.slice(0, 110)}`);
    const cached = steps.filter((s) => s.cached);
    if (cached.length > 0)
      console.log(`  ${cached.reduce((sum, s) => sum + s.seconds, 0).toFixed(2)}  ${cached.length} steps from cache`);
  }
}

/**
 * What the model bytes cost by themselves, whoever moves them: one sha256
 * pass, gzip at the default level (the engine compresses each layer with gzip
 * when it pushes), and an uncompressed monolithic blob upload to the same
 * registry (HTTP and the registry's own write and hash).
 */
async function floors(model: string, registry: string): Promise<void> {
  const { createHash } = await import('node:crypto');
  const { createReadStream } = await import('node:fs');
  const { createGzip, constants } = await import('node:zlib');
  const { pipeline } = await import('node:stream/promises');
  const { Writable } = await import('node:stream');
  const sink = (): InstanceType<typeof Writable> => new Writable({ write: (_chunk, _enc, done) => done() });
  const sha = await timed(async () => {
    const hash = createHash('sha256');
    await pipeline(createReadStream(model, { highWaterMark: 1 << 20 }), hash);
    return hash.digest('hex');
  });
  const gzip = await timed(() =>
    pipeline(
      createReadStream(model, { highWaterMark: 1 << 20 }),
      createGzip({ level: constants.Z_DEFAULT_COMPRESSION }),
      sink(),
    ),
  );
  const upload = await timed(async () => {
    const start = await fetch(`http://${registry}/v2/bench/floor/blobs/uploads/`, { method: 'POST' });
    const location = new URL(start.headers.get('location') ?? '', `http://${registry}`);
    location.searchParams.set('digest', `sha256:${sha.value}`);
    const { Readable } = await import('node:stream');
    const body = Readable.toWeb(createReadStream(model, { highWaterMark: 1 << 20 })) as ReadableStream;
    const put = await fetch(location, {
      method: 'PUT',
      body,
      duplex: 'half',
      headers: { 'Content-Type': 'application/octet-stream' },
    } as RequestInit);
    if (put.status !== 201) throw new Error(`blob upload answered ${put.status}`);
  });
  console.log(`| sha256 (one pass) | gzip, default level (node zlib) | uncompressed blob upload to the registry |`);
  console.log('|---:|---:|---:|');
  console.log(
    `| ${(sha.ms / 1000).toFixed(2)} s | ${(gzip.ms / 1000).toFixed(2)} s | ${(upload.ms / 1000).toFixed(2)} s |`,
  );
}

/** Peak resident set size of a child, sampled from /proc while it runs. */
function peakRss(
  command: string,
  args: string[],
  env: NodeJS.ProcessEnv,
): Promise<{ code: number; peakKb: number; ms: number; output: string }> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(command, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (c: Buffer) => (output = (output + c.toString()).slice(-4000)));
    child.stderr.on('data', (c: Buffer) => (output = (output + c.toString()).slice(-4000)));
    let peak = 0;
    const sample = (): void => {
      try {
        const match = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'));
        if (match) peak = Math.max(peak, Number(match[1]));
      } catch {
        // the process has ended
      }
    };
    const timer = setInterval(sample, 50);
    child.on('error', reject);
    child.on('exit', (code) => {
      clearInterval(timer);
      resolve({ code: code ?? 1, peakKb: peak, ms: performance.now() - started, output });
    });
  });
}

async function rssBench(): Promise<void> {
  console.log(`\n## Peak RSS while streaming a ${mb(STREAM_BYTES)} context`);
  const node = await nodeBaseImage();
  const dir = tempDir('bench-rss');
  writeFileSync(path.join(dir, 'Dockerfile'), `FROM ${node}\nCOPY model.bin /opt/ml/model.bin\n`);
  // Random bytes: nothing along the way can shortcut incompressible data.
  writeRandom(path.join(dir, 'model.bin'), STREAM_BYTES);
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    INPUT_CONTEXT: dir,
    INPUT_IMAGE: 'ml-actions-bench/stream',
    INPUT_TAGS: 'rss',
    INPUT_PUSH: 'false',
    'INPUT_SKIP-IF-EXISTS': 'false',
    'INPUT_MODEL-PATH': path.join(dir, 'model.bin'),
    'INPUT_REPORT-DIR': path.join(dir, '.report'),
    ML_ACTIONS_OUTPUT_DIR: path.join(dir, '.out'),
  };
  for (const key of Object.keys(env)) if (key.startsWith('GITHUB_') || key === 'TF_BUILD') delete env[key];
  const result = await peakRss(process.execPath, [BUNDLE], env);
  if (result.code !== 0) throw new Error(`bundle failed:\n${result.output}`);
  const peakMb = result.peakKb / 1024;
  console.log(
    `action process peak RSS: ${peakMb.toFixed(0)} MB for ${mb(STREAM_BYTES)} (hash + stream + build in ${(result.ms / 1000).toFixed(1)} s); target < 300 MB: ${peakMb < 300 ? 'met' : 'NOT met'}`,
  );
  console.log(`ratio peak RSS / context size: ${((result.peakKb * 1024) / STREAM_BYTES).toFixed(3)}`);
  await new DockerClient().removeImage('ml-actions-bench/stream:rss', true);
  rmSync(dir, { recursive: true, force: true });
}

async function main(): Promise<void> {
  console.log(`# build-model-image benchmark (BENCH_SCALE=${SCALE})`);
  if (!existsSync(BUNDLE)) {
    console.log('skipped: dist/build-model-image/index.js is missing (run npm run build)');
    return;
  }
  const reachable = await new DockerClient()
    .ping()
    .then(() => true)
    .catch(() => false);
  if (!reachable) {
    console.log('skipped: no Docker Engine reachable (scripts/ci/services.sh start)');
    return;
  }
  try {
    execFileSync('docker-registry', ['--version'], { stdio: 'ignore' });
  } catch {
    console.log("skipped: Debian's docker-registry is not installed (scripts/ci/services.sh start installs it)");
    return;
  }
  // BENCH_ONLY=template or BENCH_ONLY=rss runs one part.
  const only = process.env.BENCH_ONLY;
  if (!only || only === 'template') await templateBench();
  if (!only || only === 'rss') await rssBench();
}

await main();
