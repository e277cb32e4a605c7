/**
 * npm run build: regenerate what comes from action.yml (contracts, Azure step
 * templates, README tables), type-check, then bundle each action
 * (and the CLI) with @vercel/ncc into <out>/<name>/index.js with licenses.txt.
 * `--out DIR` bundles elsewhere (check-dist uses it); `--no-typecheck` skips tsc;
 * `--only a,b` bundles just those (while developing one action).
 */
import { execFileSync, spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import path from 'node:path';
import { listActions, ROOT } from './actions-list.js';

function arg(name: string): string | undefined {
  const index = process.argv.indexOf(name);
  return index === -1 ? undefined : process.argv[index + 1];
}

/**
 * Optional native addons of ssh2 (pulled in by dockerode for ssh:// hosts).
 * Both are loaded in try/catch with a JavaScript fallback, are built for one
 * Node ABI (so they would not load on GitHub's node24 anyway) and are
 * compiled by `npm ci` on each machine, so shipping them would make dist/
 * differ from machine to machine. Left out of every bundle.
 */
const NATIVE_EXTERNALS = ['cpu-features', './crypto/build/Release/sshcrypto.node'];

function ncc(entry: string, outDir: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const bin = path.join(ROOT, 'node_modules', '@vercel', 'ncc', 'dist', 'ncc', 'cli.js');
    const child = spawn(
      process.execPath,
      [
        bin,
        'build',
        entry,
        '-o',
        outDir,
        '--license',
        'licenses.txt',
        '--quiet',
        '--transpile-only',
        '--minify',
        ...NATIVE_EXTERNALS.flatMap((name) => ['--external', name]),
      ],
      {
        cwd: ROOT,
        stdio: ['ignore', 'inherit', 'inherit'],
      },
    );
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`ncc failed for ${entry} (exit ${code})`))));
  });
}

/** Runs tasks two at a time: the machines have two cores. */
async function inPairs(tasks: (() => Promise<void>)[]): Promise<void> {
  const queue = [...tasks];
  await Promise.all(
    [0, 1].map(async () => {
      for (let task = queue.shift(); task; task = queue.shift()) await task();
    }),
  );
}

/** Bundles that are not actions: dist/<name>/ built from this entry. */
const EXTRA_BUNDLES: Record<string, string> = {
  cli: path.join('actions', 'cli', 'index.ts'),
  'artifact-upload': path.join('actions', 'artifact-upload', 'index.ts'),
  'check-data-drift-worker': path.join('actions', 'check-data-drift', 'load-worker.ts'),
};

/** `check` fails on a stale generated file instead of rewriting it (check-dist uses it). */
export type GeneratedMode = 'write' | 'check';

export async function build(
  outRoot: string,
  typecheck: boolean,
  only?: readonly string[],
  generated: GeneratedMode = 'write',
): Promise<void> {
  // Everything generated: contracts, Azure step templates, README tables (from the action.yml files), WebAssembly modules.
  for (const script of ['gen-contracts.ts', 'gen-azure-steps.ts', 'gen-docs.ts', 'gen-wasm.ts']) {
    execFileSync(
      process.execPath,
      [
        path.join(ROOT, 'node_modules/tsx/dist/cli.mjs'),
        path.join('scripts', script),
        ...(generated === 'check' ? ['--check'] : []),
      ],
      {
        cwd: ROOT,
        stdio: 'inherit',
      },
    );
  }
  if (typecheck) {
    execFileSync(process.execPath, [path.join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.json'], {
      cwd: ROOT,
      stdio: 'inherit',
    });
  }
  // Besides the actions: the CLI, the artifact upload every action loads on demand (artifact-loader.ts)
  // and the drift check's reading worker.
  const names = only?.length ? [...only] : [...listActions(), ...Object.keys(EXTRA_BUNDLES)];
  await inPairs(
    names.map((name) => async () => {
      const outDir = path.join(outRoot, name);
      rmSync(outDir, { recursive: true, force: true });
      await ncc(EXTRA_BUNDLES[name] ?? path.join('actions', name, 'index.ts'), outDir);
      console.log(`bundled ${path.relative(ROOT, outDir) || outDir}/index.js`);
    }),
  );
}

if (process.argv[1] && path.resolve(process.argv[1]).endsWith('build.ts')) {
  const out = path.resolve(arg('--out') ?? path.join(ROOT, 'dist'));
  const only = arg('--only')?.split(',');
  build(out, !process.argv.includes('--no-typecheck'), only).catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
