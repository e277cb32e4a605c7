import { mkdtempSync, readFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { bundleEchoFixture } from '../support/bundle-fixture.js';
import { runBundle, spawnCollect } from '../support/run-bundle.js';
import { LOCAL_INPUTS_ENV, LOCAL_JSON_ENV, LOCAL_OUTPUT_DIR_ENV } from '../../actions/shared/platform/local-env.js';

let bundle = '';
const secret = 's3cr3t-value-42';
const inputs = { message: 'hello world', count: '7', flag: 'True', items: 'a, b\nc', token: secret };

beforeAll(() => {
  bundle = bundleEchoFixture();
});

describe('the ncc bundle of an action, run as a child process', () => {
  it('GitHub mode writes outputs and the summary to the runner files, masking the secret', async () => {
    const reportDir = mkdtempSync(path.join(tmpdir(), 'echo-'));
    const result = await runBundle('echo-action', {
      mode: 'github',
      bundle,
      inputs,
      env: { ECHO_REPORT_DIR: reportDir },
    });
    expect(result.code, result.stderr).toBe(0);
    expect(result.outputs).toMatchObject({
      echoed: 'hello world',
      multiline: 'first line\nsecond; [x] 100%',
      count: '7',
      items: '["a","b","c"]',
      'timeout-ms': '600000',
      'token-out': secret,
    });
    expect(result.stdout).toContain(`::add-mask::${secret}`);
    expect(result.stdout).toContain('::group::Echo');
    expect(result.stdout).toContain('::warning file=data/train.csv,line=12,col=3::a warning with a place');
    expect(result.summary).toContain('## Echo');
    // No artifact service outside a runner: a notice says where the files are, and the step still passes.
    expect(result.stdout).toContain(`::notice::Artifact 'echo-report' not uploaded`);
    expect(result.stdout).toContain(reportDir);
  });

  it('Azure mode writes exact ##vso lines: escaped output variables, secrets, issues, summary, artifact', async () => {
    const reportDir = mkdtempSync(path.join(tmpdir(), 'echo-'));
    const result = await runBundle('echo-action', {
      mode: 'azure',
      bundle,
      inputs,
      env: { ECHO_REPORT_DIR: reportDir },
    });
    expect(result.code, result.stderr).toBe(0);
    const lines = result.stdout.split('\n');
    expect(lines).toContain(`##vso[task.setsecret]${secret}`);
    expect(lines).toContain('##vso[task.setvariable variable=echoed;isOutput=true]hello world');
    expect(lines).toContain(
      '##vso[task.setvariable variable=multiline;isOutput=true]first line%0Asecond; [x] 100%AZP25',
    );
    expect(lines).toContain('##vso[task.setvariable variable=timeout_ms;isOutput=true]600000');
    expect(lines).toContain(`##vso[task.setvariable variable=token_out;isOutput=true;issecret=true]${secret}`);
    expect(lines).toContain(
      '##vso[task.logissue type=warning;sourcepath=data/train.csv;linenumber=12;columnnumber=3]a warning with a place',
    );
    expect(lines).toContain('##[group]Echo');
    expect(lines).toContain('##[endgroup]');
    expect(lines).toContain(`##vso[artifact.upload containerfolder=echo-report;artifactname=echo-report]${reportDir}`);
    // The secret never appears in a plain log line: only in setsecret and the secret output.
    expect(lines.filter((l) => l.includes(secret) && !l.startsWith('##vso[task.set'))).toEqual([]);
    expect(lines).toContain('the token is ***');
    expect(result.outputs['multiline']).toBe('first line\nsecond; [x] 100%');
    expect(result.summary).toContain('## Echo');
  });

  it('Azure mode fails with task.logissue and task.complete naming the place', async () => {
    const result = await runBundle('echo-action', { mode: 'azure', bundle, inputs: { ...inputs, fail: 'true' } });
    expect(result.code).toBe(1);
    const lines = result.stdout.split('\n');
    expect(lines).toContain('##vso[task.logissue type=error;sourcepath=gates.txt;linenumber=2]asked to fail');
    expect(lines).toContain('##vso[task.complete result=Failed]asked to fail');
  });

  it('a bad input fails with the input, the value and what is allowed, and no stack trace', async () => {
    for (const [name, value, expected] of [
      ['count', '11', 'expected a whole number from 1 to 10'],
      ['flag', 'yes', 'expected true or false'],
      ['mode', 'medium', "expected one of 'fast', 'slow'"],
      ['timeout', 'ten minutes', "expected a duration such as '30s'"],
    ] as const) {
      const result = await runBundle('echo-action', { mode: 'github', bundle, inputs: { ...inputs, [name]: value } });
      expect(result.code).toBe(1);
      expect(result.stdout).toContain(`::error::Input '${name}' has an invalid value "${value}": ${expected}`);
      expect(result.stdout + result.stderr).not.toMatch(/\n\s+at .*\.js:\d+/);
    }
  });

  it('local mode prints name=value (or JSON) and writes the summary and artifacts into the output folder', async () => {
    const out = mkdtempSync(path.join(tmpdir(), 'echo-local-'));
    const reportDir = mkdtempSync(path.join(tmpdir(), 'echo-'));
    const env = {
      ...process.env,
      [LOCAL_INPUTS_ENV]: JSON.stringify(inputs),
      [LOCAL_OUTPUT_DIR_ENV]: out,
      ECHO_REPORT_DIR: reportDir,
    };
    const plain = await spawnCollect(process.env.ML_ACTIONS_TEST_NODE ?? process.execPath, [bundle], { env });
    expect(plain.code, plain.stderr).toBe(0);
    expect(plain.stdout.split('\n')).toEqual(
      expect.arrayContaining(['echoed=hello world', 'count=7', 'token-out=***']),
    );
    expect(plain.stdout).toContain('the token is ***');
    expect(plain.stdout + plain.stderr).not.toContain(secret);
    expect(plain.stderr).toContain('warning: data/train.csv:12:3: a warning with a place');
    expect(readFileSync(path.join(out, 'summary.md'), 'utf8')).toContain('## Echo');
    expect(existsSync(path.join(out, 'artifacts', 'echo-report', 'report.json'))).toBe(true);

    const json = await spawnCollect(process.env.ML_ACTIONS_TEST_NODE ?? process.execPath, [bundle], {
      env: { ...env, [LOCAL_JSON_ENV]: '1' },
    });
    expect(JSON.parse(json.stdout)).toMatchObject({
      echoed: 'hello world',
      items: '["a","b","c"]',
      'token-out': '***',
    });
  });

  it('local mode reports a user error as a readable message with exit code 1', async () => {
    const out = mkdtempSync(path.join(tmpdir(), 'echo-local-'));
    const env = {
      ...process.env,
      [LOCAL_INPUTS_ENV]: JSON.stringify({ ...inputs, fail: 'true' }),
      [LOCAL_OUTPUT_DIR_ENV]: out,
    };
    const result = await spawnCollect(process.env.ML_ACTIONS_TEST_NODE ?? process.execPath, [bundle], { env });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('error: gates.txt:2: asked to fail');
  });
});
