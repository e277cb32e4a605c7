import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseAllDocuments } from 'yaml';
import { validateObject } from '../../actions/shared/k8s-schema/validate.js';
import { BROKEN, IMAGE_1, IMAGE_2, containerImage, startHarness, type Harness } from './helpers.js';

let h: Harness;
beforeEach(async () => {
  // Pods take long enough to become ready that the rollout is always followed through a watch.
  h = await startHarness({ readyAfterMs: 200 });
});
afterEach(async () => h.fake.stop());

function expectValidManifests(file: string | undefined): void {
  expect(file).toBeDefined();
  for (const doc of parseAllDocuments(readFileSync(file!, 'utf8'))) {
    expect(validateObject(doc.toJS()).issues).toEqual([]);
  }
}

describe('rolling release against the fake API server', () => {
  it('first deploy: applies, waits for the rollout, smoke-tests, annotates lineage', async () => {
    const { record, error, logger } = await h.deploy();
    expect(error).toBeUndefined();
    expect(record.status).toBe('deployed');
    expect(record.deployedImage).toBe(IMAGE_1);
    expect(record.previousImage).toBeUndefined();
    expect(record.revision).toBe('1');
    expect(record.changes.map((c) => `${c.kind}/${c.name}:${c.action}`)).toEqual([
      'Service/churn:created',
      'Deployment/churn:created',
      'PodDisruptionBudget/churn:created',
    ]);
    expect(record.smokeTest && 'ok' in record.smokeTest && record.smokeTest.ok).toBe(true);
    expect(record.service?.name).toBe('default/churn');
    expect(record.service?.address).toMatch(/^10\.0\.\d+\.\d+:80$/);
    expectValidManifests(record.manifestsPath);
    const deployment = h.fake.get('apps/v1', 'deployments', 'default', 'churn');
    expect(deployment?.metadata.annotations).toMatchObject({
      'ml-actions.io/commit': 'abc123',
      'ml-actions.io/run-url': 'https://github.com/o/r/actions/runs/1',
      'ml-actions.io/model-hash': 'sha256:feed',
    });
    const template = (deployment?.spec as { template: { metadata: { annotations: Record<string, string> } } }).template
      .metadata.annotations;
    expect(template['ml-actions.io/image-digest']).toBe(
      'sha256:1111111111111111111111111111111111111111111111111111111111111111',
    );
    expect(template['ml-actions.io/metrics']).toBe('{"auc":"0.91"}');
    expect(template['ml-actions.io/run-url']).toBeUndefined();
    const patches = h.fake.requests.filter((r) => r.method === 'PATCH');
    expect(new Set(patches.map((p) => p.query.get('fieldManager')))).toEqual(new Set(['ml-actions-deploy-to-aks']));
    expect(patches.every((p) => p.contentType === 'application/apply-patch+yaml')).toBe(true);
    expect(logger.text()).toMatch(/churn: 2\/2 updated, 2 ready, 2 available/);
  });

  it('follows the rollout through a watch, not by polling', async () => {
    h.fake.failImage(IMAGE_1, { mode: 'Stall' });
    const running = h.deploy({ timeoutMs: 20_000 });
    await expect
      .poll(() => h.fake.requests.filter((r) => r.query.get('watch') === 'true').length, { timeout: 10_000 })
      .toBeGreaterThanOrEqual(2);
    const listsBefore = h.fake.requests.filter(
      (r) => r.method === 'GET' && !r.query.get('watch') && r.path.endsWith('/deployments'),
    ).length;
    h.fake.controller.clearFailures();
    const { record, error } = await running;
    expect(error).toBeUndefined();
    expect(record.status).toBe('deployed');
    // The release finished from watch events: no further LIST of deployments was needed.
    expect(
      h.fake.requests.filter((r) => r.method === 'GET' && !r.query.get('watch') && r.path.endsWith('/deployments'))
        .length,
    ).toBe(listsBefore);
  });

  it('update: rolls to the new image, records the previous one; re-run says no changes', async () => {
    await h.deploy();
    const second = await h.deploy({ image: IMAGE_2 });
    expect(second.error).toBeUndefined();
    expect(second.record.status).toBe('deployed');
    expect(second.record.previousImage).toBe(IMAGE_1);
    expect(second.record.revision).toBe('2');
    expect(second.record.changes.find((c) => c.kind === 'Deployment')?.action).toBe('configured');
    // Lineage annotations (the image) change on every object; no other Service field does.
    expect(second.record.changes.find((c) => c.kind === 'Service')?.action).toBe('configured');
    const live = h.fake.get('apps/v1', 'deployments', 'default', 'churn');
    expect(containerImage(live)).toBe(IMAGE_2);
    expect((live?.metadata.annotations as Record<string, string>)['ml-actions.io/previous-image']).toBe(IMAGE_1);

    const generation = live?.metadata.generation;
    const third = await h.deploy({ image: IMAGE_2 });
    expect(third.error).toBeUndefined();
    expect(third.record.changed).toBe(false);
    expect(third.record.changes.every((c) => c.action === 'unchanged')).toBe(true);
    expect(third.logger.text()).toMatch(/no changes/);
    expect(third.record.revision).toBe('2');
    expect(h.fake.get('apps/v1', 'deployments', 'default', 'churn')?.metadata.generation).toBe(generation);
  });

  it('a failing smoke test rolls back to the previous image', async () => {
    await h.deploy();
    const { record, error } = await h.deploy({ image: BROKEN });
    expect(record.status).toBe('rolled-back');
    expect(String(error)).toMatch(/smoke test POST churn:80\/predict failed.*expected HTTP 200, got 500/);
    expect(record.rollback?.kind).toBe('previous-template');
    expect(record.deployedImage).toBe(IMAGE_1);
    expect(containerImage(h.fake.get('apps/v1', 'deployments', 'default', 'churn'))).toBe(IMAGE_1);
    expect(record.revision).toBe('3');
  });

  it('rollback-on-failure false leaves the failed release and fails', async () => {
    await h.deploy();
    const { record, error } = await h.deploy({ image: BROKEN, rollbackOnFailure: false });
    expect(record.status).toBe('failed');
    expect(String(error)).toMatch(/rollback-on-failure is false/);
    expect(containerImage(h.fake.get('apps/v1', 'deployments', 'default', 'churn'))).toBe(BROKEN);
  });
});

describe('report files', () => {
  it('writes report.json, summary.md and a self-contained report.html with a replica chart', async () => {
    const { writeReport } = await import('../../actions/deploy-to-aks/report.js');
    const { record } = await h.deploy();
    const files = writeReport(record, h.options().reportDir);
    const json = JSON.parse(readFileSync(files.json, 'utf8')) as { schema: string; status: string };
    expect(json).toMatchObject({ schema: 'ml-actions/deploy-to-aks/v1', status: 'deployed' });
    const summary = readFileSync(files.summary, 'utf8');
    expect(summary.split('\n')[0]).toMatch(/^✅ deploy-to-aks: deployed `.*` to default\/churn \(revision 1\)$/);
    expect(summary).toMatch(/\| Replicas \| 2\/2 available, 2 updated/);
    expect(summary).toMatch(/\| Smoke test \| passed: POST churn:80\/predict/);
    const html = readFileSync(files.html, 'utf8');
    expect(html).toContain('<svg');
    expect(html).not.toMatch(/<script|<link|@import|src="http/);
  });
});
