import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { acrLogin, ACR_TOKEN_USER } from '../../actions/build-model-image/acr-login.js';
import { emptyRecord, instructionLine } from '../../actions/build-model-image/build-image.js';
import { isLoopbackRegistry, parseRepository, sanitizeTag } from '../../actions/build-model-image/image-reference.js';
import {
  labelInstruction,
  lineageLabels,
  parseKeyValues,
  readMetricsFile,
} from '../../actions/build-model-image/labels.js';
import { reportDocument, summaryMarkdown, writeReport } from '../../actions/build-model-image/report.js';
import { findSecretLeaks, secretLookingBuildArgs } from '../../actions/build-model-image/secret-checks.js';
import { resolveTags } from '../../actions/build-model-image/tags.js';
import { generateBuild, isPinned, requirementName } from '../../actions/build-model-image/templates.js';
import { readFileSync } from 'node:fs';
import { writeTree } from './helpers.js';

describe('resolveTags', () => {
  const sha = '0123456789abcdef0123456789abcdef01234567';
  it.each([
    ['main branch: short SHA and latest', { tags: [], ci: { sha, branch: 'main' } }, ['0123456', 'latest']],
    ['feature branch: short SHA only', { tags: [], ci: { sha, branch: 'feature/x' } }, ['0123456']],
    [
      'known default branch wins over main',
      { tags: [], ci: { sha, branch: 'main', defaultBranch: 'trunk' } },
      ['0123456'],
    ],
    [
      'model version appended, sanitised',
      { tags: [], modelVersion: '1.4.0+exp/2', ci: { sha, branch: 'trunk', defaultBranch: 'trunk' } },
      ['0123456', 'latest', '1.4.0-exp-2'],
    ],
    [
      'user tags replace defaults, deduplicated',
      { tags: ['v1', 'v1', 'stable'], ci: { sha, branch: 'main' } },
      ['v1', 'stable'],
    ],
    ['no commit at all: latest', { tags: [], ci: {} }, ['latest']],
  ] as const)('%s', (_name, request, expected) => {
    expect(resolveTags({ ...request, tags: [...request.tags] })).toEqual(expected);
  });

  it('rejects an invalid tag', () => {
    expect(() => resolveTags({ tags: ['-bad'], ci: {} })).toThrow(/not a valid image tag/);
    expect(sanitizeTag('..feature/ä')).toBe('feature--');
  });
});

describe('parseRepository', () => {
  it.each([
    ['myacr.azurecr.io/churn-model', 'myacr.azurecr.io', 'churn-model'],
    ['127.0.0.1:5000/team/churn', '127.0.0.1:5000', 'team/churn'],
    ['localhost/churn', 'localhost', 'churn'],
    ['team/churn', 'docker.io', 'team/churn'],
    ['churn', 'docker.io', 'library/churn'],
  ])('%s', (value, registry, repoPath) => {
    expect(parseRepository(value)).toMatchObject({ registry, path: repoPath, name: value });
  });

  it.each(['churn:v1', '127.0.0.1:5000/churn:v1', 'churn@sha256:abc', 'Team/Churn', ''])('rejects %j', (value) => {
    expect(() => parseRepository(value)).toThrow(/image/);
  });

  it('knows which registries dockerd reaches over plain HTTP', () => {
    expect(isLoopbackRegistry('127.0.0.1:5000')).toBe(true);
    expect(isLoopbackRegistry('localhost:5000')).toBe(true);
    expect(isLoopbackRegistry('myacr.azurecr.io')).toBe(false);
  });
});

