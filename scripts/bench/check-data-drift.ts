/**
 * Benchmark of check-data-drift (npm run bench -- check-data-drift).
 *
 * Generates a reference and a shifted current dataset of 1,000,000 rows × 20
 * columns (15 numeric, 5 categorical with ~10 levels) as CSV and as Parquet,
 * runs the bundled action on each pair as a child process (as a runner runs
 * it: node dist/check-data-drift/index.js, inputs in the environment), and reports wall
 * time, throughput and peak RSS. When /usr/bin/python3 with pandas and scipy
 * is present it times, in the same run and in turn with the action's CSV
 * runs, pandas.read_csv of both files plus the same per-column tests in
 * scipy (Wasserstein normed by the reference std for numbers, Jensen–Shannon
 * on category shares), and prints the ratio of the medians.
 *
 * BENCH_SCALE=0.1 shrinks the row count for a quick look; BENCH_RUNS (default
 * 3) sets how many runs of each the median is taken over. BENCH_DIR=<dir>
 * keeps the generated files there (and reuses them on the next run), for
 * profiling the action on the same data.
 */
import { spawnSync } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parquetWriteFile } from 'hyparquet-writer';
import { seededRandom } from '../../actions/shared/data/table-builder.js';
import { LOCAL_INPUTS_ENV, LOCAL_OUTPUT_DIR_ENV } from '../../actions/shared/platform/local-env.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const SCALE = Number(process.env.BENCH_SCALE ?? '1');
const ROWS = Math.max(1000, Math.round(1_000_000 * SCALE));
const NUMERIC = 15;
const CATEGORICAL = 5;
const LEVELS = ['alpha', 'bravo', 'charlie', 'delta', 'echo', 'foxtrot', 'golf', 'hotel', 'india', 'juliet'];
const PYTHON = '/usr/bin/python3';
/** Runs of the action per format; the median is reported and compared. */
const RUNS = Number(process.env.BENCH_RUNS ?? '3');
const bundle = path.join(ROOT, 'dist', 'check-data-drift', 'index.js');
/** Pause before each timed run (see settle). */
const SETTLE_MS = 2000;

interface Columns {
  numeric: Float64Array[];
  categorical: string[][];
}

function generate(rows: number, seed: number, shift: number): Columns {
  const random = seededRandom(seed);
  const normal = () => Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
  const numeric = Array.from({ length: NUMERIC }, (_, c) => {
    const values = new Float64Array(rows);
    // Every third column is shifted in the current data.
    const delta = c % 3 === 0 ? shift : 0;
    for (let i = 0; i < rows; i++) values[i] = Math.round((c * 10 + delta + (1 + c / 10) * normal()) * 1e4) / 1e4;
    return values;
  });
  const categorical = Array.from({ length: CATEGORICAL }, (_, c) => {
    const values: string[] = new Array<string>(rows);
    const skew = c === 0 ? shift : 0;
    for (let i = 0; i < rows; i++) {
      const u = random() ** (1 + skew);
      values[i] = LEVELS[Math.min(LEVELS.length - 1, Math.floor(u * LEVELS.length))]!;
    }
    return values;
  });
  return { numeric, categorical };
}

const header = [
  ...Array.from({ length: NUMERIC }, (_, i) => `num_${i}`),
  ...Array.from({ length: CATEGORICAL }, (_, i) => `cat_${i}`),
];

async function writeCsv(file: string, data: Columns, rows: number): Promise<void> {
  const out = createWriteStream(file);
  out.write(`${header.join(',')}\n`);
  let buffer = '';
  for (let i = 0; i < rows; i++) {
    let line = '';
    for (const column of data.numeric) line += `${column[i]},`;
    line += data.categorical.map((column) => column[i]).join(',');
    buffer += `${line}\n`;
    if (buffer.length > 1 << 20) {
      if (!out.write(buffer)) await new Promise<void>((resolve) => out.once('drain', () => resolve()));
      buffer = '';
    }
  }
  out.write(buffer);
  await new Promise<void>((resolve, reject) => out.end((error?: Error | null) => (error ? reject(error) : resolve())));
}

function writeParquet(file: string, data: Columns): void {
  parquetWriteFile({
    filename: file,
    columnData: [
      ...data.numeric.map((values, i) => ({ name: `num_${i}`, data: Array.from(values), type: 'DOUBLE' as const })),
      ...data.categorical.map((values, i) => ({ name: `cat_${i}`, data: values, type: 'STRING' as const })),
    ],
  });
}

