import { chmodSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseImage, repositoryOf } from '../../actions/deploy-to-aks/image-ref.js';
import { isUserError } from '../../actions/shared/errors.js';
import { validateObject } from '../../actions/shared/k8s-schema/validate.js';
import { IMAGE_1, IMAGE_2, containerImage, startHarness, type Harness } from './helpers.js';

const FIXTURES = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures');

let h: Harness;
beforeEach(async () => {
  h = await startHarness();
});
afterEach(async () => h.fake.stop());

describe('image references', () => {
  it.each([
    ['myregistry.azurecr.io/churn@sha256:abc', 'myregistry.azurecr.io/churn', undefined, 'sha256:abc'],
    ['myregistry.azurecr.io/team/churn:1.2', 'myregistry.azurecr.io/team/churn', '1.2', undefined],
    ['nginx', 'docker.io/library/nginx', undefined, undefined],
    ['localhost:5000/churn:dev', 'localhost:5000/churn', 'dev', undefined],
  ])('%s', (ref, repository, tag, digest) => {
    expect(repositoryOf(ref)).toBe(repository);
    expect(parseImage(ref).tag).toBe(tag);
    expect(parseImage(ref).digest).toBe(digest);
  });
});

describe('user manifests', () => {
  it('loads a folder, substitutes by repository, lists every substitution, and deploys', async () => {
    const { record, error, logger } = await h.deploy({
      manifests: [path.join(FIXTURES, 'k8s')],
      generated: undefined,
      workDir: FIXTURES,
    });
    expect(error).toBeUndefined();
    expect(record.substitutions).toEqual([
      {
        file: 'k8s/10-deployment.yaml',
        line: 19,
        object: 'Deployment/churn-api',
        container: 'model',
        from: 'myregistry.azurecr.io/churn:placeholder',
        to: IMAGE_1,
      },
    ]);
    expect(logger.text()).toContain(
      "image substitution: k8s/10-deployment.yaml:19 Deployment/churn-api container 'model': myregistry.azurecr.io/churn:placeholder -> " +
        IMAGE_1,
    );
    expect(record.changes.map((c) => `${c.kind}/${c.name}`)).toEqual([
      'ConfigMap/churn-config',
      'Service/churn-api',
      'Deployment/churn-api',
    ]);
    const live = h.fake.get('apps/v1', 'deployments', 'default', 'churn-api');
    expect(containerImage(live)).toBe(IMAGE_1);
    expect(record.smokeTest && 'ok' in record.smokeTest && record.smokeTest.ok).toBe(true);
  });

  it('globs and the container input pick what to replace', async () => {
    const { record, error } = await h.deploy({
      manifests: ['k8s/*.yaml'],
      containers: ['log-shipper'],
      generated: undefined,
      workDir: FIXTURES,
      smokeTest: undefined,
    });
    expect(error).toBeUndefined();
    expect(record.substitutions.map((s) => s.container)).toEqual(['log-shipper']);
  });

  it('fails when no container matched, naming what it saw and how to fix it', async () => {
    const { record, error } = await h.deploy({
      manifests: [path.join(FIXTURES, 'k8s')],
      generated: undefined,
      workDir: FIXTURES,
      image: 'otherregistry.io/churn:1',
    });
    expect(record.status).toBe('failed');
    expect(isUserError(error)).toBe(true);
    expect(String(error)).toMatch(
      /matched nothing: no container image has the repository 'otherregistry.io\/churn'.*container 'model' image 'myregistry.azurecr.io\/churn:placeholder'/,
    );
    expect((error as { hint: string }).hint).toMatch(/'container' input/);
    expect(h.fake.list('apps/v1', 'deployments')).toEqual([]);
  });

  it('rejects a manifest that fails the OpenAPI schema, with file and line, before touching the cluster', async () => {
    const dir = path.join(h.dir, 'bad');
    mkdirSync(dir);
    writeFileSync(
      path.join(dir, 'app.yaml'),
      'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: ok\n---\napiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: churn\nspec:\n  replicas: two\n  selector:\n    matchLabels: {app: churn}\n  template:\n    metadata:\n      labels: {app: churn}\n    spec:\n      containers:\n        - name: m\n          image: myregistry.azurecr.io/churn:x\n',
    );
    const { error } = await h.deploy({ manifests: [dir], generated: undefined });
    expect(String(error)).toMatch(
      /1 manifest\(s\) fail the Kubernetes OpenAPI schema:\n\s+bad\/app.yaml:11 Deployment\/churn: \/spec\/replicas: must be integer/,
    );
    expect((error as { location: { file: string; line: number } }).location).toEqual({
      file: 'bad/app.yaml',
      line: 11,
    });
    expect(h.fake.requests.filter((r) => r.method === 'PATCH')).toEqual([]);
  });

  it('points at the line and column of invalid YAML', async () => {
    const file = path.join(h.dir, 'broken.yaml');
    writeFileSync(file, 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: [unclosed\n');
    const { error } = await h.deploy({ manifests: [file], generated: undefined });
    expect(String(error)).toMatch(/broken.yaml:\d+:\d+: invalid YAML/);
  });

  it('names a missing path and an empty glob', async () => {
    expect(String((await h.deploy({ manifests: ['nope/'], generated: undefined })).error)).toMatch(
      /nothing at 'nope\/'/,
    );
    expect(String((await h.deploy({ manifests: ['*.yml'], generated: undefined })).error)).toMatch(
      /the glob '\*.yml' matched no/,
    );
  });

  it('validates every generated manifest, including the HPA and PDB', async () => {
    const base = h.options().generated!;
    const { record, error } = await h.deploy({
      generated: { ...base, autoscale: { min: 2, max: 5, cpu: 60 }, env: [{ name: 'LOG_LEVEL', value: 'info' }] },
      createNamespace: true,
      namespace: 'models',
    });
    expect(error).toBeUndefined();
    expect(record.validation.map((v) => v.object)).toEqual([
      'Namespace/models',
      'Service/churn',
      'Deployment/churn',
      'PodDisruptionBudget/churn',
      'HorizontalPodAutoscaler/churn',
    ]);
    expect(record.validation.every((v) => v.validated && v.issues.length === 0)).toBe(true);
    expect(h.fake.get('autoscaling/v2', 'horizontalpodautoscalers', 'models', 'churn')).toBeDefined();
    expect(h.fake.get('v1', 'namespaces', '', 'models')).toBeDefined();
  });
});

describe('OpenAPI validation', () => {
  it('flags wrong types, missing required fields and bad names; passes unknown kinds through', () => {
    expect(
      validateObject({
        apiVersion: 'v1',
        kind: 'Service',
        metadata: { name: 'Bad_Name' },
        spec: { ports: [{ port: '80' }] },
      }).issues,
    ).toEqual([
      {
        path: '/metadata/name',
        message: "'Bad_Name' is not a valid RFC 1035 label (lower case letters, digits and '-')",
      },
      { path: '/spec/ports/0/port', message: 'must be integer' },
    ]);
    expect(
      validateObject({ apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: 'x' }, spec: { template: {} } })
        .issues,
    ).toContainEqual({ path: '/spec', message: "missing required field 'selector'" });
    expect(validateObject({ apiVersion: 'example.com/v1', kind: 'Widget', metadata: { name: 'w' } })).toEqual({
      validated: false,
      issues: [],
    });
  });
});

describe('image update on user manifests', () => {
  it('keeps other containers and updates only the model', async () => {
    await h.deploy({ manifests: [path.join(FIXTURES, 'k8s')], generated: undefined, workDir: FIXTURES });
    const { record } = await h.deploy({
      manifests: [path.join(FIXTURES, 'k8s')],
      generated: undefined,
      workDir: FIXTURES,
      image: IMAGE_2,
    });
    expect(record.previousImage).toBe(IMAGE_1);
    const containers = (
      h.fake.get('apps/v1', 'deployments', 'default', 'churn-api')?.spec as {
        template: { spec: { containers: { image: string }[] } };
      }
    ).template.spec.containers.map((c) => c.image);
    expect(containers).toEqual([IMAGE_2, 'fluent/fluent-bit:3.0']);
    void chmodSync;
  });
});
