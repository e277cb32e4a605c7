/** The fake API server itself: the behaviours of the real one that the action relies on. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FakeKube } from '../support/fake-kube/index.js';

let fake: FakeKube;
beforeEach(async () => {
  fake = new FakeKube();
  await fake.start();
});
afterEach(async () => fake.stop());

const auth = { authorization: 'Bearer fake-token-123' };

async function call(
  method: string,
  path: string,
  body?: unknown,
  contentType = 'application/apply-patch+yaml',
): Promise<{ status: number; json: Record<string, unknown> }> {
  const response = await fetch(`${fake.url}${path}`, {
    method,
    headers: { ...auth, 'content-type': contentType },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const text = await response.text();
  return { status: response.status, json: text ? (JSON.parse(text) as Record<string, unknown>) : {} };
}

const cm = (data: Record<string, string>) => ({
  apiVersion: 'v1',
  kind: 'ConfigMap',
  metadata: { name: 'c', namespace: 'default' },
  data,
});
const CM = '/api/v1/namespaces/default/configmaps/c';

describe('fake API server', () => {
  it('rejects requests without the token and serves discovery', async () => {
    expect((await fetch(`${fake.url}/api/v1`)).status).toBe(401);
    const apps = await call('GET', '/apis/apps/v1');
    expect((apps.json.resources as { name: string }[]).map((r) => r.name)).toContain('deployments/status');
  });

  it('server-side apply: requires a field manager, prunes what a manager stopped applying, detects conflicts', async () => {
    expect((await call('PATCH', CM, cm({ a: '1' }))).status).toBe(400);
    await call('PATCH', `${CM}?fieldManager=one`, cm({ a: '1', b: '2' }));
    const pruned = await call('PATCH', `${CM}?fieldManager=one`, cm({ a: '1' }));
    expect(pruned.json.data).toEqual({ a: '1' });
    await call('PATCH', `${CM}?fieldManager=two`, cm({ z: '9' }));
    const conflict = await call('PATCH', `${CM}?fieldManager=two`, cm({ a: '2', z: '9' }));
    expect(conflict.status).toBe(409);
    const forced = await call('PATCH', `${CM}?fieldManager=two&force=true`, cm({ a: '2', z: '9' }));
    expect(forced.json.data).toEqual({ a: '2', z: '9' });
    const dry = await call('PATCH', `${CM}?fieldManager=two&force=true&dryRun=All`, cm({ a: '3', z: '9' }));
    expect(dry.json.data).toEqual({ a: '3', z: '9' });
    expect((await call('GET', CM)).json.data).toEqual({ a: '2', z: '9' });
  });

  it('watch streams resume from a resourceVersion and answer 410 Gone for an expired one', async () => {
    const first = await call('PATCH', `${CM}?fieldManager=m`, cm({ a: '1' }));
    const rv = (first.json.metadata as { resourceVersion: string }).resourceVersion;
    await call('PATCH', `${CM}?fieldManager=m`, cm({ a: '2' }));
    const controller = new AbortController();
    const response = await fetch(`${fake.url}/api/v1/namespaces/default/configmaps?watch=true&resourceVersion=${rv}`, {
      headers: auth,
      signal: controller.signal,
    });
    const reader = response.body!.getReader();
    const { value } = await reader.read();
    const event = JSON.parse(new TextDecoder().decode(value).split('\n')[0]!) as {
      type: string;
      object: { data: unknown };
    };
    expect(event).toMatchObject({ type: 'MODIFIED', object: { data: { a: '2' } } });
    controller.abort();
    const gone = await (
      await fetch(`${fake.url}/api/v1/namespaces/default/configmaps?watch=true&resourceVersion=1`, { headers: auth })
    ).text();
    expect(JSON.parse(gone.split('\n')[0]!)).toMatchObject({ type: 'ERROR', object: { code: 410 } });
  });

  it('deployment controller: replica sets with revisions, status with observedGeneration, garbage collection', async () => {
    const deployment = (image: string) => ({
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      metadata: { name: 'd', namespace: 'default' },
      spec: {
        replicas: 2,
        selector: { matchLabels: { app: 'd' } },
        template: { metadata: { labels: { app: 'd' } }, spec: { containers: [{ name: 'c', image }] } },
      },
    });
    await call('PATCH', '/apis/apps/v1/namespaces/default/deployments/d?fieldManager=m', deployment('x:1'));
    await expect
      .poll(
        () =>
          (fake.get('apps/v1', 'deployments', 'default', 'd')?.status as { availableReplicas?: number })
            ?.availableReplicas,
        { timeout: 3000 },
      )
      .toBe(2);
    await call('PATCH', '/apis/apps/v1/namespaces/default/deployments/d?fieldManager=m', deployment('x:2'));
    await expect
      .poll(
        () =>
          fake.get('apps/v1', 'deployments', 'default', 'd')?.status as {
            updatedReplicas?: number;
            replicas?: number;
            observedGeneration?: number;
          },
        { timeout: 3000 },
      )
      .toMatchObject({ updatedReplicas: 2, replicas: 2, observedGeneration: 2 });
    const revisions = fake
      .list('apps/v1', 'replicasets', 'default')
      .map((rs) => (rs.metadata.annotations as Record<string, string>)['deployment.kubernetes.io/revision']);
    expect(revisions.sort()).toEqual(['1', '2']);
    expect((await call('DELETE', '/apis/apps/v1/namespaces/default/deployments/d')).status).toBe(200);
    expect(fake.list('apps/v1', 'replicasets', 'default')).toEqual([]);
    expect(fake.list('v1', 'pods', 'default')).toEqual([]);
  });

  it('service proxy needs ready endpoints', async () => {
    await call('PATCH', '/api/v1/namespaces/default/services/s?fieldManager=m', {
      apiVersion: 'v1',
      kind: 'Service',
      metadata: { name: 's', namespace: 'default' },
      spec: { selector: { app: 'none' }, ports: [{ port: 80 }] },
    });
    const answer = await call('GET', '/api/v1/namespaces/default/services/s:80/proxy/health');
    expect(answer.status).toBe(503);
    expect(answer.json.message).toBe('no endpoints available for service "s"');
  });
});
