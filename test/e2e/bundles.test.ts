/**
 * Every shipped bundle starts, reads its inputs through the platform layer and
 * fails cleanly when a required input is missing — on GitHub, Azure and the
 * CLI. .ci/run repeats this file under Node 24 (GitHub's action runtime).
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { listActions, ROOT } from '../../scripts/actions-list.js';
import { readActionYaml } from '../../scripts/action-yaml.js';
import { runBundle, spawnCollect } from '../support/run-bundle.js';

const actions = listActions();
const node = process.env.ML_ACTIONS_TEST_NODE ?? process.execPath;
const STACK = /\n\s+at .+:\d+:\d+\)?/;

/** A working folder of its own, so reports an action writes on failure stay out of the checkout. */
function scratch(): string {
  return mkdtempSync(path.join(tmpdir(), 'ml-actions-bundle-'));
}

function firstRequired(action: string): string {
  const contract = readActionYaml(path.join(ROOT, action, 'action.yml'));
  const required = Object.entries(contract.inputs).find(([, spec]) => spec.required && spec.default === undefined);
  return required?.[0] ?? '';
}

describe.runIf(actions.length > 0)('every bundle, run as a child process', () => {
  it.each(actions)('%s/action.yml points at its committed ESM bundle', (action) => {
    const bundle = path.join(ROOT, 'dist', action, 'index.js');
    expect(readFileSync(bundle, 'utf8').length).toBeGreaterThan(1000);
    expect(readFileSync(path.join(ROOT, 'dist', action, 'licenses.txt'), 'utf8')).toMatch(/MIT/);
  });

  it.each(actions)('%s fails on GitHub with an annotation naming a missing required input', async (action) => {
    const result = await runBundle(action, { mode: 'github', inputs: {}, cwd: scratch() });
    expect(result.code).toBe(1);
    const missing = firstRequired(action);
    if (missing) expect(result.stdout).toContain(`::error::Input '${missing}'`);
    else expect(result.stdout).toMatch(/::error::/);
    expect(result.stdout + result.stderr).not.toMatch(STACK);
    expect(result.stdout).not.toContain('internal error');
  });

  it.each(actions)('%s fails on Azure with task.logissue and task.complete', async (action) => {
    const result = await runBundle(action, { mode: 'azure', inputs: {}, cwd: scratch() });
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/^##vso\[task\.logissue type=error\]/m);
    expect(result.stdout).toMatch(/^##vso\[task\.complete result=Failed\]/m);
    expect(result.stdout + result.stderr).not.toMatch(STACK);
  });

  it.each(actions)('ml-actions %s --help lists every input of its action.yml', async (action) => {
    const result = await spawnCollect(node, [path.join(ROOT, 'bin', 'ml-actions.js'), action, '--help'], { cwd: ROOT });
    expect(result.code).toBe(0);
    for (const input of Object.keys(readActionYaml(path.join(ROOT, action, 'action.yml')).inputs)) {
      expect(result.stdout).toContain(`--${input}`);
    }
  });
});

describe('the ml-actions CLI', () => {
  it('lists the shipped actions in --help', async () => {
    const result = await spawnCollect(node, [path.join(ROOT, 'bin', 'ml-actions.js'), '--help'], { cwd: ROOT });
    expect(result.code).toBe(0);
    for (const action of actions) expect(result.stdout).toContain(action);
  });

  it('names an unknown action and exits 2', async () => {
    const result = await spawnCollect(node, [path.join(ROOT, 'bin', 'ml-actions.js'), 'train-model'], { cwd: ROOT });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("ml-actions: Unknown action 'train-model'.");
  });

  it.runIf(actions.length > 0)('names an unknown input with a suggestion and exits 2', async () => {
    const action = actions[0]!;
    const result = await spawnCollect(node, [path.join(ROOT, 'bin', 'ml-actions.js'), action, '--reprot-dir', 'x'], {
      cwd: ROOT,
    });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`Unknown input '--reprot-dir' for ${action}.`);
  });
});
