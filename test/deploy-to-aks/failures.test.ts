import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { IMAGE_1, containerImage, startHarness, type Harness } from './helpers.js';

let h: Harness;
beforeEach(async () => {
  h = await startHarness();
});
afterEach(async () => h.fake.stop());

const BAD = 'myregistry.azurecr.io/churn:bad';

describe('failure modes: the cause is named and the previous release comes back', () => {
  const cases = [
    {
      name: 'ImagePullBackOff',
      failure: { mode: 'ImagePullBackOff' as const },
      reason: 'PodFailure',
      cause:
        /ImagePullBackOff — pod churn-\w+-\w+: ImagePullBackOff: Failed to pull image "myregistry.azurecr.io\/churn:bad"/,
      hint: /attach-acr/,
    },
    {
      name: 'CrashLoopBackOff with the last log lines',
      failure: {
        mode: 'CrashLoopBackOff' as const,
        logs: ['loading model from /models/model.joblib', 'FileNotFoundError: model.joblib'],
        exitCode: 3,
      },
      reason: 'PodFailure',
      cause:
        /CrashLoopBackOff, exit code 3.*last log lines:\n\s+loading model from \/models\/model.joblib\n\s+FileNotFoundError: model.joblib/s,
      hint: /log lines/,
    },
    {
      name: 'Unschedulable',
      failure: { mode: 'Unschedulable' as const },
      reason: 'ProgressDeadlineExceeded',
      cause: /Unschedulable — pod .*: 0\/3 nodes are available: 3 Insufficient cpu/,
      hint: /cpu-request/,
    },
    {
      name: 'a failing readiness probe',
      failure: { mode: 'Readiness' as const },
      reason: 'ProgressDeadlineExceeded',
      cause: /ReadinessProbe — pod .*: Readiness probe failed: HTTP probe failed with statuscode: 503/,
      hint: /health-path/,
    },
    {
      name: 'ProgressDeadlineExceeded (pods never start)',
      failure: { mode: 'Stall' as const },
      reason: 'ProgressDeadlineExceeded',
      cause: /has timed out progressing.*Pending/s,
      hint: /pending/,
    },
  ];
  for (const c of cases) {
    it(`${c.name}: rolls back to the previous template`, async () => {
      expect((await h.deploy()).error).toBeUndefined();
      h.fake.failImage(':bad', c.failure);
      const { record, error } = await h.deploy({ image: BAD });
      expect(record.status).toBe('rolled-back');
      expect(record.rollout?.reason).toBe(c.reason);
      expect(String(error)).toMatch(c.cause);
      expect(String((error as { hint?: string }).hint)).toMatch(c.hint);
      expect(record.rollback).toMatchObject({ kind: 'previous-template', ok: true, image: IMAGE_1 });
      expect(record.deployedImage).toBe(IMAGE_1);
      expect(record.previousImage).toBe(IMAGE_1);
      const live = h.fake.get('apps/v1', 'deployments', 'default', 'churn');
      expect(containerImage(live)).toBe(IMAGE_1);
      const status = live?.status as { availableReplicas?: number };
      expect(status.availableReplicas).toBe(2);
    });
  }

  it('a failed first release removes what the run created', async () => {
    h.fake.failImage(':bad', { mode: 'ImagePullBackOff' });
    const { record, error } = await h.deploy({ image: BAD });
    expect(record.status).toBe('rolled-back');
    expect(record.rollback?.kind).toBe('removed-created');
    expect(record.rollback?.removed).toEqual(['PodDisruptionBudget/churn', 'Deployment/churn', 'Service/churn']);
    expect(String(error)).toMatch(/no previous release, so this run removed what it created/);
    expect(h.fake.get('apps/v1', 'deployments', 'default', 'churn')).toBeUndefined();
    expect(h.fake.get('v1', 'services', 'default', 'churn')).toBeUndefined();
    expect(h.fake.list('v1', 'pods', 'default')).toEqual([]);
  });

  it('a re-run after a failed release (failing template already live) rolls back from the revision history', async () => {
    await h.deploy();
    h.fake.failImage(':bad', { mode: 'ImagePullBackOff' });
    await h.deploy({ image: BAD, rollbackOnFailure: false });
    const { record } = await h.deploy({ image: BAD });
    expect(record.status).toBe('rolled-back');
    expect(record.rollback?.message).toMatch(/revision \d+ from the revision history/);
    expect(containerImage(h.fake.get('apps/v1', 'deployments', 'default', 'churn'))).toBe(IMAGE_1);
  });

  it('times out when the rollout outlasts the timeout, and says so', async () => {
    await h.deploy();
    h.fake.failImage(':bad', { mode: 'Stall' });
    const { record, error } = await h.deploy({ image: BAD, timeoutMs: 300 });
    expect(record.rollout?.reason).toBe('Timeout');
    expect(String(error)).toMatch(/did not finish within 0 s|did not finish within/);
    expect(record.status).toBe('rolled-back');
  });
});
