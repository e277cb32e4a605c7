import * as exec from '@actions/exec';
import { DockerClient } from '../shared/docker/docker-client.js';
import { UserError } from '../shared/errors.js';
import type { Inputs } from '../shared/platform/inputs.js';
import type { ActionContext } from '../shared/platform/run.js';
import type { Platform } from '../shared/platform/types.js';
import type { contract } from './contract.js';
import { TASKS } from './metric-catalog.js';
import type { EvaluateOptions, PredictionSource } from './options.js';
import { defaultPredictPath, PAYLOAD_FORMATS } from './payload-formats.js';
import { commentMarker, pullRequestFromEnv, upsertComment } from './pr-comment.js';
import { toJson } from './report-model.js';
import { runEvaluation } from './run-evaluation.js';
import { writeReport } from './write-report.js';

type EvaluateInputs = Inputs<typeof contract>;

function pairs(lines: readonly string[], separator: string, input: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const line of lines) {
    const at = line.indexOf(separator);
    if (at <= 0) throw new UserError(`Input '${input}': '${line}' is not a 'name${separator}value' line.`);
    out[line.slice(0, at).trim()] = line.slice(at + 1).trim();
  }
  return out;
}

function readSource(inputs: EvaluateInputs): PredictionSource {
  const given = {
    predictions: inputs.path('predictions'),
    command: inputs.string('command'),
    image: inputs.string('image'),
    endpoint: inputs.string('endpoint'),
  };
  const set = Object.entries(given).filter(([, value]) => value !== undefined);
  if (set.length !== 1) {
    throw new UserError(
      set.length === 0
        ? 'No predictions source: set exactly one of predictions, command, image or endpoint.'
        : `Several predictions sources are set (${set.map(([name]) => name).join(', ')}): set exactly one.`,
    );
  }
  if (given.predictions) return { kind: 'predictions', path: given.predictions };
  if (given.command) return { kind: 'command', command: given.command };
  if (given.endpoint) {
    if (!/^https?:\/\//.test(given.endpoint))
      throw new UserError(`endpoint '${given.endpoint}' is not an http(s) URL.`);
    return { kind: 'endpoint', url: given.endpoint };
  }
  return {
    kind: 'image',
    image: given.image as string,
    containerPort: inputs.number('container-port', { min: 1, max: 65535, integer: true }) ?? 8080,
    healthPath: inputs.string('health-path') ?? '/health',
    startupTimeoutMs: inputs.duration('startup-timeout') ?? 120_000,
    env: pairs(inputs.lines('container-env'), '=', 'container-env'),
  };
}

/** Every input, parsed once into the options the logic takes. */
export function readOptions(inputs: EvaluateInputs, platform: Platform): EvaluateOptions {
  const format = inputs.enum('payload-format', PAYLOAD_FORMATS) ?? 'mlflow';
  const headers = pairs(inputs.lines('endpoint-headers'), ':', 'endpoint-headers');
  for (const value of Object.values(headers)) platform.setSecret(value);
  const task = inputs.enum('task', TASKS);
  const idColumn = inputs.string('id-column');
  const positiveLabel = inputs.string('positive-label');
  const baseline = inputs.path('baseline');
  return {
    holdout: inputs.required('holdout'),
    targetColumn: inputs.required('target-column'),
    ...(idColumn ? { idColumn } : {}),
    featureColumns: inputs.list('feature-columns'),
    ignoreColumns: inputs.list('ignore-columns'),
    ...(task ? { task } : {}),
    ...(positiveLabel !== undefined ? { positiveLabel } : {}),
    decisionThreshold: inputs.number('decision-threshold', { min: 0, max: 1 }) ?? 0.5,
    source: readSource(inputs),
    predictionColumn: inputs.string('prediction-column') ?? 'prediction',
    // GitHub passes defaults as if given: only a name other than the default must exist.
    predictionColumnGiven: (inputs.string('prediction-column') ?? 'prediction') !== 'prediction',
    scoreColumns: inputs.list('score-columns'),
    http: {
      format,
      predictPath: inputs.string('predict-path') ?? defaultPredictPath(format, inputs.string('model-name') ?? 'model'),
      batchSize: inputs.number('batch-size', { min: 1, integer: true }) ?? 256,
      concurrency: inputs.number('concurrency', { min: 1, max: 256, integer: true }) ?? 4,
      retries: inputs.number('max-retries', { min: 0, max: 20, integer: true }) ?? 3,
      timeoutMs: inputs.duration('request-timeout') ?? 60_000,
      headers,
    },
    metrics: inputs.list('metrics'),
    gates: inputs.lines('gates'),
    ...(baseline ? { baseline } : {}),
    maxRegression: inputs.lines('max-regression'),
    bootstrap: inputs.number('bootstrap', { min: 0, max: 100_000, integer: true }) ?? 0,
    confidenceLevel: inputs.number('confidence-level', { min: 0.5, max: 0.999 }) ?? 0.95,
    seed: inputs.number('seed', { min: 0, max: 2 ** 32 - 1, integer: true }) ?? 42,
    sliceColumns: inputs.list('slice-columns'),
    minSliceSize: inputs.number('min-slice-size', { min: 1, integer: true }) ?? 30,
    reportDir: inputs.path('report-dir', { mustExist: false }) ?? 'evaluate-holdout-report',
  };
}

async function commentOnPullRequest(
  platform: Platform,
  token: string | undefined,
  artifact: string,
  body: string,
): Promise<void> {
  if (platform.kind !== 'github') {
    platform.notice('comment-on-pr only works on GitHub Actions: no comment posted.');
    return;
  }
  const target = await pullRequestFromEnv(process.env);
  if (!target) {
    platform.notice('comment-on-pr: this run is not for a pull request; no comment posted.');
    return;
  }
  if (!token || token.startsWith('${{')) {
    platform.warning('comment-on-pr: no github-token; no comment posted.');
    return;
  }
  try {
    const result = await upsertComment(target, token, commentMarker(artifact), body);
    platform.info(`PR #${target.number}: comment ${result.action} (id ${result.id}).`);
  } catch (error) {
    // A comment is a courtesy: failing to post it never fails the evaluation.
    platform.warning(`comment-on-pr: ${(error as Error).message}`);
  }
}

export async function main({ platform, inputs }: ActionContext<typeof contract>): Promise<void> {
  const options = readOptions(inputs, platform);
  const failOnGate = inputs.boolean('fail-on-gate');
  const commentOnPr = inputs.boolean('comment-on-pr');
  const token = commentOnPr ? inputs.secret('github-token') : undefined;
  const artifactName = inputs.string('artifact-name') ?? 'evaluate-holdout-report';
  const dockerHost = inputs.string('docker-host');
  const report = await runEvaluation(options, {
    logger: platform,
    docker: () => new DockerClient(dockerHost),
    runCommand: (tool, args) => exec.exec(tool, [...args], { ignoreReturnCode: true }),
  });
  const files = await writeReport(report, options.reportDir);
  platform.setOutput('passed', String(report.passed));
  platform.setOutput('metrics', toJson(report.metrics, 0));
  platform.setOutput('failed-gates', JSON.stringify(report.failedGates));
  platform.setOutput('task', report.task.name);
  platform.setOutput('report', files.json);
  platform.setOutput('html-report', files.html);
  await platform.writeSummary(files.summary);
  await platform.uploadArtifact(artifactName, [files.json, files.markdown, files.html], options.reportDir);
  if (commentOnPr) await commentOnPullRequest(platform, token, artifactName, files.summary);
  const verdict = files.summary.split('\n')[0] ?? '';
  if (report.passed) {
    platform.info(verdict);
  } else if (failOnGate) {
    platform.setFailed(
      `evaluate-holdout: ${report.failedGates.length} check(s) failed: ${report.failedGates.join('; ')}. Report: ${files.html}`,
    );
  } else {
    platform.warning(
      `evaluate-holdout: ${report.failedGates.length} check(s) failed (fail-on-gate is false): ${report.failedGates.join('; ')}`,
    );
  }
}