describe('lineageLabels', () => {
  const facts = {
    ci: {
      sha: 'a'.repeat(40),
      repositoryUrl: 'https://github.com/o/r',
      runUrl: 'https://github.com/o/r/actions/runs/1',
    },
    created: new Date('2026-01-02T03:04:05Z'),
    title: 'churn',
    data: [{ path: 'data/train.csv', sha256: 'd'.repeat(64), bytes: 10 }],
    dataSha256: 'd'.repeat(64),
    model: { path: 'model.joblib', sha256: 'm'.repeat(64), bytes: 5 },
    metrics: { ROC_AUC: 0.9, 'f1@0.5': 0.7, brier: Number.NaN },
    contentHash: 'c'.repeat(64),
  };

  it('writes OCI and ML lineage labels; user labels win', () => {
    const labels = lineageLabels(facts, { 'org.opencontainers.image.title': 'custom' });
    expect(labels).toMatchObject({
      'org.opencontainers.image.created': '2026-01-02T03:04:05.000Z',
      'org.opencontainers.image.source': 'https://github.com/o/r',
      'org.opencontainers.image.revision': 'a'.repeat(40),
      'org.opencontainers.image.version': 'aaaaaaa',
      'org.opencontainers.image.title': 'custom',
      'ml-actions.model.sha256': 'm'.repeat(64),
      'ml-actions.data.sha256': 'd'.repeat(64),
      'ml-actions.metrics.roc_auc': '0.9',
      'ml-actions.metrics.f1_0.5': '0.7',
      'ml-actions.metrics.brier': 'NaN',
      'ml-actions.run-url': 'https://github.com/o/r/actions/runs/1',
      'ml-actions.content-hash': 'c'.repeat(64),
    });
    expect(labels['org.opencontainers.image.licenses']).toBeUndefined();
  });

  it('reads evaluate-holdout metrics as its output or inside a report', async () => {
    const dir = writeTree({
      'flat.json': JSON.stringify({ accuracy: 0.8, log_loss: null }),
      'report.json': JSON.stringify({ schema: 'x', metrics: { roc_auc: 0.91 } }),
      'bad.json': '{',
    });
    expect(await readMetricsFile(path.join(dir, 'flat.json'))).toEqual({ accuracy: 0.8, log_loss: Number.NaN });
    expect(await readMetricsFile(path.join(dir, 'report.json'))).toEqual({ roc_auc: 0.91 });
    await expect(readMetricsFile(path.join(dir, 'bad.json'))).rejects.toThrow(/not valid JSON/);
  });

  it('writes all labels as one LABEL instruction with quotes, backslashes and $ escaped', () => {
    expect(labelInstruction({ 'a.b': 'x "y" $HOME \\', files: '[{"p":1}]' })).toBe(
      'LABEL "a.b"="x \\"y\\" \\$HOME \\\\" \\\n      "files"="[{\\"p\\":1}]"\n',
    );
    expect(labelInstruction({})).toBe('');
  });

  it('parses key=value lines without echoing a bad line', () => {
    expect(parseKeyValues(['A=1', 'B=x=y'], 'build-args')).toEqual({ A: '1', B: 'x=y' });
    expect(() => parseKeyValues(['hunter2'], 'build-args')).toThrow("Input 'build-args' line 1 is not NAME=value.");
  });
});

describe('templates', () => {
  it.each([
    ['scikit-learn==1.2.1', true],
    ['numpy===1.24.2', true],
    ['pandas[performance]==1.5.3 ; python_version >= "3.9"', true],
    ['torch @ https://example.com/torch.whl', true],
    ['scikit-learn>=1.2', false],
    ['scikit-learn==1.*', false],
    ['joblib', false],
    ['numpy==1.24.2,<2', false],
  ])('isPinned(%j) is %s', (line, pinned) => {
    expect(isPinned(line)).toBe(pinned);
  });

  it('normalises requirement names', () => {
    expect(requirementName('Scikit_Learn==1.2')).toBe('scikit-learn');
  });

  it('generates a non-root Dockerfile with pinned requirements first and the model in the last layer', async () => {
    const dir = writeTree({ 'requirements.txt': '# deps\nscikit-learn==1.2.1\njoblib>=1.0\n\n' });
    const build = await generateBuild({
      template: 'python-sklearn',
      modelInContext: 'model/model.joblib',
      modelIsDirectory: false,
      requirementsFile: path.join(dir, 'requirements.txt'),
    });
    const lines = build.dockerfile.split('\n').filter((line) => line && !line.startsWith('#'));
    expect(lines[0]).toBe('FROM python:3.11-slim');
    const pip = lines.findIndex((line) => line.includes('pip", "install'));
    const model = lines.findIndex((line) => line.startsWith('COPY model/model.joblib /opt/ml/model/model.joblib'));
    expect(pip).toBeGreaterThan(0);
    expect(model).toBeGreaterThan(pip);
    expect(lines.slice(model + 1).every((line) => !/^(COPY|ADD|RUN)/.test(line))).toBe(true);
    // The model COPY is the last instruction: a model-only change re-runs no settings step after it.
    expect(model).toBe(lines.length - 1);
    const user = lines.findIndex((line) => line === 'USER 10001:10001');
    expect(user).toBeGreaterThan(pip);
    expect(user).toBeLessThan(model);
    expect(build.dockerfile).toContain('USER 10001:10001');
    expect(build.dockerfile).toMatch(/HEALTHCHECK .*--healthcheck/);
    expect(build.unpinned).toEqual(['joblib>=1.0']);
    expect(build.warnings.join('\n')).toContain('joblib>=1.0');
    expect(build.files.map((f) => f.name).sort()).toEqual([
      '.ml-actions/Dockerfile',
      '.ml-actions/requirements.txt',
      '.ml-actions/serve.py',
    ]);
  });

  it('honours base-image and warns without a requirements file', async () => {
    const build = await generateBuild({
      template: 'onnx',
      baseImage: 'registry.local/py@sha256:abc',
      modelInContext: 'm.onnx',
      modelIsDirectory: false,
    });
    expect(build.dockerfile).toContain('FROM registry.local/py@sha256:abc');
    expect(build.dockerfile).not.toContain('pip');
    expect(build.warnings[0]).toMatch(/No requirements file/);
  });
});

