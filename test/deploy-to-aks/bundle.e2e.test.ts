/**
 * End to end: the committed bundle dist/deploy-to-aks/index.js runs as a
 * child process in GitHub, Azure and CLI modes, against the fake API server
 * this test process serves on 127.0.0.1.
 */
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, runBundle } from '../support/run-bundle.js';
import { FakeKube } from '../support/fake-kube/index.js';
import { modelServer } from './helpers.js';

const FIXTURES = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures');
const BUNDLE = path.join(ROOT, 'dist', 'deploy-to-aks', 'index.js');
const IMAGE = 'myregistry.azurecr.io/churn@sha256:3333333333333333333333333333333333333333333333333333333333333333';
const IMAGE_NEXT =
  'myregistry.azurecr.io/churn@sha256:4444444444444444444444444444444444444444444444444444444444444444';

let fake: FakeKube;
let work: string;
let kubeconfig: string;

beforeAll(async () => {
  fake = new FakeKube();
  await fake.start();
  modelServer(fake);
  work = mkdtempSync(path.join(tmpdir(), 'deploy-e2e-'));
  kubeconfig = path.join(work, 'kubeconfig');
  writeFileSync(kubeconfig, fake.kubeconfig());
});
afterAll(async () => fake?.stop());

const common = (reportDir: string): Record<string, string> => ({
  'app-name': 'churn',
  'smoke-test-path': '/predict',
  'smoke-test-payload': '{"rows":[[1,2,3]]}',
  'smoke-test-expect': '200 $.prediction exists',
  timeout: '20s',
  'report-dir': reportDir,
});

