/** Shared set-up for deploy-to-aks tests: a fake API server, options and a recording logger. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { CommandRunner } from '../../actions/deploy-to-aks/command-runner.js';
import { runDeploy, type DeployOutcome } from '../../actions/deploy-to-aks/deploy.js';
import type { DeployOptions } from '../../actions/deploy-to-aks/options.js';
import type { Logger } from '../../actions/shared/platform/types.js';
import { FakeKube, type FakeKubeOptions } from '../support/fake-kube/index.js';

export class RecordingLogger implements Logger {
  readonly lines: string[] = [];
  debug(): void {}
  info(message: string): void {
    this.lines.push(message);
  }
  notice(message: string): void {
    this.lines.push(`notice: ${message}`);
  }
  warning(message: string): void {
    this.lines.push(`warning: ${message}`);
  }
  error(message: string): void {
    this.lines.push(`error: ${message}`);
  }
  async group<T>(_name: string, fn: () => Promise<T>): Promise<T> {
    return fn();
  }
  text(): string {
    return this.lines.join('\n');
  }
}

export const noCommands: CommandRunner = {
  run: () => Promise.reject(new Error('no command expected')),
  which: () => Promise.resolve(undefined),
};

export interface Harness {
  readonly fake: FakeKube;
  readonly dir: string;
  readonly kubeconfigPath: string;
  options(overrides?: Partial<DeployOptions>): DeployOptions;
  deploy(overrides?: Partial<DeployOptions>): Promise<DeployOutcome & { logger: RecordingLogger }>;
}

/** A model server answering /predict per image: images containing "broken" answer 500. */
export function modelServer(fake: FakeKube): void {
  fake.proxyHandler = (req) => {
    if (req.image.includes('broken'))
      return { status: 500, body: '{"error":"model failed to load"}', contentType: 'application/json' };
    if (req.path.startsWith('/predict'))
      return {
        status: 200,
        body: JSON.stringify({ prediction: 1, image: req.image }),
        contentType: 'application/json',
      };
    return { status: 200, body: '{"status":"ok"}', contentType: 'application/json' };
  };
}

export async function startHarness(fakeOptions: FakeKubeOptions = {}): Promise<Harness> {
  const fake = new FakeKube(fakeOptions);
  await fake.start();
  modelServer(fake);
  const dir = mkdtempSync(path.join(tmpdir(), 'deploy-to-aks-'));
  const kubeconfigPath = path.join(dir, 'kubeconfig');
  writeFileSync(kubeconfigPath, fake.kubeconfig());
  const options = (overrides: Partial<DeployOptions> = {}): DeployOptions => ({
    access: { kind: 'existing', path: kubeconfigPath },
    image: 'myregistry.azurecr.io/churn@sha256:1111111111111111111111111111111111111111111111111111111111111111',
    namespace: 'default',
    createNamespace: false,
    manifests: [],
    containers: [],
    generated: {
      appName: 'churn',
      port: 8080,
      servicePort: 80,
      replicas: 2,
      cpuRequest: '250m',
      memoryRequest: '512Mi',
      memoryLimit: '1Gi',
      healthPath: '/health',
      env: [],
      pdbMinAvailable: 1,
    },
    strategy: 'rolling',
    action: 'deploy',
    canaryPercentage: 20,
    smokeTest: {
      path: '/predict',
      payload: '{"rows":[[1,2]]}',
      expect: { status: 200, jsonPath: '$.prediction', op: 'exists' },
      retries: 1,
      retryDelayMs: 20,
    },
    timeoutMs: 5000,
    rollbackOnFailure: true,
    annotations: {},
    lineage: {
      commit: 'abc123',
      runUrl: 'https://github.com/o/r/actions/runs/1',
      modelHash: 'sha256:feed',
      metrics: { auc: '0.91' },
    },
    dryRun: false,
    fieldManager: 'ml-actions-deploy-to-aks',
    reportDir: path.join(dir, 'report'),
    workDir: dir,
    api: { retries: 2, retryDelayMs: 10, requestTimeoutMs: 500 },
    ...overrides,
  });
  return {
    fake,
    dir,
    kubeconfigPath,
    options,
    deploy: async (overrides = {}) => {
      const logger = new RecordingLogger();
      const outcome = await runDeploy(options(overrides), { logger, runner: noCommands });
      return { ...outcome, logger };
    },
  };
}

export const IMAGE_1 =
  'myregistry.azurecr.io/churn@sha256:1111111111111111111111111111111111111111111111111111111111111111';
export const IMAGE_2 =
  'myregistry.azurecr.io/churn@sha256:2222222222222222222222222222222222222222222222222222222222222222';
export const BROKEN = 'myregistry.azurecr.io/churn:broken';

export function containerImage(obj: unknown): string | undefined {
  return (
    ((obj as { spec?: unknown } | undefined)?.spec as { template?: unknown } | undefined)?.template as
      { spec?: { containers?: { image?: string }[] } } | undefined
  )?.spec?.containers?.[0]?.image;
}
