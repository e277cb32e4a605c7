/**
 * Reads the `manifests` input: files, folders (every .yaml/.yml/.json inside,
 * sorted) and globs, each file holding one or more YAML documents. Every
 * object keeps its file and line so errors and substitutions can point at it.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { glob } from 'tinyglobby';
import { LineCounter, parseAllDocuments, type Document } from 'yaml';
import { UserError } from '../shared/errors.js';
import type { KubeObject } from '../shared/kube/types.js';

export interface LoadedManifest {
  object: KubeObject;
  readonly file: string;
  readonly line: number;
  /** The parsed document, to find the line of a field (an image) later. */
  readonly document?: Document.Parsed;
  readonly lineCounter?: LineCounter;
  /** Path of this object inside the document (a `kind: List` item). */
  readonly basePath: readonly (string | number)[];
}

const MANIFEST = /\.(ya?ml|json)$/i;
const GLOB = /[*?[\]{}]/;

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((entry) => {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) return walk(full);
      return MANIFEST.test(entry.name) ? [full] : [];
    });
}

/** Expands the patterns into files, in the order given, each once. */
export async function resolveManifestFiles(patterns: readonly string[], workDir: string): Promise<string[]> {
  const files: string[] = [];
  for (const pattern of patterns) {
    const absolute = path.resolve(workDir, pattern);
    let found: string[];
    if (GLOB.test(pattern)) {
      found = (await glob(pattern, { cwd: workDir, absolute: true, onlyFiles: true }))
        .filter((f) => MANIFEST.test(f))
        .sort();
      if (found.length === 0)
        throw new UserError(
          `Input 'manifests': the glob '${pattern}' matched no .yaml, .yml or .json file under ${workDir}.`,
        );
    } else if (!existsSync(absolute)) {
      throw new UserError(`Input 'manifests': nothing at '${pattern}' (resolved to ${absolute}).`, {
        hint: 'Paths are relative to the working directory; check out the repository first.',
      });
    } else if (statSync(absolute).isDirectory()) {
      found = walk(absolute);
      if (found.length === 0)
        throw new UserError(`Input 'manifests': the folder '${pattern}' holds no .yaml, .yml or .json file.`);
    } else {
      found = [absolute];
    }
    for (const file of found) if (!files.includes(file)) files.push(file);
  }
  return files;
}

function asObject(value: unknown, file: string, line: number): KubeObject {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new UserError(`${file}:${line}: a manifest must be a mapping with apiVersion, kind and metadata.`, {
      location: { file, line },
    });
  }
  const object = value as KubeObject;
  if (typeof object.apiVersion !== 'string' || typeof object.kind !== 'string') {
    throw new UserError(`${file}:${line}: the document has no apiVersion or kind.`, { location: { file, line } });
  }
  if (typeof object.metadata !== 'object' || object.metadata === null || typeof object.metadata.name !== 'string') {
    throw new UserError(`${file}:${line}: ${object.kind} has no metadata.name.`, { location: { file, line } });
  }
  return object;
}

export function parseManifestText(text: string, file: string): LoadedManifest[] {
  const lineCounter = new LineCounter();
  const out: LoadedManifest[] = [];
  for (const document of parseAllDocuments(text, { lineCounter, prettyErrors: false })) {
    if (!('errors' in document)) continue;
    const [error] = document.errors;
    if (error) {
      const pos = lineCounter.linePos(error.pos[0]);
      throw new UserError(`${file}:${pos.line}:${pos.col}: invalid YAML: ${error.message.split('\n')[0]}`, {
        location: { file, line: pos.line, column: pos.col },
      });
    }
    const value: unknown = document.toJS({ maxAliasCount: 100 });
    if (value === null || value === undefined) continue;
    const line = lineCounter.linePos(document.contents?.range[0] ?? 0).line;
    const raw = value as { kind?: unknown; items?: unknown };
    if (raw.kind === 'List' && Array.isArray(raw.items)) {
      raw.items.forEach((item, index) =>
        out.push({ object: asObject(item, file, line), file, line, document, lineCounter, basePath: ['items', index] }),
      );
    } else {
      out.push({ object: asObject(value, file, line), file, line, document, lineCounter, basePath: [] });
    }
  }
  return out;
}

export async function loadManifests(patterns: readonly string[], workDir: string): Promise<LoadedManifest[]> {
  const files = await resolveManifestFiles(patterns, workDir);
  const manifests = files.flatMap((file) =>
    parseManifestText(readFileSync(file, 'utf8'), path.relative(workDir, file) || file),
  );
  if (manifests.length === 0)
    throw new UserError(`Input 'manifests': the files hold no Kubernetes objects (${files.join(', ')}).`);
  return manifests;
}

/** The line of a field inside a loaded manifest, when it came from a file. */
export function lineOf(manifest: LoadedManifest, fieldPath: readonly (string | number)[]): number {
  const node = manifest.document?.getIn([...manifest.basePath, ...fieldPath], true) as
    { range?: [number, number, number] } | undefined;
  if (!node?.range || !manifest.lineCounter) return manifest.line;
  return manifest.lineCounter.linePos(node.range[0]).line;
}
