import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { listActions, ROOT } from '../../scripts/actions-list.js';
import { renderReadme } from '../../scripts/gen-docs.js';

const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');

describe('README', () => {
  it('has inputs and outputs tables generated from every action.yml (npm run docs)', () => {
    expect(renderReadme(readme)).toBe(readme);
    for (const action of listActions()) expect(readme).toContain(`<!-- ml-actions:table ${action} -->\n| input |`);
  });

  it('names the two commands a newcomer runs, and .ci/run runs exactly its test command', () => {
    expect(readme).toContain('npm ci && npm run demo');
    expect(readme).toContain('npm ci && npm test');
    const ci = readFileSync(path.join(ROOT, '.ci', 'run'), 'utf8');
    expect(ci).toMatch(/^npm ci\b/m);
    expect(ci).toMatch(/^npm test$/m);
  });
});
