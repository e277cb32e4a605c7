/**
 * npm run check-dist: bundles into a temporary folder and fails when dist/
 * differs from it, file by file, so a stale or hand-edited bundle never ships.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, existsSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { build } from './build.js';
import { ROOT } from './actions-list.js';

function filesUnder(dir: string, base = dir): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? filesUnder(full, base) : [path.relative(base, full)];
  });
}

const fresh = mkdtempSync(path.join(tmpdir(), 'ml-actions-dist-'));
try {
  await build(fresh, false, undefined, 'check');
  const committed = path.join(ROOT, 'dist');
  const names = new Set([...filesUnder(fresh), ...filesUnder(committed)]);
  const differing = [...names].sort().filter((name) => {
    const a = path.join(fresh, name);
    const b = path.join(committed, name);
    return !existsSync(a) || !existsSync(b) || !readFileSync(a).equals(readFileSync(b));
  });
  if (differing.length) {
    console.error(`dist/ differs from a fresh build in ${differing.length} file(s):`);
    for (const name of differing) console.error(`  dist/${name}`);
    console.error('Run `npm run build` and commit dist/.');
    process.exitCode = 1;
  } else {
    console.log(`dist/ matches a fresh build (${names.size} files).`);
  }
} finally {
  rmSync(fresh, { recursive: true, force: true });
}