// In CI the bundle must exist (the build runs first); on a laptop the file is skipped until npm run build.
describe.runIf(existsSync(BUNDLE) || process.env.CI === 'true')('deploy-to-aks bundle', () => {
  it('github: dry run without a cluster renders, validates and reports', async () => {
    const reportDir = path.join(work, 'gh-dry');
    const result = await runBundle('deploy-to-aks', {
      mode: 'github',
      inputs: { ...common(reportDir), image: IMAGE, 'dry-run': 'true', 'autoscale-min': '2', 'autoscale-max': '4' },
      env: { KUBECONFIG: path.join(work, 'missing'), HOME: work },
    });
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(result.code).toBe(0);
    expect(result.outputs.status).toBe('dry-run');
    expect(result.outputs['deployed-image']).toBe(IMAGE);
    expect(readFileSync(result.outputs.manifests!, 'utf8')).toContain('kind: HorizontalPodAutoscaler');
    expect(result.summary.split('\n')[0]).toMatch(/dry run — 4 manifest\(s\) valid, 4 change\(s\)/);
    expect(result.stdout).toContain('+kind: Deployment');
    const report = JSON.parse(readFileSync(path.join(reportDir, 'report.json'), 'utf8')) as { schema: string };
    expect(report.schema).toBe('ml-actions/deploy-to-aks/v1');
    expect(readFileSync(path.join(reportDir, 'report.html'), 'utf8')).not.toMatch(/<script|https?:\/\/(?!github)/);
  });

  it('github: a bad input fails with an annotation, status=failed and a report', async () => {
    const reportDir = path.join(work, 'gh-bad');
    const result = await runBundle('deploy-to-aks', {
      mode: 'github',
      inputs: { ...common(reportDir), image: IMAGE, strategy: 'shadow' },
    });
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('::error::Input \'strategy\' has an invalid value "shadow"');
    expect(result.outputs.status).toBe('failed');
    expect(JSON.parse(readFileSync(path.join(reportDir, 'report.json'), 'utf8'))).toMatchObject({
      status: 'failed',
      error: expect.stringMatching(/strategy/) as unknown,
    });
  });

  it('github: deploys to the cluster from the kubeconfig input (masked), with lineage from the environment', async () => {
    const reportDir = path.join(work, 'gh-deploy');
    const result = await runBundle('deploy-to-aks', {
      mode: 'github',
      inputs: {
        ...common(reportDir),
        image: IMAGE,
        kubeconfig: fake.kubeconfig(),
        namespace: 'ml',
        'create-namespace': 'true',
        metrics: 'auc=0.91\nf1=0.8',
      },
      env: {
        GITHUB_SHA: 'c0ffee',
        GITHUB_REPOSITORY: 'org/repo',
        GITHUB_RUN_ID: '42',
        GITHUB_SERVER_URL: 'https://github.com',
      },
    });
    expect(result.code, result.stdout + result.stderr).toBe(0);
    expect(result.outputs).toMatchObject({
      status: 'deployed',
      revision: '1',
      'deployed-image': IMAGE,
      'previous-image': '',
    });
    expect(result.outputs.service).toMatch(/^ml\/churn 10\.0\.\d+\.\d+:80$/);
    expect(result.stdout).toContain('::add-mask::');
    const logged = result.stdout.split('\n').filter((line) => !line.startsWith('::add-mask::'));
    expect(result.stdout).toContain('::add-mask::fake-token-123');
    expect(logged.join('\n')).not.toContain('fake-token-123');
    const annotations = fake.get('apps/v1', 'deployments', 'ml', 'churn')?.metadata.annotations as Record<
      string,
      string
    >;
    expect(annotations).toMatchObject({
      'ml-actions.io/commit': 'c0ffee',
      'ml-actions.io/run-url': 'https://github.com/org/repo/actions/runs/42',
      'ml-actions.io/metrics': '{"auc":"0.91","f1":"0.8"}',
    });
    expect(result.summary.split('\n')[0]).toMatch(/^✅ deploy-to-aks: deployed `.*` to ml\/churn \(revision 1\)$/);
  });

  it('azure: a release whose image cannot be pulled is rolled back, reported, and fails the task', async () => {
    const reportDir = path.join(work, 'az-fail');
    const inputs = { ...common(reportDir), namespace: 'az', 'create-namespace': 'true' };
    const env = { KUBECONFIG: kubeconfig };
    const good = await runBundle('deploy-to-aks', { mode: 'azure', inputs: { ...inputs, image: IMAGE }, env });
    expect(good.code, good.stdout).toBe(0);
    fake.failImage('churn:unpullable', { mode: 'ImagePullBackOff' });
    const bad = await runBundle('deploy-to-aks', {
      mode: 'azure',
      inputs: { ...inputs, image: 'myregistry.azurecr.io/churn:unpullable' },
      env,
    });
    expect(bad.code).toBe(1);
    // Azure output variables use underscores (deployed_image).
    expect(bad.outputs).toMatchObject({
      status: 'rolled-back',
      previous_image: IMAGE,
      deployed_image: IMAGE,
      revision: '3',
    });
    expect(bad.stdout).toMatch(/##vso\[task.logissue type=error[^\]]*\].*ImagePullBackOff/);
    expect(bad.stdout).toMatch(/##vso\[task.complete result=Failed/);
    const report = JSON.parse(readFileSync(path.join(reportDir, 'report.json'), 'utf8')) as {
      status: string;
      rollback: { kind: string };
    };
    expect(report).toMatchObject({ status: 'rolled-back', rollback: { kind: 'previous-template' } });
    expect(readFileSync(path.join(reportDir, 'summary.md'), 'utf8').split('\n')[0]).toMatch(/^❌ .*rolled back to/);
  });

  it('cli: dry run of user manifests against the cluster prints the diff and the outputs', async () => {
    const first = await runBundle('deploy-to-aks', {
      mode: 'cli',
      inputs: {
        manifests: 'k8s',
        image: IMAGE,
        namespace: 'cli',
        'create-namespace': 'true',
        timeout: '20s',
        'report-dir': path.join(work, 'cli-1'),
      },
      env: { KUBECONFIG: kubeconfig },
      cwd: FIXTURES,
    });
    expect(first.code, first.stdout + first.stderr).toBe(0);
    expect(first.outputs.status).toBe('deployed');
    const dry = await runBundle('deploy-to-aks', {
      mode: 'cli',
      inputs: {
        manifests: 'k8s/*.yaml',
        image: IMAGE_NEXT,
        namespace: 'cli',
        'dry-run': 'true',
        'report-dir': path.join(work, 'cli-2'),
      },
      env: { KUBECONFIG: kubeconfig },
      cwd: FIXTURES,
    });
    expect(dry.code, dry.stdout + dry.stderr).toBe(0);
    expect(dry.outputs.status).toBe('dry-run');
    expect(dry.stdout).toMatch(new RegExp(`^\\s*\\+\\s+(- )?image: ${IMAGE_NEXT}$`, 'm'));
    expect(dry.stdout).toContain('image substitution: k8s/10-deployment.yaml:19 Deployment/churn-api');
    expect(dry.summary.split('\n')[0]).toMatch(/dry run/);
  });
});
