import { createHash } from 'node:crypto';
import path from 'node:path';
import { UserError } from '../shared/errors.js';
import { readTable } from '../shared/data/index.js';
import type { Table } from '../shared/data/types.js';
import { fileSha256 } from '../shared/report/file-sha256.js';
import { compareToBaseline, parseRegressionRules, readMetricsJson } from './baseline.js';
import { bootstrapIntervals } from './bootstrap.js';
import { encode, type Encoded } from './encode.js';
import { evaluate, type Evaluation } from './evaluation-data.js';
import { evaluateGates, parseGates } from './gates.js';
import { holdoutView, sliceColumns, type HoldoutView } from './holdout.js';
import { knownMetrics, metricsForTask, SCORE_METRICS, SERVING_METRICS, type Task } from './metric-catalog.js';
import type { EvaluateOptions } from './options.js';
import { calibrationBins, residualSample } from './plot-data.js';
import { getPredictions, predictionsFromFile, type SourceDependencies } from './prediction-sources.js';
import { REPORT_SCHEMA, type EvaluationReport } from './report-model.js';
import { sliceMetrics } from './slices.js';
import { inferTask } from './task-inference.js';

/** Checks the gate and max-regression lines' syntax before any scoring, when the task is known up front. */
export function validateEarly(options: EvaluateOptions): void {
  if (!options.task) return;
  const serving = options.source.kind === 'image' || options.source.kind === 'endpoint';
  parseGates(options.gates, options.task, { bootstrap: options.bootstrap, serving });
  parseRegressionRules(options.maxRegression, options.task);
  checkMetricNames(options.metrics, options.task);
}

function checkMetricNames(names: readonly string[], task: Task): void {
  const known = knownMetrics(task);
  const unknown = names.filter((name) => !known.has(name));
  if (unknown.length) {
    throw new UserError(
      `metrics names ${unknown.map((m) => `'${m}'`).join(', ')}, which a ${task} evaluation does not compute.`,
      {
        hint: `Metrics for ${task}: ${[...known].join(', ')}.`,
      },
    );
  }
}

/** The metrics to report: the requested ones (default: all the task has), plus every gated one. */
function selectMetrics(
  all: Record<string, number>,
  requested: readonly string[],
  gated: readonly string[],
): Record<string, number> {
  const wanted = requested.length ? new Set([...requested, ...gated]) : undefined;
  const out: Record<string, number> = {};
  for (const [name, value] of Object.entries(all)) if (!wanted || wanted.has(name)) out[name] = value;
  return out;
}

function missingScoreMetrics(task: Task, names: readonly string[], computed: Record<string, number>): void {
  const lacking = names.filter((m) => SCORE_METRICS.has(m) && !(m in computed));
  if (lacking.length) {
    throw new UserError(`${lacking.join(', ')} need(s) probabilities, but the predictions have none.`, {
      hint: `Give probability columns (score-columns, or proba_<class> names) or drop these from metrics/gates for ${task}.`,
    });
  }
}

async function loadBaseline(
  file: string,
  options: EvaluateOptions,
  holdout: HoldoutView,
  encodeFor: (predictions: Awaited<ReturnType<typeof predictionsFromFile>>['predictions']) => Encoded,
  deps: SourceDependencies,
): Promise<{ metrics: Record<string, number>; kind: 'metrics' | 'predictions' }> {
  const metrics = await readMetricsJson(file);
  if (metrics) return { metrics, kind: 'metrics' };
  const champion = await predictionsFromFile(
    file,
    holdout,
    options,
    deps.logger,
    `the baseline ${path.basename(file)}`,
  );
  return { metrics: evaluate(encodeFor(champion.predictions).data).metrics, kind: 'predictions' };
}

function holdoutSha(table: Table): string {
  if (table.sources.length === 1) return table.sources[0]?.sha256 ?? '';
  // Several files (a glob): the sha256 of their hashes, one per line, in read order.
  return createHash('sha256')
    .update(table.sources.map((s) => s.sha256).join('\n'))
    .digest('hex');
}

