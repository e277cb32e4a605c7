import { lstat, readdir, readFile, readlink } from 'node:fs/promises';
import path from 'node:path';
import dockerignore from '@balena/dockerignore';

/** One file of the build context, as it will appear in the tar. */
export interface ContextFile {
  /** Path inside the context, forward slashes, no leading `./`. */
  readonly name: string;
  readonly kind: 'file' | 'symlink';
  /** Where to read it from (files only). */
  readonly source?: string;
  /** Bytes in memory (generated files: a template's Dockerfile and server). */
  readonly content?: Buffer;
  readonly size: number;
  readonly executable: boolean;
  /** Link target (symlinks only), sent as is: the engine resolves links inside the context. */
  readonly target?: string;
}

/**
 * Lists the build context the way the docker CLI sends it: every file under
 * `root` not excluded by `.dockerignore`, sorted by path so the tar and the
 * content hash are the same on every machine. The Dockerfile and
 * .dockerignore are always sent, as the CLI does, even when ignored.
 */
export async function listContextFiles(
  root: string,
  alwaysInclude: readonly string[] = [],
  excludeFolders: readonly string[] = [],
): Promise<ContextFile[]> {
  const excluded = new Set(excludeFolders.map(toPosix));
  const patterns = await readDockerignore(root);
  const ignore = dockerignore({ ignorecase: false }).add(patterns);
  // With a `!` exception an ignored folder may still hold included files, so it must be walked.
  const hasExceptions = patterns.some((line) => line.trim().startsWith('!'));
  const keep = new Set(['.dockerignore', ...alwaysInclude.map(toPosix)]);
  const files: ContextFile[] = [];

  async function walk(dir: string): Promise<void> {
    const entries = await readdir(path.join(root, dir), { withFileTypes: true });
    for (const entry of entries) {
      const name = dir === '' ? entry.name : `${dir}/${entry.name}`;
      const ignored = ignore.ignores(name) && !keep.has(name);
      if (entry.isDirectory()) {
        if (excluded.has(name)) continue;
        if (!ignored || hasExceptions) await walk(name);
        continue;
      }
      if (ignored) continue;
      const absolute = path.join(root, name);
      const stat = await lstat(absolute);
      if (stat.isSymbolicLink()) {
        files.push({ name, kind: 'symlink', size: 0, executable: false, target: await readlink(absolute) });
      } else if (stat.isFile()) {
        files.push({ name, kind: 'file', source: absolute, size: stat.size, executable: (stat.mode & 0o111) !== 0 });
      }
      // Sockets, fifos and devices are skipped, as the docker CLI does.
    }
  }

  await walk('');
  return files.sort((a, b) => compareNames(a.name, b.name));
}

/** A generated file placed in the context without touching the user's folder. */
export function generatedFile(name: string, content: string | Buffer, executable = false): ContextFile {
  const bytes = Buffer.isBuffer(content) ? content : Buffer.from(content, 'utf8');
  return { name, kind: 'file', content: bytes, size: bytes.length, executable };
}

/** A file outside the context (a Dockerfile or model elsewhere) sent under another name. */
export async function externalFile(name: string, source: string): Promise<ContextFile> {
  const stat = await lstat(source);
  return { name, kind: 'file', source, size: stat.size, executable: (stat.mode & 0o111) !== 0 };
}

/** Merges extra files into a listing, replacing same-named ones, keeping the order stable. */
export function withFiles(files: readonly ContextFile[], extra: readonly ContextFile[]): ContextFile[] {
  const names = new Set(extra.map((file) => file.name));
  return [...files.filter((file) => !names.has(file.name)), ...extra].sort((a, b) => compareNames(a.name, b.name));
}

/** Byte order, not locale order: the same on every machine. */
function compareNames(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

async function readDockerignore(root: string): Promise<string[]> {
  try {
    return (await readFile(path.join(root, '.dockerignore'), 'utf8')).split(/\r?\n/);
  } catch {
    return [];
  }
}

export function toPosix(relative: string): string {
  return relative.split(path.sep).join('/').replace(/^\.\//, '');
}
