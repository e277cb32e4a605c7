/**
 * End to end: dist/check-data-drift/index.js run as a child process on
 * GitHub, Azure and the CLI (npm run build first), on test fixtures and on
 * the bundled churn example.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runBundle, removeWorkDir, type BundleMode } from '../support/run-bundle.js';
import { writeFixture } from './fixtures.js';

const bundle = path.join(ROOT, 'dist', 'check-data-drift', 'index.js');
const churn = path.join(ROOT, 'examples', 'churn', 'data');
const tmp = path.join(ROOT, 'test', '.tmp', 'check-data-drift');
const STACK = /\n\s+at .+:\d+:\d+\)?/;
const modes: BundleMode[] = ['github', 'azure', 'cli'];

/** An output by its action.yml name (Azure variables use underscores for dashes). */
function output(result: { outputs: Record<string, string> }, mode: BundleMode, name: string): string | undefined {
  return result.outputs[mode === 'azure' ? name.replace(/-/g, '_') : name];
}

mkdirSync(tmp, { recursive: true });
const reference = writeFixture(tmp, 'ref.csv', { rows: 600, seed: 1 });
const same = writeFixture(tmp, 'same.csv', { rows: 500, seed: 5 });
const drifted = writeFixture(tmp, 'drifted.csv', { rows: 500, seed: 3, shift: 8, goldShare: 0.6 });

