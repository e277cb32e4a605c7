import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BROKEN, IMAGE_1, IMAGE_2, containerImage, startHarness, type Harness } from './helpers.js';

let h: Harness;
beforeEach(async () => {
  h = await startHarness();
});
afterEach(async () => h.fake.stop());

function selector(obj: unknown): Record<string, string> | undefined {
  return ((obj as { spec?: { selector?: Record<string, string> } } | undefined)?.spec?.selector ?? undefined) as
    Record<string, string> | undefined;
}

describe('canary', () => {
  it('first release with the canary strategy goes out directly', async () => {
    const { record, error, logger } = await h.deploy({ strategy: 'canary' });
    expect(error).toBeUndefined();
    expect(record.status).toBe('deployed');
    expect(logger.text()).toMatch(/no stable release of churn yet/);
  });

  it('deploy runs <app>-canary next to the stable release with the requested share, smoke-tested', async () => {
    await h.deploy();
    const { record, error } = await h.deploy({ strategy: 'canary', image: IMAGE_2, canaryPercentage: 34 });
    expect(error).toBeUndefined();
    expect(record.status).toBe('deployed');
    expect(record.canary).toEqual({ deployment: 'churn-canary', replicas: 1, stableReplicas: 2, sharePercent: 33.3 });
    expect(record.previousImage).toBe(IMAGE_1);
    expect(record.deployedImage).toBe(IMAGE_2);
    expect(record.smokeTest && 'ok' in record.smokeTest && record.smokeTest.service).toBe('churn-canary');
    expect(containerImage(h.fake.get('apps/v1', 'deployments', 'default', 'churn'))).toBe(IMAGE_1);
    expect(containerImage(h.fake.get('apps/v1', 'deployments', 'default', 'churn-canary'))).toBe(IMAGE_2);
    // The shared Service reaches both tracks.
    const pods = h.fake.list('v1', 'pods', 'default', 'app.kubernetes.io/name=churn');
    expect(new Set(pods.map((p) => containerImage({ spec: { template: { spec: p.spec } } })))).toEqual(
      new Set([IMAGE_1, IMAGE_2]),
    );
  });

  it('promote rolls the stable Deployment to the canary image and removes the canary', async () => {
    await h.deploy();
    await h.deploy({ strategy: 'canary', image: IMAGE_2, canaryReplicas: 1 });
    const { record, error } = await h.deploy({ strategy: 'canary', action: 'promote', image: undefined });
    expect(error).toBeUndefined();
    expect(record.status).toBe('promoted');
    expect(record.deployedImage).toBe(IMAGE_2);
    expect(record.previousImage).toBe(IMAGE_1);
    expect(containerImage(h.fake.get('apps/v1', 'deployments', 'default', 'churn'))).toBe(IMAGE_2);
    expect(h.fake.get('apps/v1', 'deployments', 'default', 'churn-canary')).toBeUndefined();
    expect(h.fake.get('v1', 'services', 'default', 'churn-canary')).toBeUndefined();
  });

  it('reject removes the canary and leaves the stable release', async () => {
    await h.deploy();
    await h.deploy({ strategy: 'canary', image: IMAGE_2 });
    const { record, error } = await h.deploy({ strategy: 'canary', action: 'reject', image: undefined });
    expect(error).toBeUndefined();
    expect(record.status).toBe('rejected');
    expect(record.rollback?.removed).toEqual(['Deployment/churn-canary', 'Service/churn-canary']);
    expect(record.deployedImage).toBe(IMAGE_1);
    expect(h.fake.get('apps/v1', 'deployments', 'default', 'churn-canary')).toBeUndefined();
  });

  it('a failing canary is removed and the step fails', async () => {
    await h.deploy();
    const { record, error } = await h.deploy({ strategy: 'canary', image: BROKEN });
    expect(record.status).toBe('rolled-back');
    expect(String(error)).toMatch(/canary was removed/);
    expect(h.fake.get('apps/v1', 'deployments', 'default', 'churn-canary')).toBeUndefined();
    expect(containerImage(h.fake.get('apps/v1', 'deployments', 'default', 'churn'))).toBe(IMAGE_1);
  });

  it('promote without a canary fails honestly; promote on API errors fails', async () => {
    await h.deploy();
    const none = await h.deploy({ strategy: 'canary', action: 'promote', image: undefined });
    expect(none.record.status).toBe('failed');
    expect(String(none.error)).toMatch(/no canary churn-canary/);
    await h.deploy({ strategy: 'canary', image: IMAGE_2 });
    h.fake.injectFault({ status: 500, count: 50, method: 'DELETE' });
    const broken = await h.deploy({ strategy: 'canary', action: 'reject', image: undefined });
    expect(broken.record.status).toBe('failed');
    expect(String(broken.error)).toMatch(
      /Kubernetes API error: delete Deployment churn-canary: HTTP 500.*after 3 attempts/,
    );
  });
});

