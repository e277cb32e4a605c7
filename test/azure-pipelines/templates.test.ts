import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { listActions, ROOT } from '../../scripts/actions-list.js';
import { readActionYaml } from '../../scripts/action-yaml.js';
import { azureDefault, inputEnvName, parameterFor, parameterName, stepName } from '../../scripts/azure-steps.js';
import { stepTemplates } from '../../scripts/gen-azure-steps.js';
import { azureSchemaAvailable, azureValidator, AZURE_SCHEMA, type AzureValidator } from '../support/azure-schema.js';

function yamlFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return yamlFiles(full);
    return /\.ya?ml$/.test(name) ? [full] : [];
  });
}

const templates = yamlFiles(path.join(ROOT, 'azure-pipelines'));
const actions = listActions();

describe('Azure Pipelines templates', () => {
  let validate: AzureValidator;
  beforeAll(() => {
    if (azureSchemaAvailable) validate = azureValidator();
  });

  // CI always has ../shared beside the checkout; a laptop without it is told so.
  it.runIf(azureSchemaAvailable || process.env.CI === 'true')(
    'every template is valid against the Azure Pipelines schema',
    () => {
      expect(azureSchemaAvailable, `the schema is missing at ${AZURE_SCHEMA}`).toBe(true);
      expect(templates.length).toBeGreaterThan(0);
      for (const file of templates) expect(validate(file), path.relative(ROOT, file)).toEqual([]);
    },
  );

  it('the schema check finds a real mistake', () => {
    if (!azureSchemaAvailable) return;
    const bad = path.join(ROOT, 'test', 'azure-pipelines', 'fixtures', 'invalid-step.yml');
    expect(validate(bad).length).toBeGreaterThan(0);
  });

  it('the generated step templates are up to date (npm run build)', () => {
    for (const [file, text] of stepTemplates()) {
      expect(existsSync(file) ? readFileSync(file, 'utf8') : '', path.relative(ROOT, file)).toBe(text);
    }
  });

  it.runIf(actions.length > 0).each(actions)(
    "steps/%s.yml mirrors the action's inputs: names, defaults, required",
    (action) => {
      const contract = readActionYaml(path.join(ROOT, action, 'action.yml'));
      const template = parse(readFileSync(path.join(ROOT, 'azure-pipelines', 'steps', `${action}.yml`), 'utf8')) as {
        parameters: { name: string; type: string; default?: unknown }[];
        steps: { name: string; env: Record<string, string> }[];
      };
      const byName = new Map(template.parameters.map((p) => [p.name, p]));
      for (const [input, spec] of Object.entries(contract.inputs)) {
        const parameter = byName.get(parameterName(input));
        expect(parameter, `${action}: no parameter for input '${input}'`).toBeDefined();
        const expected = parameterFor(input, spec);
        expect(parameter?.type).toBe(expected.type);
        if (spec.required && spec.default === undefined) expect(parameter && 'default' in parameter).toBe(false);
        else expect(String(parameter?.default)).toBe(String(azureDefault(spec.default)));
        expect(template.steps[0]?.env[inputEnvName(input)]).toBe(`\${{ parameters.${parameterName(input)} }}`);
      }
      expect(Object.keys(template.steps[0]?.env ?? {}).length).toBe(Object.keys(contract.inputs).length);
      expect(template.steps[0]?.name).toBe(stepName(action));
    },
  );
});
