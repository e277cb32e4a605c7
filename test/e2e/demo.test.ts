/**
 * `npm run demo` on a machine without Docker or a cluster: every step gives
 * one verdict, the image steps say they were skipped, and it exits 0.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, spawnCollect } from '../support/run-bundle.js';

describe('npm run demo without Docker', () => {
  it('runs the flow on the example and says what it skipped', async () => {
    const result = await spawnCollect(
      process.execPath,
      [path.join(ROOT, 'node_modules/tsx/dist/cli.mjs'), 'scripts/demo.ts'],
      {
        cwd: ROOT,
        env: { ...process.env, DOCKER_HOST: 'unix:///nonexistent/docker.sock' },
        timeoutMs: 120_000,
      },
    );
    expect(result.code, result.stdout + result.stderr).toBe(0);
    expect(result.stdout).toContain('Docker Engine not reachable');
    const summary = result.stdout.slice(result.stdout.indexOf('Summary'));
    expect(summary).toMatch(/check-data-drift\s+no dataset drift: \d+ columns drifted/);
    expect(summary).toMatch(/evaluate-holdout\s+passed/);
    expect(summary).toMatch(/build-model-image\s+skipped: no Docker Engine reachable/);
    expect(summary).toMatch(/evaluate-holdout-image\s+skipped/);
    expect(summary).toMatch(/deploy-to-aks\s+dry run: \d+ manifests valid against the OpenAPI schemas/);
  });
});