describe('blue-green', () => {
  it('deploy: first colour goes live; the next release is smoke-tested on its own Service before the switch', async () => {
    const first = await h.deploy({ strategy: 'blue-green' });
    expect(first.error).toBeUndefined();
    expect(first.record.blueGreen).toEqual({ activeColor: 'blue' });
    expect(selector(h.fake.get('v1', 'services', 'default', 'churn'))).toMatchObject({ 'ml-actions.io/color': 'blue' });

    const second = await h.deploy({ strategy: 'blue-green', image: IMAGE_2 });
    expect(second.error).toBeUndefined();
    expect(second.record.status).toBe('deployed');
    expect(second.record.blueGreen).toEqual({ activeColor: 'green', previousColor: 'blue' });
    expect(second.record.previousImage).toBe(IMAGE_1);
    expect(second.record.smokeTest && 'ok' in second.record.smokeTest && second.record.smokeTest.service).toBe(
      'churn-green',
    );
    expect(selector(h.fake.get('v1', 'services', 'default', 'churn'))).toMatchObject({
      'ml-actions.io/color': 'green',
    });
    expect(containerImage(h.fake.get('apps/v1', 'deployments', 'default', 'churn-blue'))).toBe(IMAGE_1);
    expect(containerImage(h.fake.get('apps/v1', 'deployments', 'default', 'churn-green'))).toBe(IMAGE_2);
  });

  it('promote removes the old colour', async () => {
    await h.deploy({ strategy: 'blue-green' });
    await h.deploy({ strategy: 'blue-green', image: IMAGE_2 });
    const { record, error } = await h.deploy({ strategy: 'blue-green', action: 'promote', image: undefined });
    expect(error).toBeUndefined();
    expect(record.status).toBe('promoted');
    expect(record.deployedImage).toBe(IMAGE_2);
    expect(record.rollback?.removed).toEqual(['Deployment/churn-blue', 'Service/churn-blue']);
    expect(h.fake.get('apps/v1', 'deployments', 'default', 'churn-blue')).toBeUndefined();
    expect(h.fake.get('v1', 'services', 'default', 'churn')?.metadata.annotations).not.toHaveProperty([
      'ml-actions.io/previous-color',
    ]);
  });

  it('reject switches back to the old colour and removes the new one', async () => {
    await h.deploy({ strategy: 'blue-green' });
    await h.deploy({ strategy: 'blue-green', image: IMAGE_2 });
    const { record, error } = await h.deploy({ strategy: 'blue-green', action: 'reject', image: undefined });
    expect(error).toBeUndefined();
    expect(record.status).toBe('rejected');
    expect(record.deployedImage).toBe(IMAGE_1);
    expect(selector(h.fake.get('v1', 'services', 'default', 'churn'))).toMatchObject({ 'ml-actions.io/color': 'blue' });
    expect(h.fake.get('apps/v1', 'deployments', 'default', 'churn-green')).toBeUndefined();
    const answer = await fetchThroughProxy(h);
    expect(answer).toContain(IMAGE_1);
  });

  it('a failing new colour is removed before any traffic reaches it', async () => {
    await h.deploy({ strategy: 'blue-green' });
    const { record, error } = await h.deploy({ strategy: 'blue-green', image: BROKEN });
    expect(record.status).toBe('rolled-back');
    expect(String(error)).toMatch(/removed before any traffic reached it/);
    expect(selector(h.fake.get('v1', 'services', 'default', 'churn'))).toMatchObject({ 'ml-actions.io/color': 'blue' });
    expect(h.fake.get('apps/v1', 'deployments', 'default', 'churn-green')).toBeUndefined();
  });

  it('reject of the only colour fails honestly', async () => {
    await h.deploy({ strategy: 'blue-green' });
    const { record, error } = await h.deploy({ strategy: 'blue-green', action: 'reject', image: undefined });
    expect(record.status).toBe('failed');
    expect(String(error)).toMatch(/no previous colour to return to/);
  });
});

async function fetchThroughProxy(harness: Harness): Promise<string> {
  const { KubeClient } = await import('../../actions/shared/kube/client.js');
  const client = KubeClient.fromFile(harness.kubeconfigPath, { fieldManager: 'test' });
  return (await client.proxy('default', 'churn', 80, '/predict', { method: 'POST', body: '{}' })).body;
}
