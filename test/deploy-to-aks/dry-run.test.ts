import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { lineDiff } from '../../actions/deploy-to-aks/diff.js';
import { IMAGE_1, IMAGE_2, startHarness, type Harness } from './helpers.js';

let h: Harness;
beforeEach(async () => {
  h = await startHarness();
});
afterEach(async () => h.fake.stop());

describe('dry run', () => {
  it('without a cluster: renders, validates and diffs against nothing', async () => {
    const { record, error, logger } = await h.deploy({ dryRun: true, access: { kind: 'none' } });
    expect(error).toBeUndefined();
    expect(record.status).toBe('dry-run');
    expect(record.changes.map((c) => c.action)).toEqual(['would create', 'would create', 'would create']);
    expect(record.validation.every((v) => v.validated && v.issues.length === 0)).toBe(true);
    const diff = readFileSync(record.diffPath!, 'utf8');
    expect(diff).toMatch(
      /^--- Service default\/churn \(absent\)\n\+\+\+ Service default\/churn \(desired\)\n\+apiVersion: v1/m,
    );
    expect(diff).toMatch(new RegExp(`^\\+\\s+(- )?image: ${IMAGE_1}$`, 'm'));
    expect(logger.text()).toContain('+kind: Deployment');
    expect(record.notes.join(' ')).toMatch(/No cluster was reachable/);
  });

  it('with a cluster: server-side dry-run apply, diff against what runs, nothing changed', async () => {
    await h.deploy();
    const before = h.fake.get('apps/v1', 'deployments', 'default', 'churn');
    const { record, error } = await h.deploy({ dryRun: true, image: IMAGE_2 });
    expect(error).toBeUndefined();
    expect(record.cluster.version).toBe('v1.30.0-fake');
    expect(h.fake.requests.filter((r) => r.method === 'PATCH' && r.query.get('dryRun') === 'All').length).toBe(3);
    const diff = readFileSync(record.diffPath!, 'utf8');
    expect(diff).toMatch(new RegExp(`^-\\s+(- )?image: ${IMAGE_1}$`, 'm'));
    expect(diff).toMatch(new RegExp(`^\\+\\s+(- )?image: ${IMAGE_2}$`, 'm'));
    expect(diff).not.toMatch(/^[-+]\s+(resourceVersion|uid|generation|clusterIP):/m);
    expect(record.changes.find((c) => c.kind === 'Deployment')?.action).toBe('would configure');
    expect(h.fake.get('apps/v1', 'deployments', 'default', 'churn')?.metadata.resourceVersion).toBe(
      before?.metadata.resourceVersion,
    );
  });

  it('with the same inputs as what runs: no changes', async () => {
    await h.deploy();
    const { record } = await h.deploy({ dryRun: true });
    expect(record.changes.every((c) => c.action === 'unchanged')).toBe(true);
    expect(readFileSync(record.diffPath!, 'utf8')).toBe('');
  });

  it('plans the canary objects when a stable release runs', async () => {
    await h.deploy();
    const { record } = await h.deploy({ dryRun: true, strategy: 'canary', image: IMAGE_2 });
    expect(record.changes.map((c) => `${c.kind}/${c.name}:${c.action}`)).toEqual([
      'Service/churn-canary:would create',
      'Deployment/churn-canary:would create',
    ]);
  });
});

describe('line diff', () => {
  it('shows changes with context and elides the rest', () => {
    const a = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j'].join('\n');
    const b = ['a', 'b', 'c', 'd', 'e', 'F', 'g', 'h', 'i', 'j'].join('\n');
    expect(lineDiff(a, b, 1)).toBe(' ...\n e\n-f\n+F\n g\n ...');
    expect(lineDiff(a, a)).toBe('');
  });
});
