import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from './run-bundle.js';

/**
 * Bundles the echo fixture action with ncc, exactly as shipped actions are
 * bundled, into test/.tmp (never into dist/). Returns the bundle's path.
 */
export function bundleEchoFixture(): string {
  const outDir = path.join(ROOT, 'test', '.tmp', 'echo-action');
  const bundle = path.join(outDir, 'index.js');
  execFileSync(
    process.execPath,
    [
      path.join(ROOT, 'node_modules/@vercel/ncc/dist/ncc/cli.js'),
      'build',
      'test/fixtures/echo-action/index.ts',
      '-o',
      outDir,
      '--quiet',
      '--transpile-only',
    ],
    { cwd: ROOT, stdio: 'inherit' },
  );
  if (!existsSync(bundle)) throw new Error(`ncc did not write ${bundle}`);
  return bundle;
}
