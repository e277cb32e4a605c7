import { UserError } from '../shared/errors.js';
import type { Inputs } from '../shared/platform/inputs.js';
import type { ActionContext } from '../shared/platform/run.js';
import type { contract } from './contract.js';
import { CORRECTIONS, type DriftOptions, parseColumnLines, parseStatTest, parseThreshold } from './options.js';
import { checkDataDrift } from './run-drift.js';
import { summaryMarkdown, verdictLine } from './summary-markdown.js';
import { writeReport } from './write-report.js';

type DriftInputs = Inputs<typeof contract>;
const FORMATS = ['csv', 'tsv', 'jsonl', 'parquet'] as const;

/** Every input, parsed once into the options the logic takes. */
export function readOptions(inputs: DriftInputs): DriftOptions {
  const stattest = inputs.string('stattest') ?? 'auto';
  const format = inputs.enum('format', FORMATS);
  const threshold = inputs.number('threshold', { min: 0 });
  if (threshold !== undefined && threshold <= 0)
    throw new UserError(
      `Input 'threshold' is out of range: ${threshold}; expected a number above 0 (at most 1 for p-value tests).`,
    );
  const reference = inputs.lines('reference');
  const current = inputs.lines('current');
  if (reference.length === 0) throw new UserError("Input 'reference' is required: a data file or glob.");
  if (current.length === 0) throw new UserError("Input 'current' is required: a data file or glob.");
  return {
    reference,
    current,
    ...(format ? { format } : {}),
    columns: inputs.list('columns'),
    ignoreColumns: inputs.list('ignore-columns'),
    numericalColumns: inputs.list('numerical-columns'),
    categoricalColumns: inputs.list('categorical-columns'),
    stattest: stattest === 'auto' ? 'auto' : parseStatTest(stattest, 'stattest'),
    stattestPerColumn: parseColumnLines(inputs.lines('stattest-per-column'), 'stattest-per-column', (v) =>
      parseStatTest(v, 'stattest-per-column'),
    ),
    ...(threshold !== undefined ? { threshold } : {}),
    thresholdPerColumn: parseColumnLines(inputs.lines('threshold-per-column'), 'threshold-per-column', (v) =>
      parseThreshold(v, 'threshold-per-column'),
    ),
    driftShare: inputs.number('drift-share', { min: 0, max: 1 }) ?? 0.5,
    correction: inputs.enum('correction', CORRECTIONS) ?? 'none',
    missingTolerance: inputs.number('missing-tolerance', { min: 0, max: 1 }) ?? 0.05,
    maxRows: inputs.number('max-rows', { min: 1, integer: true }) ?? 5_000_000,
    seed: inputs.number('seed', { min: 0, max: 2 ** 32 - 1, integer: true }) ?? 42,
  };
}

export async function main({ platform, inputs }: ActionContext<typeof contract>): Promise<void> {
  const options = readOptions(inputs);
  const failOnDrift = inputs.boolean('fail-on-drift');
  const reportDir = inputs.path('report-dir', { mustExist: false }) ?? 'check-data-drift-report';
  const artifactName = inputs.string('artifact-name') ?? 'check-data-drift-report';
  const report = await checkDataDrift(options, platform);
  const files = await writeReport(report, reportDir);
  platform.setOutput('drift-detected', String(report.drift.detected));
  platform.setOutput('drift-share', String(report.drift.share));
  platform.setOutput('drifted-columns', JSON.stringify(report.drift.drifted));
  platform.setOutput('report', files.json);
  platform.setOutput('html-report', files.html);
  await platform.writeSummary(summaryMarkdown(report));
  for (const check of report.checks) {
    if (check.severity === 'error') platform.error(check.message);
    else if (check.severity === 'warning') platform.warning(check.message);
  }
  const artifact = await platform.uploadArtifact(artifactName, [files.json, files.markdown, files.html], reportDir);
  if (!artifact.uploaded)
    platform.info(`Report not uploaded as an artifact (${artifact.reason}); it is in ${artifact.localPath}.`);
  platform.info(verdictLine(report));
  if (report.failedChecks) {
    platform.setFailed(
      `${verdictLine(report)}. Schema checks failed: ${
        report.checks
          .filter((c) => c.severity === 'error')
          .map((c) => c.message)
          .join(' ') || 'no column could be tested.'
      }`,
    );
  } else if (report.drift.detected && failOnDrift) {
    platform.setFailed(`${verdictLine(report)}: ${report.drift.drifted.join(', ')}.`);
  }
}
