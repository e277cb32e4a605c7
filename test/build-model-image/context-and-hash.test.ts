import { createHash } from 'node:crypto';
import { chmodSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { extract } from 'tar-stream';
import { describe, expect, it } from 'vitest';
import { contentHash, pathSha256 } from '../../actions/build-model-image/content-hash.js';
import {
  generatedFile,
  listContextFiles,
  withFiles,
  type ContextFile,
} from '../../actions/build-model-image/context-files.js';
import { contextTar } from '../../actions/build-model-image/context-tar.js';
import { writeTree } from './helpers.js';

async function untar(
  files: readonly ContextFile[],
): Promise<{ name: string; mode: number; body: string; mtime: number }[]> {
  const out: { name: string; mode: number; body: string; mtime: number }[] = [];
  const parser = extract();
  parser.on('entry', (header, stream, next) => {
    const chunks: Buffer[] = [];
    stream.on('data', (chunk: unknown) => {
      chunks.push(chunk as Buffer);
    });
    stream.on('end', () => {
      out.push({
        name: header.name,
        mode: header.mode ?? 0,
        body: Buffer.concat(chunks).toString('utf8'),
        mtime: header.mtime?.getTime() ?? -1,
      });
      next();
    });
  });
  const done = new Promise((resolve, reject) => {
    parser.on('finish', () => resolve(undefined));
    parser.on('error', reject);
  });
  for await (const chunk of contextTar(files) as AsyncIterable<Buffer>) parser.write(chunk);
  parser.end(() => undefined);
  await done;
  return out;
}

describe('listContextFiles', () => {
  it('honours .dockerignore (globs, folders, ! exceptions), keeps the Dockerfile, sorts by byte order', async () => {
    const root = writeTree({
      Dockerfile: 'FROM x\n',
      '.dockerignore': 'Dockerfile\n*.log\ndata/\n!data/keep.csv\n.git\n**/__pycache__\n',
      'b.py': 'b',
      'B.py': 'B',
      'debug.log': 'x',
      'data/big.csv': 'x',
      'data/keep.csv': 'k',
      '.git/HEAD': 'ref',
      'pkg/__pycache__/m.pyc': 'x',
      'pkg/m.py': 'm',
    });
    const names = (await listContextFiles(root, ['Dockerfile'])).map((file) => file.name);
    expect(names).toEqual(['.dockerignore', 'B.py', 'Dockerfile', 'b.py', 'data/keep.csv', 'pkg/m.py']);
  });

  it("leaves out the action's own report folder, whose files change on every run", async () => {
    const root = writeTree({ 'model.bin': 'w', 'ml-actions-report/build-model-image/report.json': '{}' });
    const names = (await listContextFiles(root, [], ['ml-actions-report/build-model-image'])).map((file) => file.name);
    expect(names).toEqual(['model.bin']);
  });

  it('sends symlinks as links and records the executable bit', async () => {
    const root = writeTree({ 'run.sh': '#!/bin/sh\n', 'model.bin': 'w' });
    chmodSync(path.join(root, 'run.sh'), 0o755);
    symlinkSync('model.bin', path.join(root, 'current'));
    const files = await listContextFiles(root);
    expect(files.find((f) => f.name === 'current')).toMatchObject({ kind: 'symlink', target: 'model.bin' });
    expect(files.find((f) => f.name === 'run.sh')?.executable).toBe(true);
    expect(files.find((f) => f.name === 'model.bin')?.executable).toBe(false);
  });
});

describe('contextTar', () => {
  it('streams files and generated entries with normalised headers', async () => {
    const root = writeTree({ 'a.txt': 'alpha', 'dir/b.txt': 'beta' });
    const files = withFiles(await listContextFiles(root), [generatedFile('.ml-actions/Dockerfile', 'FROM x\n')]);
    const entries = await untar(files);
    expect(entries.map((e) => [e.name, e.body])).toEqual([
      ['.ml-actions/Dockerfile', 'FROM x\n'],
      ['a.txt', 'alpha'],
      ['dir/b.txt', 'beta'],
    ]);
    expect(new Set(entries.map((e) => e.mtime))).toEqual(new Set([Date.parse('2000-01-01T00:00:00Z')]));
    expect(entries.every((e) => e.mode === 0o644)).toBe(true);
  });
});

describe('contentHash', () => {
  const base = { dockerfile: 'Dockerfile', buildArgs: { A: '1', B: '2' } };

  it('is the same for the same content wherever it lives and whatever the file times', async () => {
    const one = writeTree({ Dockerfile: 'FROM x\n', 'model.bin': 'w1' });
    const two = writeTree({ Dockerfile: 'FROM x\n', 'model.bin': 'w1' });
    writeFileSync(path.join(two, 'model.bin'), 'w1');
    const a = await contentHash({ ...base, files: await listContextFiles(one) });
    const b = await contentHash({ ...base, files: await listContextFiles(two), buildArgs: { B: '2', A: '1' } });
    expect(a.hash).toBe(b.hash);
    expect(a.tag).toBe(`ch-${a.hash.slice(0, 24)}`);
    expect(a.fileHashes.get('model.bin')).toBe(createHash('sha256').update('w1').digest('hex'));
  });

  it.each([
    ['a file content', { file: 'w2' }],
    ['a build arg', { arg: '3' }],
    ['the target', { target: 'serve' }],
    ['the platform', { platform: 'linux/arm64' }],
    ['the Dockerfile path', { dockerfile: 'other/Dockerfile' }],
  ])(
    'changes with %s',
    async (_name, change: { file?: string; arg?: string; target?: string; platform?: string; dockerfile?: string }) => {
      const root = writeTree({ Dockerfile: 'FROM x\n', 'model.bin': 'w1' });
      const reference = await contentHash({ ...base, files: await listContextFiles(root) });
      if (change.file) writeFileSync(path.join(root, 'model.bin'), change.file);
      const changed = await contentHash({
        files: await listContextFiles(root),
        dockerfile: change.dockerfile ?? base.dockerfile,
        buildArgs: change.arg ? { ...base.buildArgs, A: change.arg } : base.buildArgs,
        target: change.target,
        platform: change.platform,
      });
      expect(changed.hash).not.toBe(reference.hash);
    },
  );

  it('hashes a model folder from its sorted file paths and hashes', async () => {
    const one = writeTree({ MLmodel: 'flavors: {}', 'data/model.pkl': 'p' });
    const two = writeTree({ 'data/model.pkl': 'p', MLmodel: 'flavors: {}' });
    const a = await pathSha256(one);
    expect(a).toEqual(await pathSha256(two));
    expect(a.files).toBe(2);
    writeFileSync(path.join(two, 'data/model.pkl'), 'q');
    expect((await pathSha256(two)).sha256).not.toBe(a.sha256);
  });

  it('takes the hashes the content hash already read instead of reading the model again', async () => {
    const root = writeTree({ Dockerfile: 'FROM x\n', 'model.bin': 'w1', 'm/MLmodel': 'f', 'm/model.pkl': 'p' });
    const hashed = await contentHash({ ...base, files: await listContextFiles(root) });
    const model = path.join(root, 'model.bin');
    expect(hashed.sourceHashes.get(model)).toBe(createHash('sha256').update('w1').digest('hex'));
    expect(await pathSha256(model, hashed.sourceHashes)).toEqual(await pathSha256(model));
    expect(await pathSha256(path.join(root, 'm'), hashed.sourceHashes)).toEqual(await pathSha256(path.join(root, 'm')));
    // A known hash is used as is: the file is not read.
    const known = new Map([[model, 'f'.repeat(64)]]);
    expect((await pathSha256(model, known)).sha256).toBe('f'.repeat(64));
  });
});
