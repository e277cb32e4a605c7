import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { UserError } from '../errors.js';

const GLOB_CHARS = /[*?[{]/;

/**
 * Expands paths and globs to a sorted list of files. Supports `*` and `?`
 * within a path segment, `[abc]` classes, `{a,b}` alternatives and `**` for
 * any depth. Hidden entries are matched only by a pattern that names the
 * dot; symbolic-link loops are avoided by not following links under `**`.
 */
export async function expandPaths(patterns: string | readonly string[], cwd = process.cwd()): Promise<string[]> {
  const list = typeof patterns === 'string' ? [patterns] : patterns;
  const found = new Set<string>();
  for (const raw of list) {
    const pattern = raw.trim();
    if (pattern === '') continue;
    if (!GLOB_CHARS.test(pattern)) {
      const file = path.resolve(cwd, pattern);
      const info = await stat(file).catch(() => undefined);
      if (!info)
        throw new UserError(`Data file not found: ${pattern} (looked at ${file}).`, { location: { file: pattern } });
      if (!info.isFile()) throw new UserError(`${pattern} is not a file.`, { location: { file: pattern } });
      found.add(file);
      continue;
    }
    const matches = await expandGlob(path.resolve(cwd, pattern));
    if (matches.length === 0)
      throw new UserError(`No file matches the pattern ${pattern}.`, { location: { file: pattern } });
    for (const match of matches) found.add(match);
  }
  if (found.size === 0) throw new UserError('No data file was given.');
  return [...found].sort();
}

async function expandGlob(absolute: string): Promise<string[]> {
  const { root } = path.parse(absolute);
  const segments = absolute
    .slice(root.length)
    .split(/[\\/]+/)
    .filter((s) => s !== '');
  const fixed: string[] = [];
  while (segments.length > 0 && !GLOB_CHARS.test(segments[0]!)) fixed.push(segments.shift()!);
  const base = path.join(root, ...fixed);
  const results: string[] = [];
  await walk(base, segments.map(segmentMatcher), results);
  return results;
}

type Matcher = { any: true } | { any: false; regex: RegExp; dot: boolean };

function segmentMatcher(segment: string): Matcher {
  if (segment === '**') return { any: true };
  return { any: false, regex: globToRegex(segment), dot: segment.startsWith('.') };
}

async function walk(dir: string, matchers: Matcher[], results: string[]): Promise<void> {
  const [head, ...rest] = matchers;
  if (!head) {
    const info = await stat(dir).catch(() => undefined);
    if (info?.isFile()) results.push(dir);
    return;
  }
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
  if (head.any) {
    await walk(dir, rest, results); // ** matches zero segments
    for (const entry of entries) {
      if (entry.name.startsWith('.') || !entry.isDirectory()) continue;
      await walk(path.join(dir, entry.name), matchers, results);
    }
    return;
  }
  for (const entry of entries) {
    if (entry.name.startsWith('.') && !head.dot) continue;
    if (!head.regex.test(entry.name)) continue;
    const next = path.join(dir, entry.name);
    if (rest.length === 0) {
      if (entry.isFile() || (entry.isSymbolicLink() && (await stat(next).catch(() => undefined))?.isFile()))
        results.push(next);
    } else if (entry.isDirectory() || entry.isSymbolicLink()) {
      await walk(next, rest, results);
    }
  }
}

/** One path segment of a glob as an anchored regular expression. */
export function globToRegex(segment: string): RegExp {
  let out = '';
  for (let i = 0; i < segment.length; i++) {
    const c = segment[i]!;
    if (c === '*') out += '[^/]*';
    else if (c === '?') out += '[^/]';
    else if (c === '[') {
      const close = segment.indexOf(']', i + 1);
      if (close === -1) out += '\\[';
      else {
        let body = segment.slice(i + 1, close);
        if (body.startsWith('!')) body = `^${body.slice(1)}`;
        out += `[${body.replace(/\\/g, '\\\\')}]`;
        i = close;
      }
    } else if (c === '{') {
      const close = segment.indexOf('}', i + 1);
      if (close === -1) out += '\\{';
      else {
        const options = segment
          .slice(i + 1, close)
          .split(',')
          .map((o) =>
            o
              .replace(/[.+^$()|\\]/g, '\\$&')
              .replace(/\*/g, '[^/]*')
              .replace(/\?/g, '[^/]'),
          );
        out += `(?:${options.join('|')})`;
        i = close;
      }
    } else out += c.replace(/[.+^$()|\\\]}]/g, '\\$&');
  }
  return new RegExp(`^${out}$`);
}