interface Run {
  seconds: number;
  cpuSeconds: number;
  peakRssMb: number;
  driftedColumns: string;
}

/**
 * Runs the bundle the way a runner runs an action (node dist/check-data-drift/index.js), in the local
 * backend the CLI uses (inputs through the environment, no CLI process in front), with a preload that
 * reports the process's peak RSS and CPU time.
 */
function runAction(reference: string, current: string, outDir: string): Run {
  mkdirSync(outDir, { recursive: true });
  const preload = path.join(outDir, 'peak-rss.cjs');
  writeFileSync(
    preload,
    // Only the main thread reports: process.resourceUsage() in a worker would count the whole process again.
    "if (require('node:worker_threads').isMainThread) process.on('exit', () => { const u = process.resourceUsage(); process.stderr.write('PEAK_RSS_KB=' + u.maxRSS + ' CPU_US=' + (u.userCPUTime + u.systemCPUTime) + '\\n'); });\n",
  );
  const started = process.hrtime.bigint();
  const result = spawnSync(process.execPath, ['--require', preload, bundle], {
    cwd: ROOT,
    encoding: 'utf8',
    maxBuffer: 64 << 20,
    env: {
      ...process.env,
      [LOCAL_INPUTS_ENV]: JSON.stringify({
        reference,
        current,
        'fail-on-drift': 'false',
        'report-dir': path.join(outDir, 'report'),
      }),
      [LOCAL_OUTPUT_DIR_ENV]: path.join(outDir, 'out'),
    },
  });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (result.status !== 0) throw new Error(`the action failed (${result.status}):\n${result.stdout}\n${result.stderr}`);
  const peak = Math.max(...[...result.stderr.matchAll(/PEAK_RSS_KB=(\d+)/g)].map((m) => Number(m[1])));
  const drifted = /drifted-columns=(.*)/.exec(result.stdout)?.[1] ?? '?';
  // CPU time of the process (both threads): a figure the machine's load barely moves.
  const cpu = [...result.stderr.matchAll(/CPU_US=(\d+)/g)].reduce((total, m) => total + Number(m[1]), 0) / 1e6;
  return { seconds, cpuSeconds: cpu, peakRssMb: peak / 1024, driftedColumns: drifted };
}

const PANDAS_SCRIPT = String.raw`
import resource, sys, time
import numpy as np, pandas as pd
from scipy import stats
from scipy.spatial import distance
t0 = time.perf_counter()
ref = pd.read_csv(sys.argv[1]); cur = pd.read_csv(sys.argv[2])
t1 = time.perf_counter()
drifted = []
for name in ref.columns:
    r = ref[name].dropna(); c = cur[name].dropna()
    if pd.api.types.is_numeric_dtype(r):
        score = stats.wasserstein_distance(r, c) / max(np.std(r), 0.001)
    else:
        keys = list(set(r.unique()) | set(c.unique()))
        rc = r.value_counts(); cc = c.value_counts()
        score = distance.jensenshannon([rc.get(k, 0) / len(r) for k in keys], [cc.get(k, 0) / len(c) for k in keys])
    if score >= 0.1: drifted.append(name)
t2 = time.perf_counter()
usage = resource.getrusage(resource.RUSAGE_SELF)
print(f"READ={t1 - t0:.3f} TESTS={t2 - t1:.3f} PEAK_RSS_KB={usage.ru_maxrss} CPU={usage.ru_utime + usage.ru_stime:.3f} DRIFTED={drifted}")
`;

/**
 * Waits a moment before a timed run: right after a process that used much
 * memory exits (pandas: 700 MB), the kernel is still reclaiming it and the
 * next run is slowed by up to a third.
 */
function settle(): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, SETTLE_MS);
}

/** Whether /usr/bin/python3 with pandas and scipy is there to time the reference. */
function pandasPresent(): boolean {
  return existsSync(PYTHON) && spawnSync(PYTHON, ['-c', 'import pandas, scipy'], { encoding: 'utf8' }).status === 0;
}

/** The run in the middle when sorted by `key` (the upper one of the two for an even count). */
function median<T>(runs: readonly T[], key: (run: T) => number): T {
  return [...runs].sort((a, b) => key(a) - key(b))[Math.floor(runs.length / 2)]!;
}