describe('secret checks', () => {
  it('flags build arg names that look like secrets', () => {
    expect(
      secretLookingBuildArgs({
        NPM_TOKEN: 'x',
        DB_PASSWORD: 'x',
        MODEL_VERSION: '1',
        AWS_SECRET_ACCESS_KEY: 'x',
        API_KEY: 'x',
      }),
    ).toEqual(['NPM_TOKEN', 'DB_PASSWORD', 'AWS_SECRET_ACCESS_KEY', 'API_KEY']);
  });

  it('names where a secret leaks without showing it', () => {
    const leaks = findSecretLeaks(['hunter22'], {
      history: ['|1 P=hunter22 /bin/sh -c echo'],
      labels: { a: 'b' },
      dockerfile: 'FROM x',
    });
    expect(leaks).toEqual(['image history']);
    expect(findSecretLeaks(['hunter22'], { history: [], labels: { note: 'hunter22' }, dockerfile: '' })).toEqual([
      'labels',
    ]);
  });
});

describe('acrLogin', () => {
  it('runs az with an argument array, masks the token first, and returns ACR credentials', async () => {
    const calls: { command: string; args: readonly string[] }[] = [];
    const masked: string[] = [];
    const credentials = await acrLogin(
      'myacr',
      async (command, args) => {
        calls.push({ command, args });
        return {
          code: 0,
          stdout: JSON.stringify({ accessToken: 'tok-123456', loginServer: 'myacr.azurecr.io' }),
          stderr: '',
        };
      },
      (secret) => masked.push(secret),
    );
    expect(calls).toEqual([
      {
        command: 'az',
        args: ['acr', 'login', '--name', 'myacr', '--expose-token', '--output', 'json', '--only-show-errors'],
      },
    ]);
    expect(masked).toEqual(['tok-123456']);
    expect(credentials).toEqual({ loginServer: 'myacr.azurecr.io', username: ACR_TOKEN_USER, password: 'tok-123456' });
  });

  it('explains a failed az login and rejects a malformed registry name', async () => {
    const failing = async () => ({ code: 1, stdout: '', stderr: "ERROR: Please run 'az login' to setup account." });
    await expect(acrLogin('myacr', failing, () => undefined)).rejects.toThrow(/az login/);
    await expect(acrLogin('my-acr.azurecr.io', failing, () => undefined)).rejects.toThrow(/registry name/);
  });
});

describe('report', () => {
  it('puts the verdict first, writes all three files, and scrubs secrets', async () => {
    const record = {
      ...emptyRecord(),
      built: true,
      pushed: true,
      image: 'r/churn@sha256:1',
      digest: 'sha256:1',
      tags: ['v1'],
      contentHash: 'c'.repeat(64),
      contentTag: 'ch-ccc',
      sizeBytes: 3 * 1024 * 1024,
      layers: 4,
      buildSeconds: 12.3,
      steps: 8,
      cachedSteps: 6,
      labels: { 'a.b': 'leaked-secret-value' },
      timings: {
        hash: 0.3,
        lineage: 0.01,
        reuseCheck: 0.02,
        contextSend: 1.04,
        build: 3.7,
        push: 6.12,
        tag: 0.02,
        verify: 0.01,
      },
    };
    const doc = reportDocument(record, 'r/churn');
    expect(doc.schema).toBe('ml-actions/build-model-image/v1');
    expect(doc.tags).toEqual(['ch-ccc', 'v1']);
    const md = summaryMarkdown(doc);
    expect(md.split('\n')[0]).toContain('Built');
    expect(md).toContain('3.0 MiB');
    expect(md).toContain('12.3 s (6/8 steps cached)');
    // Where the time went, phase by phase.
    expect(md).toContain(
      '| Time | hash 0.3 s · reuse check 0.0 s · build 3.7 s (context sent in 1.0 s) · push 6.1 s · tags 0.0 s · verify 0.0 s |',
    );
    const dir = writeTree({});
    const files = await writeReport(doc, dir, ['leaked-secret-value']);
    for (const file of [files.json, files.markdown, files.html]) {
      const text = readFileSync(file, 'utf8');
      expect(text).not.toContain('leaked-secret-value');
    }
    const failed = summaryMarkdown(
      reportDocument(
        { ...emptyRecord(), failedStep: 'Step 2/3 : RUN x', failedStepOutput: ['boom'] },
        'r',
        'The image build failed at Step 2/3',
      ),
    );
    expect(failed.split('\n')[0]).toMatch(/failed/);
    expect(failed).toContain('boom');
    writeFileSync(path.join(dir, 'x'), '');
  });
});

describe('instructionLine', () => {
  const dockerfile =
    '# syntax comment\nFROM base\n\nRUN apt-get update && \\\n    # a comment inside\n    apt-get install -y x\nCOPY . /app\n';
  it.each([
    [1, 2],
    [2, 4],
    [3, 7],
    [4, undefined],
    [undefined, undefined],
  ])('step %s starts on line %s', (step, line) => {
    expect(instructionLine(dockerfile, step)).toBe(line);
  });
});
