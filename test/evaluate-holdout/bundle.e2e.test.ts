/**
 * End to end: dist/evaluate-holdout/index.js run as a child process on
 * GitHub, Azure and the CLI, on the bundled churn example and on the test
 * fixtures (npm run build first).
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, runBundle, removeWorkDir, type BundleMode } from '../support/run-bundle.js';
import { binaryFixture, startModelServer } from './fixtures.js';

const bundle = path.join(ROOT, 'dist', 'evaluate-holdout', 'index.js');
const churn = path.join(ROOT, 'examples', 'churn');
const STACK = /\n\s+at .+:\d+:\d+\)?/;
const modes: BundleMode[] = ['github', 'azure', 'cli'];

/** Azure output variables use `_` where action outputs use `-`. */
function output(result: { outputs: Record<string, string> }, mode: BundleMode, name: string): string | undefined {
  return result.outputs[mode === 'azure' ? name.replace(/-/g, '_') : name];
}

function churnInputs(reportDir: string, gates: string): Record<string, string> {
  return {
    holdout: path.join(churn, 'data', 'holdout.csv'),
    'target-column': 'churned',
    'id-column': 'customer_id',
    predictions: path.join(churn, 'predictions', 'candidate.csv'),
    baseline: path.join(churn, 'predictions', 'champion.csv'),
    'max-regression': 'roc_auc: 2%\nf1: 0.02',
    gates,
    bootstrap: '50',
    'slice-columns': 'contract',
    'report-dir': reportDir,
  };
}

