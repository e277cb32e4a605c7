import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../scripts/actions-list.js';
import { readActionYaml } from '../../scripts/action-yaml.js';

const dir = path.join(ROOT, 'workflow-templates');
const names = readdirSync(dir)
  .filter((f) => f.endsWith('.yml'))
  .map((f) => f.replace(/\.yml$/, ''));

interface Step {
  uses?: string;
  with?: Record<string, unknown>;
}
interface Workflow {
  on: Record<string, unknown>;
  jobs: Record<
    string,
    { steps: Step[]; permissions?: Record<string, string>; environment?: string; if?: string; needs?: string[] }
  >;
}

function load(name: string): Workflow {
  return parse(readFileSync(path.join(dir, `${name}.yml`), 'utf8')) as Workflow;
}

const OUR_ACTION = /^[^/]+\/ml-actions\/([a-z-]+)@v1$/;

describe('starter workflows', () => {
  it('include the two the flow needs', () => {
    expect(names.sort()).toEqual(['ml-drift-monitor', 'ml-model-cicd']);
  });

  it.each(names)('%s has a properties file GitHub accepts', (name) => {
    const properties = JSON.parse(readFileSync(path.join(dir, `${name}.properties.json`), 'utf8')) as Record<
      string,
      unknown
    >;
    expect(Object.keys(properties).sort()).toEqual(['categories', 'description', 'filePatterns', 'iconName', 'name']);
    expect(existsSync(path.join(dir, `${properties.iconName as string}.svg`))).toBe(true);
    expect(Array.isArray(properties.categories) && Array.isArray(properties.filePatterns)).toBe(true);
  });

  it.each(names)('%s uses ml-actions as <owner>/<repo>/<action>@v1 with inputs its action.yml declares', (name) => {
    const uses = Object.values(load(name).jobs).flatMap((job) =>
      job.steps.filter((s) => s.uses?.includes('ml-actions')),
    );
    expect(uses.length).toBeGreaterThan(0);
    for (const step of uses) {
      const action = OUR_ACTION.exec(step.uses ?? '')?.[1];
      expect(action, step.uses).toBeDefined();
      const file = path.join(ROOT, action!, 'action.yml');
      if (!existsSync(file)) continue; // an action whose issue has not landed yet
      const inputs = readActionYaml(file).inputs;
      expect(
        Object.keys(step.with ?? {}).filter((key) => !(key in inputs)),
        `${name}: ${action}`,
      ).toEqual([]);
    }
  });

  it('ml-model-cicd builds, tests and releases only from the default branch behind the production environment', () => {
    const wf = load('ml-model-cicd');
    expect(Object.keys(wf.on).sort()).toEqual(['pull_request', 'push']);
    expect(wf.on.push).toEqual({ branches: ['$default-branch'] });
    expect(Object.keys(wf.jobs)).toEqual(['build', 'test', 'release']);
    const release = wf.jobs.release!;
    expect(release.environment).toBe('production');
    expect(release.permissions).toEqual({ 'id-token': 'write', contents: 'read' });
    expect(release.if).toContain("github.ref == 'refs/heads/$default-branch'");
    expect(release.if).toContain("needs.test.outputs.passed == 'true'");
    expect(release.steps.some((s) => s.uses?.startsWith('azure/login@'))).toBe(true);
  });

  it('ml-drift-monitor runs daily and may write issues, nothing more', () => {
    const wf = load('ml-drift-monitor') as Workflow & { permissions: Record<string, string> };
    expect(wf.on.schedule).toEqual([{ cron: expect.stringMatching(/^\d+ \d+ \* \* \*$/) }]);
    expect(wf.permissions).toEqual({ contents: 'read', issues: 'write' });
  });
});
