/**
 * action.yml is each action's public contract. These tests keep the code, the
 * generated contract.ts and the metadata in agreement, both ways.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { listActions, ROOT } from '../../scripts/actions-list.js';
import { generatedFiles } from '../../scripts/gen-contracts.js';
import { readActionYaml } from '../../scripts/action-yaml.js';

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return sources(full);
    return name.endsWith('.ts') && name !== 'contract.ts' ? [full] : [];
  });
}

const INPUT_CALL = /\binputs\.(?:string|required|secret|boolean|number|enum|list|lines|path|duration)\(\s*'([^']+)'/g;
const OUTPUT_CALL = /\bsetOutput\(\s*'([^']+)'/g;

const actions = listActions();

describe('action contracts', () => {
  it('the generated contract.ts files are up to date with action.yml', () => {
    for (const [file, text] of generatedFiles()) {
      expect(readFileSync(file, 'utf8'), `${path.relative(ROOT, file)}: run npm run build`).toBe(text);
    }
  });

  it.runIf(actions.length > 0).each(actions)(
    '%s/action.yml declares node24, its bundle, branding and descriptions',
    (action) => {
      const raw = parse(readFileSync(path.join(ROOT, action, 'action.yml'), 'utf8')) as Record<string, unknown>;
      expect(raw.runs).toEqual({ using: 'node24', main: `../dist/${action}/index.js` });
      expect(raw.branding).toMatchObject({ icon: expect.any(String), color: expect.any(String) });
      const contract = readActionYaml(path.join(ROOT, action, 'action.yml'));
      expect(contract.description.length).toBeGreaterThan(10);
      for (const [name, spec] of [...Object.entries(contract.inputs), ...Object.entries(contract.outputs)]) {
        expect(spec.description.trim(), `${action}: '${name}' needs a description`).not.toBe('');
      }
    },
  );

  it.runIf(actions.length > 0).each(actions)(
    '%s reads every declared input and sets every declared output, and no other',
    (action) => {
      const text = sources(path.join(ROOT, 'actions', action))
        .map((file) => readFileSync(file, 'utf8'))
        .join('\n');
      const contract = readActionYaml(path.join(ROOT, action, 'action.yml'));
      const read = new Set([...text.matchAll(INPUT_CALL)].map((m) => m[1]));
      const set = new Set([...text.matchAll(OUTPUT_CALL)].map((m) => m[1]));
      expect(
        [...read].filter((name) => !(name! in contract.inputs)),
        'inputs read but not declared',
      ).toEqual([]);
      expect(
        Object.keys(contract.inputs).filter((name) => !read.has(name)),
        'inputs declared but never read',
      ).toEqual([]);
      expect(
        [...set].filter((name) => !(name! in contract.outputs)),
        'outputs set but not declared',
      ).toEqual([]);
      expect(
        Object.keys(contract.outputs).filter((name) => !set.has(name)),
        'outputs declared but never set',
      ).toEqual([]);
    },
  );
});
