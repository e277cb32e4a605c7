/**
 * Glue for deploy-to-aks: inputs into one options object, the run, then
 * outputs, summary and report — written before the step fails.
 */
import { workingPath } from '../shared/working-path.js';
import { existsSync, readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import path from 'node:path';
import { InputError, describeError } from '../shared/errors.js';
import type { Inputs } from '../shared/platform/inputs.js';
import type { ActionContext } from '../shared/platform/run.js';
import type { contract } from './contract.js';
import { runDeploy } from './deploy.js';
import { ExecRunner } from './exec-runner.js';
import type { ClusterAccess, DeployOptions, GeneratedSpec, Lineage } from './options.js';
import { newRecord } from './record.js';
import { writeReport, summaryMarkdown } from './report.js';
import { parseExpectation } from './smoke-test.js';

type DeployInputs = Inputs<typeof contract>;
type Env = Readonly<Record<string, string | undefined>>;

/** `key=value` lines into a record; names the input and line on a bad entry. */
function pairs(lines: readonly string[], name: 'annotations' | 'env' | 'metrics'): Record<string, string> {
  const out: Record<string, string> = {};
  for (const line of lines) {
    const at = line.indexOf('=');
    if (at <= 0) throw new InputError(name, line, 'one `name=value` per line');
    out[line.slice(0, at).trim()] = line.slice(at + 1).trim();
  }
  return out;
}

function metrics(inputs: DeployInputs): Record<string, string> {
  const text = inputs.string('metrics');
  if (text?.startsWith('{')) {
    try {
      return Object.fromEntries(
        Object.entries(JSON.parse(text) as Record<string, unknown>).map(([k, v]) => [k, String(v)]),
      );
    } catch {
      throw new InputError('metrics', text, 'a JSON object or `name=value` lines');
    }
  }
  return pairs(inputs.lines('metrics'), 'metrics');
}

function access(inputs: DeployInputs, env: Env): ClusterAccess {
  const resourceGroup = inputs.string('resource-group');
  const clusterName = inputs.string('cluster-name');
  if (resourceGroup || clusterName) {
    if (!resourceGroup) throw new InputError('resource-group', '', "a value when 'cluster-name' is given");
    if (!clusterName) throw new InputError('cluster-name', '', "a value when 'resource-group' is given");
    return { kind: 'aks', resourceGroup, clusterName, admin: inputs.boolean('admin') };
  }
  const content = inputs.secret('kubeconfig');
  if (content) return { kind: 'kubeconfig', content };
  const fromEnv = env.KUBECONFIG?.split(path.delimiter).find((p) => p !== '' && existsSync(p));
  const fallback = path.join(env.HOME ?? homedir(), '.kube', 'config');
  if (fromEnv) return { kind: 'existing', path: fromEnv };
  return existsSync(fallback) ? { kind: 'existing', path: fallback } : { kind: 'none' };
}

function generated(inputs: DeployInputs): GeneratedSpec | undefined {
  const appName = inputs.string('app-name');
  if (!appName) return undefined;
  const min = inputs.number('autoscale-min', { integer: true, min: 1 });
  const max = inputs.number('autoscale-max', { integer: true, min: 1 });
  if ((min === undefined) !== (max === undefined))
    throw new InputError(
      min === undefined ? 'autoscale-min' : 'autoscale-max',
      '',
      "a value: set both 'autoscale-min' and 'autoscale-max' for an autoscaler",
    );
  if (min !== undefined && max !== undefined && min > max)
    throw new InputError('autoscale-min', String(min), `at most autoscale-max (${max})`);
  const pdb = inputs.string('pdb-min-available') ?? '0';
  if (!/^(\d+|\d+%)$/.test(pdb))
    throw new InputError('pdb-min-available', pdb, 'a whole number or a percentage such as 50%');
  const healthPath = inputs.string('health-path');
  const cpuLimit = inputs.string('cpu-limit');
  const memoryLimit = inputs.string('memory-limit');
  return {
    appName,
    port: inputs.number('port', { integer: true, min: 1, max: 65535 }) ?? 8080,
    servicePort: inputs.number('service-port', { integer: true, min: 1, max: 65535 }) ?? 80,
    replicas: inputs.number('replicas', { integer: true, min: 0 }) ?? 2,
    cpuRequest: inputs.string('cpu-request') ?? '250m',
    memoryRequest: inputs.string('memory-request') ?? '512Mi',
    ...(cpuLimit ? { cpuLimit } : {}),
    ...(memoryLimit ? { memoryLimit } : {}),
    ...(healthPath ? { healthPath } : {}),
    env: Object.entries(pairs(inputs.lines('env'), 'env')).map(([name, value]) => ({ name, value })),
    ...(min !== undefined && max !== undefined
      ? { autoscale: { min, max, cpu: inputs.number('autoscale-cpu', { integer: true, min: 1, max: 100 }) ?? 70 } }
      : {}),
    ...(pdb === '0' ? {} : { pdbMinAvailable: /^\d+$/.test(pdb) ? Number(pdb) : pdb }),
  };
}

function lineage(inputs: DeployInputs, env: Env): Lineage {
  const commit = inputs.string('commit') ?? env.GITHUB_SHA ?? env.BUILD_SOURCEVERSION;
  let runUrl: string | undefined;
  if (env.GITHUB_RUN_ID && env.GITHUB_REPOSITORY)
    runUrl = `${env.GITHUB_SERVER_URL ?? 'https://github.com'}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}`;
  else if (env.SYSTEM_COLLECTIONURI && env.BUILD_BUILDID)
    runUrl = `${env.SYSTEM_COLLECTIONURI}${env.SYSTEM_TEAMPROJECT ?? ''}/_build/results?buildId=${env.BUILD_BUILDID}`;
  const modelHash = inputs.string('model-hash');
  const values = metrics(inputs);
  return {
    ...(commit ? { commit } : {}),
    ...(runUrl ? { runUrl } : {}),
    ...(modelHash ? { modelHash } : {}),
    ...(Object.keys(values).length ? { metrics: values } : {}),
  };
}

/** Every input read once, into the options the logic takes. */
export function readOptions(inputs: DeployInputs, env: Env, workDir: string): DeployOptions {
  const manifests = inputs.list('manifests');
  const spec = manifests.length === 0 ? generated(inputs) : undefined;
  if (manifests.length === 0 && !spec)
    throw new InputError('app-name', '', "a name for the generated manifests (or give 'manifests')");
  const timeoutMs = inputs.duration('timeout') ?? 600_000;
  const smokePath = inputs.string('smoke-test-path');
  const payload = inputs.string('smoke-test-payload');
  if (payload) {
    try {
      JSON.parse(payload);
    } catch {
      throw new InputError('smoke-test-payload', payload, 'a JSON document');
    }
  }
  const image = inputs.string('image');
  const context = inputs.string('context');
  const appName = inputs.string('app-name');
  const canaryReplicas = inputs.number('canary-replicas', { integer: true, min: 1 });
  return {
    access: access(inputs, env),
    ...(context ? { context } : {}),
    ...(image ? { image } : {}),
    namespace: inputs.string('namespace') ?? 'default',
    createNamespace: inputs.boolean('create-namespace'),
    manifests,
    containers: inputs.list('container'),
    ...(appName ? { appName } : {}),
    ...(spec ? { generated: spec } : {}),
    strategy: inputs.enum('strategy', ['rolling', 'canary', 'blue-green'] as const) ?? 'rolling',
    action: inputs.enum('action', ['deploy', 'promote', 'reject'] as const) ?? 'deploy',
    canaryPercentage: inputs.number('canary-percentage', { min: 1, max: 99 }) ?? 20,
    ...(canaryReplicas === undefined ? {} : { canaryReplicas }),
    ...(smokePath
      ? {
          smokeTest: {
            path: smokePath.startsWith('/') ? smokePath : `/${smokePath}`,
            ...(payload ? { payload } : {}),
            expect: parseExpectation(inputs.string('smoke-test-expect') ?? '200'),
            retries: inputs.number('smoke-test-retries', { integer: true, min: 0, max: 20 }) ?? 3,
            retryDelayMs: Math.min(2000, Math.max(100, timeoutMs / 50)),
          },
        }
      : {}),
    timeoutMs,
    rollbackOnFailure: inputs.boolean('rollback-on-failure'),
    annotations: pairs(inputs.lines('annotations'), 'annotations'),
    lineage: lineage(inputs, env),
    dryRun: inputs.boolean('dry-run'),
    fieldManager: inputs.string('field-manager') ?? 'ml-actions-deploy-to-aks',
    reportDir: path.resolve(workDir, inputs.string('report-dir') ?? 'ml-actions-report/deploy-to-aks'),
    workDir,
  };
}

// Runners mask a multi-line secret poorly, so each credential value in a kubeconfig is masked on its own too.
const CREDENTIAL =
  /^\s*(?:token|client-key-data|client-certificate-data|password|id-token|refresh-token|access-token):\s*["']?([^"'\s]+)/gm;

/** An input that cannot be read still leaves a report saying so, and status=failed. */
async function reportInputError(
  platform: ActionContext<typeof contract>['platform'],
  inputs: DeployInputs,
  error: unknown,
): Promise<void> {
  const record = newRecord({ strategy: 'rolling', action: 'deploy', dryRun: false, namespace: '', lineage: {} });
  record.error = describeError(error);
  let reportDir = workingPath('ml-actions-report', 'deploy-to-aks');
  try {
    reportDir = path.resolve(inputs.string('report-dir') ?? reportDir);
  } catch {
    // Keep the default folder.
  }
  writeReport(record, reportDir);
  platform.setOutput('status', 'failed');
  await platform.writeSummary(summaryMarkdown(record));
}

export async function main({ platform, inputs }: ActionContext<typeof contract>): Promise<void> {
  let options: DeployOptions;
  try {
    options = readOptions(inputs, process.env, process.cwd());
  } catch (error) {
    await reportInputError(platform, inputs, error);
    throw error;
  }
  if (options.access.kind === 'kubeconfig')
    for (const match of options.access.content.matchAll(CREDENTIAL)) if (match[1]) platform.setSecret(match[1]);
  const { record, error } = await runDeploy(options, { logger: platform, runner: new ExecRunner() });
  const diff = record.diffPath && existsSync(record.diffPath) ? readFileSync(record.diffPath, 'utf8') : '';
  const files = writeReport(record, options.reportDir, diff);
  platform.setOutput('status', record.status);
  platform.setOutput('revision', record.revision ?? '');
  platform.setOutput('deployed-image', record.deployedImage ?? '');
  platform.setOutput('previous-image', record.previousImage ?? '');
  platform.setOutput(
    'service',
    record.service ? `${record.service.name}${record.service.address ? ` ${record.service.address}` : ''}` : '',
  );
  platform.setOutput('manifests', record.manifestsPath ?? '');
  await platform.writeSummary(summaryMarkdown(record));
  const artifactFiles = [
    files.json,
    files.summary,
    files.html,
    ...(record.manifestsPath ? [record.manifestsPath] : []),
    ...(record.diffPath ? [record.diffPath] : []),
  ];
  const upload = await platform.uploadArtifact('deploy-to-aks-report', artifactFiles, options.reportDir);
  if (!upload.uploaded)
    platform.debug(`report not uploaded as an artifact (${upload.reason}); it is in ${upload.localPath}`);
  if (error) throw error;
}
