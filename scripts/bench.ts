/**
 * npm run bench: runs each action's benchmark (scripts/bench/<action>.ts) in
 * its own process, one after another so they do not compete for the two
 * cores, and prints their figures. `npm run bench -- check-data-drift` runs
 * one; BENCH_SCALE=0.1 shrinks the generated data for a quick look.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from './actions-list.js';

const dir = path.join(ROOT, 'scripts', 'bench');
const wanted = process.argv.slice(2);
const benches = existsSync(dir)
  ? readdirSync(dir)
      .filter((name) => name.endsWith('.ts') && !name.includes('.lib.'))
      .map((name) => name.replace(/\.ts$/, ''))
      .filter((name) => wanted.length === 0 || wanted.includes(name))
      .sort()
  : [];

if (benches.length === 0) {
  console.error(
    wanted.length ? `No benchmark named ${wanted.join(', ')} in scripts/bench/.` : 'No benchmarks in scripts/bench/.',
  );
  process.exit(1);
}

let failures = 0;
for (const name of benches) {
  console.log(`\n=== bench: ${name} (BENCH_SCALE=${process.env.BENCH_SCALE ?? '1'})`);
  const result = spawnSync(
    process.execPath,
    [path.join(ROOT, 'node_modules/tsx/dist/cli.mjs'), path.join(dir, `${name}.ts`)],
    {
      cwd: ROOT,
      stdio: 'inherit',
    },
  );
  if (result.status !== 0) {
    failures += 1;
    console.error(`bench ${name} exited with ${result.status ?? result.signal}`);
  }
}
process.exitCode = failures ? 1 : 0;