/** Runs the whole evaluation and returns the report; writing it and failing are the caller's. */
export async function runEvaluation(options: EvaluateOptions, deps: SourceDependencies): Promise<EvaluationReport> {
  const { logger } = deps;
  validateEarly(options);
  const idColumn = options.idColumn;
  const table = await readTable(options.holdout, { logger, ...(idColumn ? { categoricalColumns: [idColumn] } : {}) });
  const sameFile =
    options.source.kind === 'predictions' && path.resolve(options.source.path) === path.resolve(options.holdout);
  const holdout = holdoutView(table, {
    targetColumn: options.targetColumn,
    ...(idColumn ? { idColumn } : {}),
    featureColumns: options.featureColumns,
    ignoreColumns: options.ignoreColumns,
    excludePredictions: { predictionColumn: options.predictionColumn, scoreColumns: options.scoreColumns },
  });
  const warnings: string[] = [...table.notes];
  const sourced = await logger.group(`Predictions from ${options.source.kind}`, () =>
    getPredictions(sameFile ? { ...options, idColumn: undefined } : options, holdout, deps),
  );
  const inferred = options.task ? undefined : inferTask(holdout.target, sourced.predictions);
  const task: Task = options.task ?? (inferred as { task: Task }).task;
  if (inferred) logger.notice(`Task inferred as ${task}: ${inferred.reason}. Set 'task' to override.`);
  const serving = sourced.latency !== undefined;
  const gates = parseGates(options.gates, task, { bootstrap: options.bootstrap, serving });
  const rules = parseRegressionRules(options.maxRegression, task);
  checkMetricNames(options.metrics, task);
  const encodeFor = (predictions: typeof sourced.predictions): Encoded =>
    encode(holdout.target, predictions, {
      task,
      threshold: options.decisionThreshold,
      ...(options.positiveLabel !== undefined ? { positiveLabel: options.positiveLabel } : {}),
    });
  const encoded = encodeFor(sourced.predictions);
  warnings.push(...encoded.warnings);
  const evaluation: Evaluation = evaluate(encoded.data);
  warnings.push(...evaluation.warnings);
  const all: Record<string, number> = { ...evaluation.metrics };
  if (sourced.latency) {
    all.latency_p50_ms = sourced.latency.p50_ms;
    all.latency_p95_ms = sourced.latency.p95_ms;
    all.latency_p99_ms = sourced.latency.p99_ms;
    all.throughput_rows_per_s = sourced.latency.throughput_rows_per_s;
  }
  const gatedNames = [...gates.map((g) => g.metric), ...rules.map((r) => r.metric)];
  missingScoreMetrics(task, [...options.metrics, ...gatedNames], all);
  const metrics = selectMetrics(all, options.metrics, gatedNames);

  let confidenceIntervals: EvaluationReport['confidenceIntervals'];
  if (options.bootstrap > 0) {
    const names = Object.keys(metrics).filter((m) => !(SERVING_METRICS as readonly string[]).includes(m));
    const intervals = await logger.group(`Bootstrap: ${options.bootstrap} resamples`, async () =>
      bootstrapIntervals(encoded.data, {
        resamples: options.bootstrap,
        confidence: options.confidenceLevel,
        seed: options.seed,
        metrics: names,
      }),
    );
    confidenceIntervals = {
      resamples: options.bootstrap,
      confidence: options.confidenceLevel,
      seed: options.seed,
      intervals,
    };
  }

  let baseline: EvaluationReport['baseline'];
  if (options.baseline) {
    const loaded = await loadBaseline(options.baseline, options, holdout, encodeFor, deps);
    const comparisons = compareToBaseline(metrics, loaded.metrics, rules, options.baseline);
    baseline = {
      source: options.baseline,
      kind: loaded.kind,
      sha256: await fileSha256(options.baseline),
      comparisons,
      passed: comparisons.every((c) => c.passed),
    };
  } else if (rules.length) {
    throw new UserError("max-regression is set but there is no 'baseline' to compare with.", {
      hint: 'Pass the report.json of an earlier run or the champion’s predictions file as baseline.',
    });
  }

  let slices: EvaluationReport['slices'];
  if (options.sliceColumns.length) {
    const result = sliceMetrics(encoded.data, sliceColumns(table, options.sliceColumns), options.minSliceSize);
    warnings.push(...result.warnings);
    const keep = new Set(Object.keys(metrics));
    slices = {
      columns: options.sliceColumns,
      minSliceSize: options.minSliceSize,
      results: result.slices.map((s) => ({
        ...s,
        metrics: Object.fromEntries(Object.entries(s.metrics).filter(([m]) => keep.has(m))),
      })),
      skipped: result.skipped,
    };
  }

  const gateResults = evaluateGates(gates, metrics, confidenceIntervals?.intervals);
  const failedGates = [
    ...gateResults.filter((g) => !g.passed).map((g) => g.expr),
    ...(baseline?.comparisons ?? []).flatMap((c) =>
      (c.rules ?? []).filter((r) => !r.passed).map((r) => `max-regression ${r.text}`),
    ),
  ];
  const data = encoded.data;
  const details = evaluation.details;
  return {
    schema: REPORT_SCHEMA,
    generatedAt: new Date().toISOString(),
    passed: failedGates.length === 0,
    task: {
      name: task,
      inferred: inferred !== undefined,
      reason: inferred?.reason ?? 'given',
      ...(data.task !== 'regression' ? { classes: [...data.classes] } : {}),
      ...(data.task === 'binary'
        ? {
            positiveLabel: encoded.positiveLabel,
            positiveReason: encoded.positiveReason,
            decisionThreshold: options.decisionThreshold,
          }
        : {}),
    },
    holdout: {
      files: table.sources.map((s) => ({ path: s.path, sha256: s.sha256, bytes: s.bytes, format: s.format })),
      sha256: holdoutSha(table),
      rows: table.rowCount,
      columns: table.columns.length,
      targetColumn: options.targetColumn,
      ...(idColumn ? { idColumn } : {}),
      featureColumns: holdout.featureColumns,
    },
    predictions: {
      source: options.source.kind,
      detail: describeSource(options),
      ...(sourced.files ? { files: sourced.files } : {}),
      alignedBy: sourced.alignedBy,
      ...(options.source.kind === 'image' || options.source.kind === 'endpoint'
        ? { payloadFormat: options.http.format }
        : {}),
    },
    metrics,
    gates: gateResults,
    ...(baseline ? { baseline } : {}),
    ...(confidenceIntervals ? { confidenceIntervals } : {}),
    ...(slices ? { slices } : {}),
    ...(sourced.latency ? { latency: sourced.latency } : {}),
    ...(details ? { confusionMatrix: { labels: details.labels, matrix: details.confusion } } : {}),
    ...(details?.perClass ? { perClass: details.perClass } : {}),
    curves: {
      ...(details?.roc ? { roc: details.roc } : {}),
      ...(details?.pr ? { pr: details.pr } : {}),
      ...(data.task === 'binary' && data.score ? { calibration: calibrationBins(data.yTrue, data.score) } : {}),
      ...(data.task === 'regression' ? { residuals: residualSample(data.yTrue, data.yPred) } : {}),
    },
    failedGates,
    warnings,
  };
}

function describeSource(options: EvaluateOptions): string {
  const s = options.source;
  if (s.kind === 'predictions') return s.path;
  if (s.kind === 'command') return s.command;
  if (s.kind === 'image') return s.image;
  return s.url;
}

/** Every metric name the task can report, for docs and errors. */
export function metricNames(task: Task): readonly string[] {
  return metricsForTask(task);
}
