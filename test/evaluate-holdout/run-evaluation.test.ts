import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EvaluateOptions } from '../../actions/evaluate-holdout/options.js';
import { runEvaluation } from '../../actions/evaluate-holdout/run-evaluation.js';
import { writeReport } from '../../actions/evaluate-holdout/write-report.js';
import type { CommandRunner } from '../../actions/evaluate-holdout/command-scorer.js';
import { binaryFixture, RecordingLogger, startModelServer, type BinaryFixture } from './fixtures.js';

const spawnRunner: CommandRunner = (tool, args) =>
  new Promise((resolve, reject) => {
    const child = spawn(tool, [...args], { stdio: 'inherit' });
    child.on('error', reject);
    child.on('exit', (code) => resolve(code ?? 1));
  });

function deps(logger = new RecordingLogger()) {
  return {
    logger,
    docker: () => {
      throw new Error('no docker in this test');
    },
    runCommand: spawnRunner,
  };
}

function options(fixture: BinaryFixture, overrides: Partial<EvaluateOptions> = {}): EvaluateOptions {
  return {
    holdout: fixture.holdout,
    targetColumn: 'y',
    idColumn: 'id',
    featureColumns: [],
    ignoreColumns: [],
    decisionThreshold: 0.5,
    source: { kind: 'predictions', path: fixture.predictions },
    predictionColumn: 'prediction',
    predictionColumnGiven: false,
    scoreColumns: [],
    http: {
      format: 'mlflow',
      predictPath: '/invocations',
      batchSize: 50,
      concurrency: 2,
      retries: 2,
      timeoutMs: 5000,
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

describe('runEvaluation', () => {
  let fixture: BinaryFixture;
  let server: Awaited<ReturnType<typeof startModelServer>>;
  beforeAll(async () => {
    fixture = binaryFixture();
    server = await startModelServer();
  });
  afterAll(async () => server.stop());

  it('evaluates a predictions file aligned by id, with gates, bootstrap, baseline and slices', async () => {
    const logger = new RecordingLogger();
    const report = await runEvaluation(
      options(fixture, {
        gates: ['roc_auc >= 0.7', 'f1 >= 0.99', 'roc_auc.lower >= 0.6'],
        bootstrap: 100,
        baseline: fixture.champion,
        maxRegression: ['roc_auc: 1%', 'f1: 0.5'],
        sliceColumns: ['color'],
        minSliceSize: 81,
      }),
      deps(logger),
    );
    expect(report.schema).toBe('ml-actions/evaluate-holdout/v1');
    expect(report.task).toMatchObject({ name: 'binary', inferred: true, positiveLabel: '1', decisionThreshold: 0.5 });
    expect(logger.lines.join('\n')).toMatch(/notice: Task inferred as binary/);
    expect(report.predictions.alignedBy).toBe('id');
    expect(report.holdout.rows).toBe(240);
    expect(report.holdout.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(report.holdout.featureColumns).toEqual(['x', 'color']);
    expect(report.gates.map((g) => g.passed)).toEqual([true, false, true]);
    expect(report.failedGates).toEqual(['f1 >= 0.99']);
    expect(report.passed).toBe(false);
    expect(report.baseline?.kind).toBe('predictions');
    expect(report.baseline?.comparisons.find((c) => c.metric === 'roc_auc')?.rules?.[0]?.passed).toBe(true);
    const ci = report.confidenceIntervals?.intervals.roc_auc;
    expect(ci && ci.lower <= (report.metrics.roc_auc as number) && (report.metrics.roc_auc as number) <= ci.upper).toBe(
      true,
    );
    // 240 rows in three colours of 80: all below the minimum of 81.
    expect(report.slices?.results).toHaveLength(0);
    expect(report.slices?.skipped).toHaveLength(3);
    expect(report.curves?.calibration?.length).toBeGreaterThan(3);
    expect(report.confusionMatrix?.labels).toEqual(['0', '1']);

    const files = await writeReport(report, path.join(fixture.dir, 'report'));
    const summary = readFileSync(files.markdown, 'utf8');
    expect(summary.split('\n')[0]).toMatch(/^❌ \*\*evaluate-holdout failed\*\* .*`f1 >= 0.99`/);
    expect(summary).toMatch(/\| roc_auc \| 0\.\d{4} \| 0\.\d{4} – 0\.\d{4} \| 0\.\d{4} \| \+0\.\d{4} ✅ \|/);
    const html = readFileSync(files.html, 'utf8');
    for (const chart of ['ROC curve', 'Precision–recall curve', 'Reliability diagram', 'Confusion matrix'])
      expect(html).toContain(chart);
    expect(html.replaceAll('http://www.w3.org/2000/svg', '')).not.toMatch(/https?:\/\/|<script|<link/);
    const json = JSON.parse(readFileSync(files.json, 'utf8')) as { metrics: Record<string, number> };
    expect(json.metrics.roc_auc).toBeCloseTo(report.metrics.roc_auc as number, 15);
  });

  it('gives the same metrics from the holdout file itself, the endpoint, and a command', async () => {
    const fromFile = await runEvaluation(options(fixture), deps());
    // The holdout itself with prediction columns added.
    const lines = readFileSync(fixture.holdout, 'utf8').trim().split('\n');
    const own = path.join(fixture.dir, 'own.csv');
    writeFileSync(
      own,
      `${[`${lines[0]},proba_1`, ...lines.slice(1).map((line) => `${line},${line.split(',')[1]}`)].join('\n')}\n`,
    );
    const fromOwn = await runEvaluation(
      options(fixture, { holdout: own, source: { kind: 'predictions', path: own } }),
      deps(),
    );
    expect(fromOwn.holdout.featureColumns).toEqual(['x', 'color']);
    const fromEndpoint = await runEvaluation(
      options(fixture, {
        source: { kind: 'endpoint', url: `${server.url}/invocations` },
        gates: ['latency_p95_ms <= 60000'],
      }),
      deps(),
    );
    expect(fromEndpoint.latency?.requests).toBe(5);
    expect(fromEndpoint.metrics.latency_p95_ms).toBeGreaterThan(0);
    expect(fromEndpoint.passed).toBe(true);
    const script = path.join(fixture.dir, 'score.mjs');
    writeFileSync(
      script,
      `import { readFileSync, writeFileSync } from 'node:fs';
const [input, output] = process.argv.slice(2);
const [header, ...rows] = readFileSync(input, 'utf8').trim().split('\\n');
const cols = header.split(',');
const out = rows.reverse().map((r) => { const v = r.split(','); return v[cols.indexOf('id')] + ',' + v[cols.indexOf('x')]; });
writeFileSync(output, 'id,proba_1\\n' + out.join('\\n') + '\\n');
`,
    );
    const fromCommand = await runEvaluation(
      options(fixture, { source: { kind: 'command', command: `"${process.execPath}" ${script} {input} {output}` } }),
      deps(),
    );
    expect(fromCommand.predictions.alignedBy).toBe('id');
    for (const metric of ['roc_auc', 'average_precision', 'log_loss', 'f1', 'accuracy']) {
      for (const other of [fromOwn, fromEndpoint, fromCommand])
        expect(other.metrics[metric]).toBeCloseTo(fromFile.metrics[metric] as number, 12);
    }
  });

  it('evaluates multiclass with proba_<class> columns and regression with residuals', async () => {
    const dir = fixture.dir;
    const holdout = path.join(dir, 'mc.csv');
    const preds = path.join(dir, 'mc-preds.csv');
    const labels = ['cat', 'dog', 'fox'];
    const h = ['k,f,animal'];
    const p = ['k,proba_cat,proba_dog,proba_fox'];
    for (let i = 0; i < 90; i += 1) {
      const truth = labels[i % 3] as string;
      h.push(`${i},${i / 10},${truth}`);
      const probs = labels.map((l) => (l === truth ? 0.5 : 0.25));
      if (i % 7 === 0) probs.reverse();
      p.push(`${i},${probs.join(',')}`);
    }
    writeFileSync(holdout, `${h.join('\n')}\n`);
    writeFileSync(preds, `${p.join('\n')}\n`);
    const mc = await runEvaluation(
      options(fixture, {
        holdout,
        targetColumn: 'animal',
        idColumn: 'k',
        source: { kind: 'predictions', path: preds },
        gates: ['f1_macro >= 0.5'],
      }),
      deps(),
    );
    expect(mc.task.name).toBe('multiclass');
    expect(Object.keys(mc.perClass ?? {})).toEqual(['cat', 'dog', 'fox']);
    expect(mc.metrics.roc_auc_ovr).toBeGreaterThan(0.5);
    const mcFiles = await writeReport(mc, path.join(dir, 'mc-report'));
    const mcHtml = readFileSync(mcFiles.html, 'utf8');
    expect(mcHtml).toContain('Per class');
    expect(mcHtml).toContain('Confusion matrix');
    expect(readFileSync(mcFiles.markdown, 'utf8').split('\n')[0]).toMatch(
      /^✅ \*\*evaluate-holdout passed\*\* \(multiclass, 90 holdout rows\)/,
    );

    const reg = path.join(dir, 'reg.csv');
    writeFileSync(
      reg,
      `${['y,prediction', ...Array.from({ length: 50 }, (_, i) => `${i * 1.5},${i * 1.5 + (i % 5) - 2}`)].join('\n')}\n`,
    );
    const report = await runEvaluation(
      options(fixture, {
        holdout: reg,
        idColumn: undefined,
        source: { kind: 'predictions', path: reg },
        gates: ['rmse <= 2'],
        metrics: ['mae'],
      }),
      deps(),
    );
    expect(report.task).toMatchObject({ name: 'regression', inferred: true });
    expect(Object.keys(report.metrics)).toEqual(['rmse', 'mae']);
    expect(report.metrics.mae).toBeCloseTo(1.2, 12);
    expect(report.curves?.residuals).toHaveLength(50);
    const files = await writeReport(report, path.join(dir, 'reg-report'));
    expect(readFileSync(files.html, 'utf8')).toContain('Residuals vs predicted');
  });

  it.each([
    [{ targetColumn: 'label' }, /holdout has no column 'label' \(from 'target-column'\)/],
    [{ maxRegression: ['f1: 0.01'] }, /max-regression is set but there is no 'baseline'/],
    [{ metrics: ['rmse'], task: 'binary' as const }, /metrics names 'rmse'/],
    [{ gates: ['accuracy >= 0.9'], task: 'regression' as const }, /does not compute/],
  ])('reports bad configuration: %j', async (overrides, message) => {
    await expect(runEvaluation(options(fixture, overrides), deps())).rejects.toThrow(message);
  });

  it('reads a gzip-compressed JSON Lines holdout the same as its CSV', async () => {
    const { gzipSync } = await import('node:zlib');
    const [header, ...lines] = readFileSync(fixture.holdout, 'utf8').trim().split('\n');
    const names = (header as string).split(',');
    const jsonl = lines
      .map((line) => {
        const v = line.split(',');
        return JSON.stringify({ [names[0] as string]: v[0], x: Number(v[1]), color: v[2], y: Number(v[3]) });
      })
      .join('\n');
    const file = path.join(fixture.dir, 'holdout.jsonl.gz');
    writeFileSync(file, gzipSync(`${jsonl}\n`));
    const fromCsv = await runEvaluation(options(fixture), deps());
    const fromJsonl = await runEvaluation(options(fixture, { holdout: file }), deps());
    expect(fromJsonl.holdout.files[0]?.format).toBe('jsonl');
    expect(fromJsonl.metrics).toEqual(fromCsv.metrics);
  });

  it('errors on a count mismatch when aligned by row', async () => {
    const short = path.join(fixture.dir, 'short.csv');
    writeFileSync(short, 'proba_1\n0.3\n0.6\n');
    await expect(
      runEvaluation(options(fixture, { source: { kind: 'predictions', path: short } }), deps()),
    ).rejects.toThrow(/The holdout has 240 rows but .*short.csv gave 2 predictions/);
  });

  it('errors on predictions for ids the holdout lacks', async () => {
    const bad = path.join(fixture.dir, 'bad.csv');
    writeFileSync(bad, `${readFileSync(fixture.predictions, 'utf8')}zz9,1,0.9\n`);
    await expect(
      runEvaluation(options(fixture, { source: { kind: 'predictions', path: bad } }), deps()),
    ).rejects.toThrow(/1 id\(s\) the holdout does not have, e.g. 'zz9'/);
  });
});