/** A stand-in for the runner's results service: records each request and refuses it (400: no retries). */
async function fakeResultsService(): Promise<{ url: string; paths: string[]; close: () => Promise<void> }> {
  const paths: string[] = [];
  const server = createServer((request, response) => {
    paths.push(request.url ?? '');
    request.resume();
    request.on('end', () => response.writeHead(400, { 'content-type': 'application/json' }).end('{"msg":"no"}'));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    paths,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** An unsigned JWT of the shape the runner hands out: @actions/artifact reads the run and job from `scp`. */
function runtimeToken(): string {
  const part = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
  return `${part({ alg: 'none', typ: 'JWT' })}.${part({ scp: 'Actions.GenericRead Actions.Results:run-1:job-1' })}.x`;
}

describe.runIf(existsSync(bundle))('check-data-drift bundle', () => {
  it('github: inside a runner job the report goes to the artifact service through the upload bundle loaded on demand', async () => {
    const service = await fakeResultsService();
    const reportDir = path.join(tmp, 'artifact-github');
    const result = await runBundle('check-data-drift', {
      mode: 'github',
      inputs: { reference, current: same, 'ignore-columns': 'id', 'report-dir': reportDir },
      env: { ACTIONS_RUNTIME_TOKEN: runtimeToken(), ACTIONS_RESULTS_URL: service.url },
    });
    try {
      // The service refused: a warning, and the step still passes on its own verdict.
      expect(result.code).toBe(0);
      expect(service.paths.some((p) => p.includes('ArtifactService/CreateArtifact'))).toBe(true);
      expect(result.stdout).toMatch(/::warning::Artifact 'check-data-drift-report' could not be uploaded/);
      expect(result.stdout + result.stderr).not.toMatch(STACK);
    } finally {
      await service.close();
      removeWorkDir(result);
    }
  });

  it.each(modes)('%s: no drift sets every output, writes the three reports and succeeds', async (mode) => {
    const reportDir = path.join(tmp, `pass-${mode}`);
    const result = await runBundle('check-data-drift', {
      mode,
      inputs: { reference, current: same, 'ignore-columns': 'id', 'report-dir': reportDir },
    });
    try {
      expect(result.stderr + result.stdout).not.toMatch(STACK);
      expect(result.code).toBe(0);
      expect(output(result, mode, 'drift-detected')).toBe('false');
      expect(output(result, mode, 'drifted-columns')).toBe('[]');
      expect(Number(output(result, mode, 'drift-share'))).toBe(0);
      expect(output(result, mode, 'report')).toBe(path.join(reportDir, 'report.json'));
      expect(output(result, mode, 'html-report')).toBe(path.join(reportDir, 'report.html'));
      const report = JSON.parse(readFileSync(path.join(reportDir, 'report.json'), 'utf8')) as {
        schema: string;
        columns: unknown[];
      };
      expect(report.schema).toBe('ml-actions/check-data-drift/v1');
      expect(report.columns).toHaveLength(5);
      expect(readFileSync(path.join(reportDir, 'summary.md'), 'utf8').split('\n')[0]).toMatch(
        /^### ✅ No dataset drift/,
      );
      if (mode !== 'azure') expect(result.summary).toMatch(/No dataset drift: 0 of 5 columns drifted/);
    } finally {
      removeWorkDir(result);
    }
  });

  it.each(modes)('%s: drift writes the report first, then fails the step naming the drifted columns', async (mode) => {
    const reportDir = path.join(tmp, `fail-${mode}`);
    const result = await runBundle('check-data-drift', {
      mode,
      inputs: { reference, current: drifted, 'ignore-columns': 'id', 'drift-share': '0.4', 'report-dir': reportDir },
    });
    try {
      expect(result.stderr + result.stdout).not.toMatch(STACK);
      expect(result.code).not.toBe(0);
      expect(output(result, mode, 'drift-detected')).toBe('true');
      expect(JSON.parse(output(result, mode, 'drifted-columns') ?? '[]')).toEqual(['income', 'plan']);
      expect(result.stdout + result.stderr).toMatch(/Data drift detected: 2 of 5 columns drifted.*income, plan/);
      expect(existsSync(path.join(reportDir, 'report.html'))).toBe(true);
    } finally {
      removeWorkDir(result);
    }
  });

  it('reads the current data in a worker thread with the same result, and reports its errors', async () => {
    const env = { ML_ACTIONS_DRIFT_WORKER: '1' };
    const reportDir = path.join(tmp, 'worker');
    const result = await runBundle('check-data-drift', {
      mode: 'cli',
      env,
      inputs: { reference, current: drifted, 'ignore-columns': 'id', 'drift-share': '0.4', 'report-dir': reportDir },
    });
    try {
      expect(result.stderr + result.stdout).not.toMatch(STACK);
      expect(JSON.parse(output(result, 'cli', 'drifted-columns') ?? '[]')).toEqual(['income', 'plan']);
      // The worker hashes the file it reads.
      const report = JSON.parse(readFileSync(path.join(reportDir, 'report.json'), 'utf8')) as {
        inputs: { current: { files: { sha256: string }[] } };
      };
      expect(report.inputs.current.files[0]!.sha256).toBe(
        createHash('sha256').update(readFileSync(drifted)).digest('hex'),
      );
      // Column for column (the worker posts each profile as it is made), the report of a run without the worker.
      const inThreadDir = path.join(tmp, 'in-thread');
      const inThread = await runBundle('check-data-drift', {
        mode: 'cli',
        env: { ML_ACTIONS_DRIFT_WORKER: '0' },
        inputs: {
          reference,
          current: drifted,
          'ignore-columns': 'id',
          'drift-share': '0.4',
          'report-dir': inThreadDir,
        },
      });
      removeWorkDir(inThread);
      const withoutWorker = JSON.parse(readFileSync(path.join(inThreadDir, 'report.json'), 'utf8')) as object;
      const { generatedAt: _a, ...a } = report as unknown as { generatedAt: string };
      const { generatedAt: _b, ...b } = withoutWorker as { generatedAt: string };
      expect(a).toEqual(b);
    } finally {
      removeWorkDir(result);
    }
    const ragged = path.join(tmp, 'ragged.csv');
    writeFileSync(ragged, `${readFileSync(same, 'utf8').split('\n')[0]}\n1,2\n`);
    const failed = await runBundle('check-data-drift', {
      mode: 'cli',
      env,
      inputs: { reference, current: ragged, 'report-dir': path.join(tmp, 'worker-error') },
    });
    try {
      expect(failed.code).not.toBe(0);
      expect(failed.stderr + failed.stdout).not.toMatch(STACK);
      expect(failed.stderr + failed.stdout).toMatch(/ragged\.csv:2: row has 2 field\(s\)/);
    } finally {
      removeWorkDir(failed);
    }
  });

  it.each(modes)('%s: fail-on-drift false reports drift without failing', async (mode) => {
    const reportDir = path.join(tmp, `nofail-${mode}`);
    const result = await runBundle('check-data-drift', {
      mode,
      inputs: {
        reference,
        current: drifted,
        'ignore-columns': 'id',
        'drift-share': '0.4',
        'fail-on-drift': 'false',
        'report-dir': reportDir,
      },
    });
    try {
      expect(result.code).toBe(0);
      expect(output(result, mode, 'drift-detected')).toBe('true');
    } finally {
      removeWorkDir(result);
    }
  });

  it.each([
    ['unknown test', { stattest: 'kolmogorov' }, /unknown test 'kolmogorov'/],
    ['threshold out of range', { 'threshold-per-column': 'income=-2' }, /threshold '-2' is out of range/],
    ['missing file', { current: path.join(tmp, 'nope.csv') }, /Data file not found/],
  ])('github: %s is a clear error without a stack trace', async (_name, extra, message) => {
    const result = await runBundle('check-data-drift', {
      mode: 'github',
      inputs: { reference, current: same, 'report-dir': path.join(tmp, 'bad'), ...extra },
    });
    try {
      expect(result.code).not.toBe(0);
      expect(result.stdout + result.stderr).toMatch(message);
      expect(result.stdout + result.stderr).not.toMatch(STACK);
    } finally {
      removeWorkDir(result);
    }
  });

  it.each(modes)('%s: a ragged row is reported with its file and line', async (mode) => {
    const ragged = path.join(tmp, 'ragged.csv');
    writeFileSync(ragged, 'a,b\n1,2\n3\n');
    const result = await runBundle('check-data-drift', {
      mode,
      inputs: { reference: ragged, current: ragged, 'report-dir': path.join(tmp, 'ragged') },
    });
    try {
      expect(result.code).not.toBe(0);
      expect(result.stdout + result.stderr).toMatch(/ragged\.csv:3: row has 1 field\(s\) but the header has 2/);
      if (mode === 'azure')
        expect(result.stdout).toMatch(/##vso\[task\.logissue type=error;sourcepath=[^;]*ragged\.csv;linenumber=3/);
      expect(result.stdout + result.stderr).not.toMatch(STACK);
    } finally {
      removeWorkDir(result);
    }
  });

  it.runIf(existsSync(churn))('cli: the churn example drifts in its monthly charges', async () => {
    const result = await runBundle('check-data-drift', {
      mode: 'cli',
      inputs: {
        reference: path.join(churn, 'train.csv'),
        current: path.join(churn, 'current.csv'),
        'ignore-columns': 'customer_id,churned',
        'fail-on-drift': 'false',
        'report-dir': path.join(tmp, 'churn'),
      },
    });
    try {
      expect(result.code).toBe(0);
      expect(JSON.parse(output(result, 'cli', 'drifted-columns') ?? '[]')).toContain('monthly_charges');
    } finally {
      removeWorkDir(result);
    }
  });
});