describe.runIf(existsSync(bundle) && existsSync(churn))('evaluate-holdout bundle', () => {
  it.each(modes)(
    '%s: a passing evaluation of the churn example sets every output and writes the report',
    async (mode) => {
      const reportDir = path.join(ROOT, 'test', '.tmp', `eh-e2e-pass-${mode}`);
      const result = await runBundle('evaluate-holdout', {
        mode,
        inputs: churnInputs(reportDir, 'roc_auc >= 0.7\nroc_auc.lower >= 0.6'),
      });
      try {
        expect(result.stderr + result.stdout).not.toMatch(STACK);
        expect(result.code).toBe(0);
        expect(result.outputs.passed).toBe('true');
        expect(output(result, mode, 'failed-gates')).toBe('[]');
        expect(result.outputs.task).toBe('binary');
        const metrics = JSON.parse(result.outputs.metrics ?? '{}') as Record<string, number>;
        expect(metrics.roc_auc).toBeCloseTo(0.7735110893005629, 12);
        expect(result.outputs.report).toBe(path.join(reportDir, 'report.json'));
        expect(existsSync(output(result, mode, 'html-report') ?? '')).toBe(true);
        expect(result.summary.split('\n')[0]).toMatch(/^✅ \*\*evaluate-holdout passed\*\*/);
        const report = JSON.parse(readFileSync(path.join(reportDir, 'report.json'), 'utf8')) as {
          schema: string;
          baseline: { kind: string };
        };
        expect(report.schema).toBe('ml-actions/evaluate-holdout/v1');
        expect(report.baseline.kind).toBe('predictions');
      } finally {
        removeWorkDir(result);
      }
    },
  );

  it.each(modes)('%s: a failed gate writes the report first, then fails the step', async (mode) => {
    const reportDir = path.join(ROOT, 'test', '.tmp', `eh-e2e-fail-${mode}`);
    const result = await runBundle('evaluate-holdout', { mode, inputs: churnInputs(reportDir, 'roc_auc >= 0.95') });
    try {
      expect(result.code).toBe(1);
      expect(result.outputs.passed).toBe('false');
      expect(output(result, mode, 'failed-gates')).toBe('["roc_auc >= 0.95"]');
      expect(existsSync(path.join(reportDir, 'report.html'))).toBe(true);
      expect(result.summary).toMatch(/^❌ \*\*evaluate-holdout failed\*\*/);
      if (mode === 'github')
        expect(result.stdout).toMatch(/^::error::evaluate-holdout: 1 check\(s\) failed: roc_auc >= 0.95/m);
      if (mode === 'azure') expect(result.stdout).toMatch(/^##vso\[task\.complete result=Failed\]/m);
      if (mode === 'cli') expect(result.stderr).toMatch(/error: evaluate-holdout: 1 check\(s\) failed/);
    } finally {
      removeWorkDir(result);
    }
  });

  it.each(modes)('%s: fail-on-gate false passes the step and reports passed=false', async (mode) => {
    const reportDir = path.join(ROOT, 'test', '.tmp', `eh-e2e-soft-${mode}`);
    const result = await runBundle('evaluate-holdout', {
      mode,
      inputs: { ...churnInputs(reportDir, 'roc_auc >= 0.95'), 'fail-on-gate': 'false' },
    });
    try {
      expect(result.code).toBe(0);
      expect(result.outputs.passed).toBe('false');
    } finally {
      removeWorkDir(result);
    }
  });

  it.each(modes)('%s: bad input is one clear error, no stack', async (mode) => {
    const fixture = binaryFixture(30);
    const bad = path.join(fixture.dir, 'bad.csv');
    writeFileSync(bad, `${readFileSync(fixture.predictions, 'utf8')}ghost,1,0.5\n`);
    const result = await runBundle('evaluate-holdout', {
      mode,
      inputs: {
        holdout: fixture.holdout,
        'target-column': 'y',
        'id-column': 'id',
        predictions: bad,
        'report-dir': path.join(fixture.dir, 'r'),
      },
    });
    try {
      expect(result.code).toBe(1);
      const text = result.stdout + result.stderr;
      expect(text).toMatch(/1 id\(s\) the holdout does not have, e.g. 'ghost'/);
      expect(text).not.toMatch(STACK);
      expect(text).not.toContain('internal error');
    } finally {
      removeWorkDir(result);
    }
  });

  it('an unreachable Docker Engine in image mode is one clear error', async () => {
    const fixture = binaryFixture(30);
    const result = await runBundle('evaluate-holdout', {
      mode: 'github',
      inputs: {
        holdout: fixture.holdout,
        'target-column': 'y',
        image: 'churn:1',
        'docker-host': 'unix:///tmp/ml-actions-no-such-docker.sock',
        'report-dir': path.join(fixture.dir, 'r'),
      },
    });
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/::error::Cannot reach the Docker Engine to run churn:1/);
    expect(result.stdout + result.stderr).not.toMatch(STACK);
    removeWorkDir(result);
  });

  it('treats the default prediction-column as optional when GitHub passes it (probabilities only)', async () => {
    const fixture = binaryFixture(60);
    const probaOnly = path.join(fixture.dir, 'proba-only.csv');
    const rows = readFileSync(fixture.predictions, 'utf8').trim().split('\n').slice(1);
    writeFileSync(probaOnly, `id,proba_1\n${rows.map((r) => `${r.split(',')[0]},${r.split(',')[2]}`).join('\n')}\n`);
    const result = await runBundle('evaluate-holdout', {
      mode: 'github',
      inputs: {
        holdout: fixture.holdout,
        'target-column': 'y',
        'id-column': 'id',
        predictions: probaOnly,
        'prediction-column': 'prediction',
        'report-dir': path.join(fixture.dir, 'r'),
      },
    });
    expect(result.code, result.stdout).toBe(0);
    expect(JSON.parse(result.outputs.metrics ?? '{}')).toHaveProperty('roc_auc');
    removeWorkDir(result);
  });

  it('rejects two prediction sources at once', async () => {
    const fixture = binaryFixture(30);
    const result = await runBundle('evaluate-holdout', {
      mode: 'github',
      inputs: {
        holdout: fixture.holdout,
        'target-column': 'y',
        predictions: fixture.predictions,
        endpoint: 'http://127.0.0.1:1/x',
      },
    });
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(
      '::error::Several predictions sources are set (predictions, endpoint): set exactly one.',
    );
    removeWorkDir(result);
  });

  describe('endpoint source and the sticky PR comment on GitHub', () => {
    let server: Awaited<ReturnType<typeof startModelServer>>;
    let github: http.Server;
    const comments: { id: number; body: string }[] = [];
    let apiUrl = '';
    beforeAll(async () => {
      server = await startModelServer();
      github = http.createServer((req, res) => {
        const chunks: Buffer[] = [];
        req.on('data', (c: Buffer) => chunks.push(c));
        req.on('end', () => {
          res.setHeader('content-type', 'application/json');
          if (req.headers.authorization !== 'Bearer gh-secret-token') {
            res.statusCode = 401;
            res.end('{}');
          } else if (req.method === 'GET') {
            res.end(JSON.stringify(comments));
          } else if (req.method === 'POST') {
            const comment = {
              id: comments.length + 1,
              body: (JSON.parse(Buffer.concat(chunks).toString()) as { body: string }).body,
            };
            comments.push(comment);
            res.end(JSON.stringify(comment));
          } else {
            const id = Number(/comments\/(\d+)$/.exec(req.url ?? '')?.[1]);
            const comment = comments.find((c) => c.id === id);
            if (comment) comment.body = (JSON.parse(Buffer.concat(chunks).toString()) as { body: string }).body;
            res.end(JSON.stringify(comment ?? {}));
          }
        });
      });
      await new Promise<void>((resolve) => github.listen(0, '127.0.0.1', resolve));
      apiUrl = `http://127.0.0.1:${(github.address() as AddressInfo).port}`;
    });
    afterAll(async () => {
      github.close();
      await server.stop();
    });

    it('scores through the endpoint, gates on latency and updates one comment across runs', async () => {
      const fixture = binaryFixture(120);
      const event = path.join(fixture.dir, 'event.json');
      writeFileSync(event, JSON.stringify({ pull_request: { number: 3 } }));
      const run = () =>
        runBundle('evaluate-holdout', {
          mode: 'github',
          inputs: {
            holdout: fixture.holdout,
            'target-column': 'y',
            'id-column': 'id',
            endpoint: `${server.url}/v2/models/model/infer`,
            'payload-format': 'kserve-v2',
            'batch-size': '25',
            gates: 'latency_p95_ms <= 60000\nroc_auc >= 0.6',
            'comment-on-pr': 'true',
            'github-token': 'gh-secret-token',
            'endpoint-headers': 'Authorization: Bearer endpoint-s3cret',
            'report-dir': path.join(fixture.dir, 'report'),
          },
          env: { GITHUB_EVENT_PATH: event, GITHUB_REPOSITORY: 'acme/churn', GITHUB_API_URL: apiUrl },
        });
      const first = await run();
      const second = await run();
      for (const result of [first, second]) {
        expect(result.code, result.stdout + result.stderr).toBe(0);
        // The token appears only in the mask registration the runner consumes.
        const shown = (result.stdout + result.stderr)
          .replace('::add-mask::gh-secret-token', '')
          .replace('::add-mask::Bearer endpoint-s3cret', '');
        expect(shown).not.toContain('gh-secret-token');
        expect(shown).not.toContain('endpoint-s3cret');
        expect(JSON.parse(result.outputs.metrics ?? '{}')).toHaveProperty('latency_p95_ms');
        removeWorkDir(result);
      }
      expect(first.stdout).toMatch(/PR #3: comment created/);
      expect(second.stdout).toMatch(/PR #3: comment updated/);
      expect(comments).toHaveLength(1);
      expect(comments[0]?.body).toMatch(
        /^<!-- ml-actions:evaluate-holdout:evaluate-holdout-report -->\n✅ \*\*evaluate-holdout passed\*\*/,
      );
    });
  });
});
