import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { KubeClient } from '../../actions/shared/kube/client.js';
import { KubeApiError } from '../../actions/shared/kube/errors.js';
import type { KubeObject } from '../../actions/shared/kube/types.js';
import { FakeKube } from '../support/fake-kube/index.js';

let fake: FakeKube;
let client: KubeClient;

function deployment(image: string): KubeObject {
  return {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name: 'web', namespace: 'default', labels: { app: 'web' } },
    spec: {
      replicas: 2,
      selector: { matchLabels: { app: 'web' } },
      template: { metadata: { labels: { app: 'web' } }, spec: { containers: [{ name: 'web', image }] } },
    },
  };
}

beforeEach(async () => {
  fake = new FakeKube();
  await fake.start();
  const dir = mkdtempSync(path.join(tmpdir(), 'kube-client-'));
  writeFileSync(path.join(dir, 'config'), fake.kubeconfig());
  client = KubeClient.fromFile(path.join(dir, 'config'), {
    fieldManager: 'test',
    retryDelayMs: 5,
    requestTimeoutMs: 300,
    retries: 2,
  });
});
afterEach(async () => fake.stop());

describe('KubeClient against the fake API server', () => {
  it('applies server-side with the field manager, is idempotent, and reads back', async () => {
    const first = await client.apply(deployment('reg/web:1'));
    expect(first.metadata.generation).toBe(1);
    // The controller writes status meanwhile; a no-op apply must not write again.
    const before = await client.get('apps/v1', 'Deployment', 'web', 'default');
    const again = await client.apply(deployment('reg/web:1'));
    expect(again.metadata.generation).toBe(1);
    expect(again.metadata.managedFields).toEqual(before?.metadata.managedFields);
    const patch = fake.requests.find((r) => r.method === 'PATCH');
    expect(patch?.contentType).toBe('application/apply-patch+yaml');
    expect(patch?.query.get('fieldManager')).toBe('test');
    const changed = await client.apply(deployment('reg/web:2'));
    expect(changed.metadata.generation).toBe(2);
    expect((await client.get('apps/v1', 'Deployment', 'web', 'default'))?.metadata.name).toBe('web');
    expect(await client.get('apps/v1', 'Deployment', 'nope', 'default')).toBeUndefined();
  });

  it('watches a deployment until it is available and proxies to its service', async () => {
    await client.apply(deployment('reg/web:1'));
    await client.apply({
      apiVersion: 'v1',
      kind: 'Service',
      metadata: { name: 'web', namespace: 'default' },
      spec: { selector: { app: 'web' }, ports: [{ port: 80, targetPort: 8080 }] },
    });
    const done = await client.watch(
      'apps/v1',
      'Deployment',
      'default',
      { fieldSelector: 'metadata.name=web' },
      (_type, object) => {
        const status = object.status as { availableReplicas?: number; updatedReplicas?: number } | undefined;
        return status?.availableReplicas === 2 && status.updatedReplicas === 2;
      },
    );
    expect(done).toBe(true);
    fake.proxyHandler = (req) => ({ status: 200, body: JSON.stringify({ path: req.path, image: req.image }) });
    const answer = await client.proxy('default', 'web', 80, '/predict', { method: 'POST', body: '{}' });
    expect(answer.status).toBe(200);
    expect(JSON.parse(answer.body)).toEqual({ path: '/predict', image: 'reg/web:1' });
  });

  it('retries 5xx answers, then succeeds', async () => {
    await client.apply(deployment('reg/web:1'));
    fake.injectFault({ status: 503, count: 2, method: 'GET', path: /deployments\/web$/ });
    expect((await client.get('apps/v1', 'Deployment', 'web', 'default'))?.metadata.name).toBe('web');
  });

  it('fails after the retries on persistent 5xx and on timeouts, naming the cause', async () => {
    await client.apply(deployment('reg/web:1'));
    fake.injectFault({ status: 500, count: 10, method: 'GET', path: /deployments\/web$/ });
    await expect(client.get('apps/v1', 'Deployment', 'web', 'default')).rejects.toThrow(/HTTP 500.*after 3 attempts/);
    fake.clearFaults();
    fake.injectFault({ hang: true, count: 10, method: 'GET', path: /deployments\/web$/ });
    const error = await client.get('apps/v1', 'Deployment', 'web', 'default').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(KubeApiError);
    expect(String(error)).toMatch(/ETIMEDOUT.*after 3 attempts/);
  });

  it('does not retry 4xx', async () => {
    fake.injectFault({ status: 403, count: 1 });
    await expect(client.get('apps/v1', 'Deployment', 'web', 'default')).rejects.toThrow(/HTTP 403/);
  });
});
