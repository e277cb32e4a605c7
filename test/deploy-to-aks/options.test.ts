import { describe, expect, it } from 'vitest';
import { contract } from '../../actions/deploy-to-aks/contract.js';
import { readOptions } from '../../actions/deploy-to-aks/main.js';
import { Inputs } from '../../actions/shared/platform/inputs.js';

function read(values: Record<string, string>, env: Record<string, string | undefined> = {}) {
  const secrets: string[] = [];
  const inputs = new Inputs({ rawInput: (name) => values[name], setSecret: (value) => secrets.push(value) }, contract);
  return { options: readOptions(inputs, { HOME: '/nonexistent', ...env }, '/work'), secrets };
}

describe('inputs to options', () => {
  it.each([
    [
      { 'resource-group': 'rg', 'cluster-name': 'aks' },
      { kind: 'aks', resourceGroup: 'rg', clusterName: 'aks', admin: false },
    ],
    [
      { 'resource-group': 'rg', 'cluster-name': 'aks', admin: 'true' },
      { kind: 'aks', resourceGroup: 'rg', clusterName: 'aks', admin: true },
    ],
    [{ kubeconfig: 'apiVersion: v1' }, { kind: 'kubeconfig', content: 'apiVersion: v1' }],
    [{}, { kind: 'none' }],
  ])('cluster access from %j', (values, access) => {
    expect(read({ 'app-name': 'churn', ...values }).options.access).toEqual(access);
  });

  it('masks the kubeconfig input', () => {
    expect(read({ 'app-name': 'churn', kubeconfig: 'secret-config' }).secrets).toEqual(['secret-config']);
  });

  it('requires both resource-group and cluster-name', () => {
    expect(() => read({ 'app-name': 'a', 'resource-group': 'rg' })).toThrow(/Input 'cluster-name'/);
  });

  it('generated manifests from the defaults of action.yml', () => {
    const { options } = read({ 'app-name': 'churn', image: 'r.io/m@sha256:1' });
    expect(options.generated).toEqual({
      appName: 'churn',
      port: 8080,
      servicePort: 80,
      replicas: 2,
      cpuRequest: '250m',
      memoryRequest: '512Mi',
      cpuLimit: '1',
      memoryLimit: '1Gi',
      healthPath: '/health',
      env: [],
      pdbMinAvailable: 1,
    });
    expect(options).toMatchObject({
      strategy: 'rolling',
      action: 'deploy',
      namespace: 'default',
      timeoutMs: 600_000,
      rollbackOnFailure: true,
      dryRun: false,
      fieldManager: 'ml-actions-deploy-to-aks',
      reportDir: '/work/ml-actions-report/deploy-to-aks',
    });
    expect(options.smokeTest).toBeUndefined();
  });

  it.each([
    [{ 'autoscale-min': '2', 'autoscale-max': '6', 'autoscale-cpu': '55' }, { autoscale: { min: 2, max: 6, cpu: 55 } }],
    [{ 'pdb-min-available': '50%' }, { pdbMinAvailable: '50%' }],
    [
      { env: 'A=1\nB=x=y' },
      {
        env: [
          { name: 'A', value: '1' },
          { name: 'B', value: 'x=y' },
        ],
      },
    ],
  ])('generated options from %j', (values, expected) => {
    expect(read({ 'app-name': 'churn', ...values }).options.generated).toMatchObject(expected);
  });

  it('pdb-min-available 0 means no PodDisruptionBudget', () => {
    expect(read({ 'app-name': 'churn', 'pdb-min-available': '0' }).options.generated).not.toHaveProperty(
      'pdbMinAvailable',
    );
  });

  it.each([
    [{ 'autoscale-min': '2' }, /set both 'autoscale-min' and 'autoscale-max'/],
    [{ 'autoscale-min': '5', 'autoscale-max': '2' }, /at most autoscale-max/],
    [{ strategy: 'shadow' }, /'rolling', 'canary', 'blue-green'/],
    [{ 'smoke-test-path': '/p', 'smoke-test-expect': 'ok' }, /smoke-test-expect/],
    [{ 'smoke-test-path': '/p', 'smoke-test-payload': '{bad' }, /smoke-test-payload/],
    [{ timeout: 'soon' }, /Input 'timeout'/],
    [{ annotations: 'novalue' }, /Input 'annotations'/],
    [{ 'canary-percentage': '100' }, /from 1 to 99/],
  ])('rejects %j', (values, message) => {
    expect(() => read({ 'app-name': 'churn', ...values })).toThrow(message);
  });

  it('needs app-name or manifests', () => {
    expect(() => read({})).toThrow(/Input 'app-name'/);
    expect(read({ manifests: 'k8s/\nextra/*.yaml' }).options.manifests).toEqual(['k8s/', 'extra/*.yaml']);
  });

  it('smoke test, lineage from inputs and the environment', () => {
    const { options } = read(
      {
        'app-name': 'c',
        'smoke-test-path': 'predict',
        'smoke-test-payload': '{"x":1}',
        'smoke-test-expect': '200 $.label == churn',
        metrics: '{"auc":0.9}',
        'model-hash': 'sha256:ab',
      },
      { GITHUB_SHA: 'abc', GITHUB_REPOSITORY: 'o/r', GITHUB_RUN_ID: '7' },
    );
    expect(options.smokeTest).toMatchObject({
      path: '/predict',
      payload: '{"x":1}',
      expect: { status: 200, jsonPath: '$.label', op: '==', value: 'churn' },
      retries: 3,
    });
    expect(options.lineage).toEqual({
      commit: 'abc',
      runUrl: 'https://github.com/o/r/actions/runs/7',
      modelHash: 'sha256:ab',
      metrics: { auc: '0.9' },
    });
    const azure = read(
      { 'app-name': 'c', commit: 'def' },
      {
        SYSTEM_COLLECTIONURI: 'https://dev.azure.com/org/',
        SYSTEM_TEAMPROJECT: 'proj',
        BUILD_BUILDID: '12',
        BUILD_SOURCEVERSION: 'zzz',
      },
    );
    expect(azure.options.lineage).toEqual({
      commit: 'def',
      runUrl: 'https://dev.azure.com/org/proj/_build/results?buildId=12',
    });
  });
});
