import { createHash } from 'node:crypto';
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { fileSha256 } from '../shared/report/file-sha256.js';
import type { ContextFile } from './context-files.js';

/** Bumped when what the hash covers changes, so old `ch-` tags are never reused by mistake. */
export const CONTENT_HASH_VERSION = 'ml-actions/content-hash/v1';

export interface HashInputs {
  /** Every file sent to the engine, the Dockerfile included. */
  readonly files: readonly ContextFile[];
  /** Path of the Dockerfile inside the context. */
  readonly dockerfile: string;
  readonly buildArgs: Readonly<Record<string, string>>;
  readonly target?: string;
  readonly platform?: string;
}

export interface ContentHash {
  /** Full sha256, hex. */
  readonly hash: string;
  /** The registry tag that stands for this content: `ch-` and the first 24 hex digits (96 bits). */
  readonly tag: string;
  /** sha256 of each file, by context path, for the report. */
  readonly fileHashes: ReadonlyMap<string, string>;
  /** sha256 of each file read from disk, by absolute source path (for the lineage hashes). */
  readonly sourceHashes: ReadonlyMap<string, string>;
}

/**
 * A hash of what decides the image: the Dockerfile, every context file (path,
 * executable bit, content), the build args, target and platform. Labels are
 * left out on purpose: they carry the commit and build time, and the same
 * content built from another commit must be recognised as the same image.
 */
export async function contentHash(inputs: HashInputs): Promise<ContentHash> {
  const hash = createHash('sha256');
  const fileHashes = new Map<string, string>();
  const sourceHashes = new Map<string, string>();
  hash.update(`${CONTENT_HASH_VERSION}\n`);
  hash.update(`dockerfile ${JSON.stringify(inputs.dockerfile)}\n`);
  for (const file of inputs.files) {
    if (file.kind === 'symlink') {
      hash.update(`link ${JSON.stringify(file.name)} ${JSON.stringify(file.target ?? '')}\n`);
      continue;
    }
    const digest = file.content
      ? createHash('sha256').update(file.content).digest('hex')
      : await fileSha256(file.source ?? '');
    fileHashes.set(file.name, digest);
    if (!file.content && file.source) sourceHashes.set(path.resolve(file.source), digest);
    hash.update(`file ${JSON.stringify(file.name)} ${file.executable ? 'x' : '-'} ${digest}\n`);
  }
  for (const name of Object.keys(inputs.buildArgs).sort()) {
    hash.update(`arg ${JSON.stringify(name)} ${JSON.stringify(inputs.buildArgs[name])}\n`);
  }
  hash.update(`target ${JSON.stringify(inputs.target ?? '')}\n`);
  hash.update(`platform ${JSON.stringify(inputs.platform ?? '')}\n`);
  const hex = hash.digest('hex');
  return { hash: hex, tag: `ch-${hex.slice(0, 24)}`, fileHashes, sourceHashes };
}

/**
 * The sha256 of a file, or of a folder as the sorted list of its files' paths
 * and hashes (an MLflow model). `known` maps absolute paths to hashes already
 * taken (the content hash's), so a 200 MB model is read once per run.
 */
export async function pathSha256(
  target: string,
  known: ReadonlyMap<string, string> = new Map(),
): Promise<{ sha256: string; bytes: number; files: number }> {
  // A file the content hash already read (by absolute path) is not read a second time.
  const sha = async (file: string): Promise<string> => known.get(path.resolve(file)) ?? fileSha256(file);
  const info = await stat(target);
  if (!info.isDirectory()) return { sha256: await sha(target), bytes: info.size, files: 1 };
  const entries: string[] = [];
  let bytes = 0;
  const walk = async (dir: string): Promise<void> => {
    for (const entry of (await readdir(dir, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) await walk(full);
      else if (entry.isFile()) {
        bytes += (await stat(full)).size;
        entries.push(`${path.relative(target, full).split(path.sep).join('/')} ${await sha(full)}`);
      }
    }
  };
  await walk(target);
  return { sha256: createHash('sha256').update(entries.join('\n')).digest('hex'), bytes, files: entries.length };
}