function runPandas(
  reference: string,
  current: string,
): { seconds: number; cpuSeconds: number; read: number; tests: number; peakRssMb: number } | undefined {
  const started = process.hrtime.bigint();
  const result = spawnSync(PYTHON, ['-c', PANDAS_SCRIPT, reference, current], { encoding: 'utf8' });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (result.status !== 0) throw new Error(`pandas reference failed:\n${result.stderr}`);
  const match = /READ=([\d.]+) TESTS=([\d.]+) PEAK_RSS_KB=(\d+) CPU=([\d.]+)/.exec(result.stdout);
  return {
    seconds,
    cpuSeconds: Number(match?.[4]),
    read: Number(match?.[1]),
    tests: Number(match?.[2]),
    peakRssMb: Number(match?.[3]) / 1024,
  };
}

function mb(bytes: number): string {
  return (bytes / 1e6).toFixed(1);
}

async function main(): Promise<void> {
  if (!existsSync(bundle)) {
    console.error(`No bundle at ${bundle}: run npm run build first.`);
    process.exitCode = 1;
    return;
  }
  const keep = process.env.BENCH_DIR;
  const dir = keep ? path.resolve(keep) : mkdtempSync(path.join(tmpdir(), 'bench-drift-'));
  if (keep) mkdirSync(dir, { recursive: true });
  try {
    console.log(
      `Generating ${ROWS} rows × ${NUMERIC + CATEGORICAL} columns (reference and shifted current) in ${dir} …`,
    );
    const files = {
      csv: [path.join(dir, 'reference.csv'), path.join(dir, 'current.csv')] as const,
      parquet: [path.join(dir, 'reference.parquet'), path.join(dir, 'current.parquet')] as const,
    };
    if (
      !keep ||
      !Object.values(files)
        .flat()
        .every((file) => existsSync(file))
    ) {
      const reference = generate(ROWS, 1, 0);
      const current = generate(ROWS, 2, 0.3);
      await writeCsv(files.csv[0], reference, ROWS);
      await writeCsv(files.csv[1], current, ROWS);
      writeParquet(files.parquet[0], reference);
      writeParquet(files.parquet[1], current);
    }
    const rows: string[] = [];
    let csvRun: Run | undefined;
    const pandasRuns: NonNullable<ReturnType<typeof runPandas>>[] = [];
    const withPandas = pandasPresent();
    for (const format of ['csv', 'parquet'] as const) {
      const [ref, cur] = files[format];
      const bytes = statSync(ref).size + statSync(cur).size;
      // The median of RUNS runs: one run on a shared 2-core machine can be 25% off either way. On the
      // CSV pair each run of the action is followed by one of the reference, so that both see the same
      // machine (its load moves both by as much as the ratio's target).
      const runs: Run[] = [];
      for (let i = 0; i < RUNS; i++) {
        settle();
        runs.push(runAction(ref, cur, path.join(dir, format)));
        if (format === 'csv' && withPandas) {
          settle();
          pandasRuns.push(runPandas(ref, cur)!);
        }
      }
      const run = median(runs, (r) => r.seconds);
      if (format === 'csv') csvRun = run;
      const spread = runs.map((r) => r.seconds.toFixed(2)).join('/');
      rows.push(
        `check-data-drift ${format.padEnd(8)} ${run.seconds.toFixed(2).padStart(7)} s  ${mb(bytes).padStart(7)} MB  ${(bytes / 1e6 / run.seconds).toFixed(1).padStart(6)} MB/s  CPU ${run.cpuSeconds.toFixed(2)} s  peak RSS ${run.peakRssMb.toFixed(0)} MB  (median of ${spread} s)  drifted ${run.driftedColumns}`,
      );
    }
    console.log(rows.join('\n'));
    if (!withPandas || !csvRun) {
      console.log('pandas+scipy reference: skipped (/usr/bin/python3 with pandas and scipy not found).');
      return;
    }
    const pandas = median(pandasRuns, (r) => r.seconds);
    const spread = pandasRuns.map((r) => r.seconds.toFixed(2)).join('/');
    console.log(
      `pandas+scipy csv        ${pandas.seconds.toFixed(2).padStart(7)} s  (read_csv ${pandas.read.toFixed(2)} s, tests ${pandas.tests.toFixed(2)} s)  CPU ${pandas.cpuSeconds.toFixed(2)} s  peak RSS ${pandas.peakRssMb.toFixed(0)} MB  (median of ${spread} s)`,
    );
    console.log(
      `ratio (pandas+scipy / check-data-drift, CSV pair, medians of runs taken in turn): ${(pandas.seconds / csvRun.seconds).toFixed(2)}× wall (target ≥ 10×), ${(pandas.cpuSeconds / csvRun.cpuSeconds).toFixed(2)}× CPU time`,
    );
  } finally {
    if (!keep) rmSync(dir, { recursive: true, force: true });
  }
}

await main();
