import { workingPath } from '../shared/working-path.js';
import path from 'node:path';
import { DockerClient } from '../shared/docker/docker-client.js';
import { describeError, UserError } from '../shared/errors.js';
import { runCommand } from '../shared/exec/run-command.js';
import type { Inputs } from '../shared/platform/inputs.js';
import type { ActionContext } from '../shared/platform/run.js';
import type { Platform } from '../shared/platform/types.js';
import { acrLogin } from './acr-login.js';
import { buildModelImage, emptyRecord } from './build-image.js';
import { readCiContext } from './ci-context.js';
import type { contract } from './contract.js';
import { parseRepository } from './image-reference.js';
import { parseKeyValues, readMetricsFile } from './labels.js';
import type { BuildModelImageOptions } from './options.js';
import { reportDocument, writeReport } from './report.js';
import { resolveTags } from './tags.js';
import { TEMPLATES } from './templates.js';

type BuildInputs = Inputs<typeof contract>;

/** Every input, parsed once into the options the logic takes. Registry credentials are resolved here (az for ACR). */
export async function readOptions(
  inputs: BuildInputs,
  platform: Platform,
  reportDir: string,
): Promise<BuildModelImageOptions> {
  const cwd = process.cwd();
  const context = inputs.path('context') ?? cwd;
  let image = parseRepository(inputs.required('image'));
  const acrName = inputs.string('acr-name');
  let registry = inputs.string('registry') ?? image.registry;
  const username = inputs.string('username');
  const password = inputs.secret('password');
  let credentials = username || password ? { username, password } : undefined;
  const secrets = password ? [password] : [];
  if (acrName) {
    if (credentials) throw new UserError("Set either 'acr-name' or 'username'/'password', not both.");
    const acr = await acrLogin(acrName, runCommand, (token) => {
      platform.setSecret(token);
      secrets.push(token);
    });
    platform.info(`Signed in to ${acr.loginServer} with an Azure CLI token.`);
    credentials = { username: acr.username, password: acr.password };
    registry = acr.loginServer;
    if (image.registry === 'docker.io') image = parseRepository(`${acr.loginServer}/${inputs.required('image')}`);
  }
  const buildArgs = parseKeyValues(inputs.lines('build-args'), 'build-args');
  const metricsFile = inputs.path('metrics-file');
  const ci = readCiContext(process.env, context, inputs.string('default-branch'));
  const modelVersion = inputs.string('model-version');
  const template = inputs.enum('template', TEMPLATES);
  const modelPath = inputs.path('model-path');
  return {
    context,
    dockerfile: inputs.path('dockerfile'),
    template,
    baseImage: inputs.string('base-image'),
    modelPath,
    requirements: inputs.path('requirements'),
    image,
    tags: resolveTags({ tags: inputs.list('tags'), modelVersion, ci }),
    labels: parseKeyValues(inputs.lines('labels'), 'labels'),
    buildArgs,
    target: inputs.string('target'),
    platform: inputs.string('platform'),
    push: inputs.boolean('push'),
    registry,
    credentials,
    metrics: metricsFile ? await readMetricsFile(metricsFile) : {},
    dataFiles: inputs.list('data-files').map((file) => path.resolve(file)),
    skipIfExists: inputs.boolean('skip-if-exists'),
    noCache: inputs.boolean('no-cache'),
    dockerHost: inputs.string('docker-host'),
    modelVersion,
    licenses: inputs.string('licenses'),
    ci,
    secrets,
    // The report folder (and the CLI's output folder) change on every run; in the context they would change the hash.
    excludeFromContext: [
      reportDir,
      ...(process.env.ML_ACTIONS_OUTPUT_DIR ? [path.resolve(process.env.ML_ACTIONS_OUTPUT_DIR)] : []),
    ],
    cwd,
    pushAttempts: inputs.number('push-retries', { min: 1, max: 10, integer: true }) ?? 4,
    pushBackoffMs: Number(process.env.ML_ACTIONS_PUSH_BACKOFF_MS ?? 1000),
  };
}

export async function main({ platform, inputs }: ActionContext<typeof contract>): Promise<void> {
  const reportDir =
    inputs.path('report-dir', { mustExist: false }) ?? workingPath('ml-actions-report', 'build-model-image');
  const record = emptyRecord();
  let repository = inputs.string('image') ?? '';
  let secrets: readonly string[] = [];
  let failure: unknown;
  try {
    const options = await readOptions(inputs, platform, reportDir);
    repository = options.image.name;
    secrets = options.secrets;
    await buildModelImage(options, { docker: new DockerClient(options.dockerHost), logger: platform }, record);
  } catch (error) {
    failure = error;
  }
  // The report is written before failing, so a failed build still shows what it got to.
  const doc = reportDocument(record, repository, failure === undefined ? undefined : describeError(failure));
  const files = await writeReport(doc, reportDir, secrets);
  platform.setOutput('report', files.json);
  await platform.writeSummary(files.summary);
  await platform.uploadArtifact('build-model-image-report', [files.json, files.markdown, files.html], reportDir);
  if (failure !== undefined) throw failure;
  platform.setOutput('image', record.image ?? '');
  platform.setOutput('digest', record.digest ?? '');
  platform.setOutput('tags', JSON.stringify(doc.tags));
  platform.setOutput('content-hash', record.contentHash ?? '');
  platform.setOutput('labels', JSON.stringify(record.labels));
  platform.setOutput('built', String(record.built ?? false));
  if (record.built === false)
    platform.notice(
      `Reused ${record.image ?? repository}: no build needed (content hash ${record.contentHash ?? ''}).`,
    );
}
