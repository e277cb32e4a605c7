import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { lintWorkflows, workflowFiles } from '../../scripts/actionlint.js';

describe('actionlint over the repository workflows', () => {
  it('finds a real mistake (so a clean result means something)', async () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'wf-')), 'bad.yml');
    writeFileSync(
      file,
      'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo ${{ github.nope }}\n',
    );
    const problems = await lintWorkflows([file]);
    expect(problems.map((p) => p.kind)).toContain('expression');
  });

  it('passes every workflow in .github/workflows and workflow-templates', async () => {
    const files = workflowFiles();
    expect(files.length).toBeGreaterThanOrEqual(2);
    expect(await lintWorkflows(files)).toEqual([]);
  });
});
