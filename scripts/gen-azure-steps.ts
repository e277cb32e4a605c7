/** Writes azure-pipelines/steps/<action>.yml from each action.yml; `--check` fails when one is stale. */
import { existsSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { listActions, ROOT } from './actions-list.js';
import { readActionYaml } from './action-yaml.js';
import { needsAzureCli, renderStepTemplate } from './azure-steps.js';

export function stepTemplates(): Map<string, string> {
  const files = new Map<string, string>();
  for (const action of listActions()) {
    const contract = readActionYaml(path.join(ROOT, action, 'action.yml'));
    files.set(path.join(ROOT, 'azure-pipelines', 'steps', `${action}.yml`), renderStepTemplate(action, contract));
    if (needsAzureCli(contract)) {
      files.set(
        path.join(ROOT, 'azure-pipelines', 'steps', `${action}-azure-cli.yml`),
        renderStepTemplate(action, contract, 'azure-cli'),
      );
    }
  }
  return files;
}

if (process.argv[1] && path.resolve(process.argv[1]).endsWith('gen-azure-steps.ts')) {
  let stale = 0;
  for (const [file, text] of stepTemplates()) {
    if (existsSync(file) && readFileSync(file, 'utf8') === text) continue;
    if (process.argv.includes('--check')) {
      console.error(`${path.relative(ROOT, file)} is out of date with its action.yml: run npm run build`);
      stale += 1;
    } else {
      mkdirSync(path.dirname(file), { recursive: true });
      writeFileSync(file, text);
    }
  }
  process.exitCode = stale ? 1 : 0;
}
