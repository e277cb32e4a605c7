/**
 * Writes the inputs and outputs tables of each action into the README between
 * `<!-- ml-actions:table <action> -->` and `<!-- /ml-actions:table -->`,
 * from the action.yml files, and the docs sections named by
 * `<!-- ml-actions:include docs/x.md "Heading" -->` … `<!-- /ml-actions:include -->`.
 * `--check` fails when the README is out of date.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { listActions, ROOT } from './actions-list.js';
import { readActionYaml } from './action-yaml.js';

const README = path.join(ROOT, 'README.md');

function cell(text: string): string {
  return text.replace(/\s+/g, ' ').replace(/\|/g, '\\|').trim();
}

export function renderTables(action: string): string {
  const contract = readActionYaml(path.join(ROOT, action, 'action.yml'));
  const inputs = Object.entries(contract.inputs).map(
    ([name, spec]) =>
      `| \`${name}\` | ${spec.required && spec.default === undefined ? 'yes' : ''} | ${spec.default === undefined || spec.default === '' ? '' : `\`${cell(spec.default)}\``} | ${cell(spec.description)} |`,
  );
  const outputs = Object.entries(contract.outputs).map(([name, spec]) => `| \`${name}\` | ${cell(spec.description)} |`);
  return [
    '| input | required | default | description |',
    '|---|---|---|---|',
    ...inputs,
    '',
    '| output | description |',
    '|---|---|',
    ...outputs,
  ].join('\n');
}

/**
 * The body of the `## <heading>` section of a docs page, so the README can
 * carry a page's rules without a second copy to keep in step.
 */
export function docSection(file: string, heading: string): string {
  const lines = readFileSync(path.join(ROOT, file), 'utf8').split('\n');
  const start = lines.findIndex((line) => line.replace(/^##\s+/, '') === heading && line.startsWith('## '));
  if (start === -1) throw new Error(`${file} has no section '## ${heading}'`);
  const end = lines.findIndex((line, index) => index > start && /^##?\s/.test(line));
  return lines
    .slice(start + 1, end === -1 ? undefined : end)
    .join('\n')
    .trim();
}

function renderIncludes(text: string): string {
  return text.replace(
    /(<!-- ml-actions:include (\S+) "([^"]+)" -->\n)[\s\S]*?(<!-- \/ml-actions:include -->)/g,
    (_, open: string, file: string, heading: string, close: string) => `${open}${docSection(file, heading)}\n${close}`,
  );
}

export function renderReadme(text: string, actions = listActions()): string {
  return renderIncludes(text).replace(
    /(<!-- ml-actions:table ([a-z0-9-]+) -->\n)[\s\S]*?(<!-- \/ml-actions:table -->)/g,
    (whole, open: string, action: string, close: string) =>
      actions.includes(action) ? `${open}${renderTables(action)}\n${close}` : whole,
  );
}

if (process.argv[1] && path.resolve(process.argv[1]).endsWith('gen-docs.ts')) {
  const current = readFileSync(README, 'utf8');
  const next = renderReadme(current);
  if (process.argv.includes('--check')) {
    if (current !== next) {
      console.error('README.md tables are out of date with the action.yml files: run npm run docs');
      process.exitCode = 1;
    }
  } else if (current !== next) {
    writeFileSync(README, next);
    console.log('README.md tables updated');
  }
}
