import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { IMAGE_2, startHarness, type Harness } from './helpers.js';

let h: Harness;
beforeEach(async () => {
  h = await startHarness();
});
afterEach(async () => h.fake.stop());

describe('API server errors during a release', () => {
  it('retries 5xx answers and timeouts, then the release succeeds', async () => {
    h.fake.injectFault({ status: 503, count: 2, method: 'PATCH' });
    h.fake.injectFault({ hang: true, count: 1, method: 'GET', path: /deployments\/churn$/ });
    const { record, error, logger } = await h.deploy();
    expect(error).toBeUndefined();
    expect(record.status).toBe('deployed');
    expect(logger.text()).toMatch(/HTTP 503 InternalError.*retrying/);
    expect(logger.text()).toMatch(/ETIMEDOUT.*retrying/);
  });

  it('fails with the cause when the API keeps failing, and writes no partial success', async () => {
    await h.deploy();
    h.fake.injectFault({ status: 500, count: 100, method: 'PATCH' });
    const { record, error } = await h.deploy({ image: IMAGE_2 });
    expect(record.status).toBe('failed');
    expect(String(error)).toMatch(
      /Kubernetes API error: apply Service default\/churn: HTTP 500 InternalError: injected failure 500 \(after 3 attempts\)/,
    );
    expect((error as { hint?: string }).hint).toMatch(/kept failing after retries/);
  });

  it('fails after retries when every request times out', async () => {
    h.fake.injectFault({ hang: true, count: 100 });
    const { record, error } = await h.deploy();
    expect(record.status).toBe('failed');
    expect(String(error)).toMatch(/ETIMEDOUT no answer within 500 ms \(after 3 attempts\)/);
  });

  it('does not retry a rejected manifest (4xx) and reports it', async () => {
    h.fake.injectFault({ status: 422, count: 1, method: 'PATCH' });
    const { error, logger } = await h.deploy();
    expect(String(error)).toMatch(/HTTP 422/);
    expect(logger.text()).not.toMatch(/retrying/);
  });
});

describe('namespaces', () => {
  it('a missing namespace fails with the fix in the hint', async () => {
    const { error } = await h.deploy({ namespace: 'nowhere' });
    expect(String(error)).toMatch(/namespaces "nowhere" not found/);
    expect((error as { hint?: string }).hint).toMatch(/create-namespace: true/);
  });
});

describe('an apply that fails part-way', () => {
  it('on a first release, removes what it created and fails with the API error', async () => {
    h.fake.injectFault({ status: 422, count: 1, method: 'PATCH', path: /poddisruptionbudgets/ });
    const { record, error } = await h.deploy();
    expect(String(error)).toMatch(/apply PodDisruptionBudget default\/churn: HTTP 422/);
    expect(record.status).toBe('rolled-back');
    expect(record.rollback?.removed).toEqual(['Deployment/churn', 'Service/churn']);
    expect(h.fake.get('apps/v1', 'deployments', 'default', 'churn')).toBeUndefined();
  });
});
