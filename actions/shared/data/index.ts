/**
 * The one data reader of ml-actions: CSV, TSV, JSON Lines and Parquet (each
 * optionally gzip-compressed), one streaming pass per file, values straight
 * into typed arrays. See docs/check-data-drift.md#reading-data for the rules.
 */
import { createHash, type Hash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import path from 'node:path';
import { createGunzip } from 'node:zlib';
import { UserError } from '../errors.js';
import { hashFileInto } from '../report/file-sha256.js';
import { FileSource, iterableSource } from './chunk-source.js';
import { readDelimited } from './delimited-reader.js';
import { expandPaths } from './glob.js';
import { readJsonLines } from './jsonl-reader.js';
import { readParquet } from './parquet-reader.js';
import { TableBuilder } from './table-builder.js';
import type { DataFormat, DataSource, DistributionColumn, ReadOptions, Table } from './types.js';

export type * from './types.js';
export { MISSING_TOKENS } from './tokens.js';
export { expandPaths } from './glob.js';

/** Default cap on rows kept per table: 5 million rows read in full. */
export const DEFAULT_MAX_ROWS = 5_000_000;
export const DEFAULT_SEED = 42;
const CHUNK = 1 << 20;

const EXTENSIONS: Record<string, DataFormat> = {
  '.csv': 'csv',
  '.tsv': 'tsv',
  '.tab': 'tsv',
  '.jsonl': 'jsonl',
  '.ndjson': 'jsonl',
  '.json': 'jsonl',
  '.parquet': 'parquet',
  '.pq': 'parquet',
};

/** The format named by a file's extension (a trailing `.gz` is looked through). */
export function formatFromPath(file: string): { format: DataFormat | undefined; gzip: boolean } {
  let name = file.toLowerCase();
  const gzip = name.endsWith('.gz');
  if (gzip) name = name.slice(0, -3);
  return { format: EXTENSIONS[path.extname(name)], gzip };
}

/** Reads a table: every column holds one value per row, in row order. */
export async function readTable(pathOrGlob: string | readonly string[], options: ReadOptions = {}): Promise<Table> {
  // Without counting every column is a Column (ColumnBuilder gives a CountedColumn only when counting).
  return (await read(pathOrGlob, options, false)) as Table;
}

/**
 * Reads a table for its columns' distributions, not its rows (the drift
 * check): a numeric column of plain decimals comes back as counts on its
 * grid, and other columns' values may be in any order (see DistributionColumn).
 * Less memory and time than readTable; the same values and sampling.
 */
export function readDistributions(
  pathOrGlob: string | readonly string[],
  options: ReadOptions = {},
): Promise<Table<DistributionColumn>> {
  return read(pathOrGlob, options, true);
}

async function read(
  pathOrGlob: string | readonly string[],
  options: ReadOptions,
  counting: boolean,
): Promise<Table<DistributionColumn>> {
  const files = await expandPaths(pathOrGlob);
  const maxRows = options.maxRows ?? DEFAULT_MAX_ROWS;
  const seed = options.seed ?? DEFAULT_SEED;
  const builder = new TableBuilder({ ...options, maxRows, seed, counting });
  const sources: DataSource[] = [];
  let firstHeader: { file: string; names: readonly string[] } | undefined;
  for (const file of files) {
    const relative = path.relative(process.cwd(), file);
    const shown = relative === '' || relative.startsWith('..') || path.isAbsolute(relative) ? file : relative;
    const named = formatFromPath(file);
    // A gzip file is recognised by its magic bytes too, whatever its name.
    const detected = { ...named, gzip: named.gzip || (await startsWithGzipMagic(file)) };
    const format = options.format ?? detected.format;
    if (!format) {
      throw new UserError(`Cannot tell the format of ${shown} from its extension.`, {
        location: { file: shown },
        hint: "Use .csv, .tsv, .jsonl or .parquet (optionally .gz), or set the 'format' input.",
      });
    }
    const info = await stat(file);
    if (info.size === 0) throw new UserError(`${shown} is empty (0 bytes).`, { location: { file: shown } });
    const hash = createHash('sha256');
    let header: readonly string[] | undefined;
    let rows: number;
    if (format === 'parquet') {
      // Hashed first, on its own read of the file: hyparquet reads by ranges, not as one stream to hash on the way.
      await hashFileInto(file, hash);
      const result = await readParquet(file, detected.gzip, builder);
      header = result.header;
      rows = result.rows;
    } else if (format === 'jsonl') {
      rows = (await readJsonLines(openChunks(file, detected.gzip, hash, shown), shown, builder)).rows;
    } else {
      // A plain file is read into one reused buffer; a gzip file through the gunzip stream.
      const source = detected.gzip
        ? iterableSource(openChunks(file, true, hash, shown))
        : new FileSource(file, hash, CHUNK);
      const result = await readDelimited(
        source,
        shown,
        format === 'tsv' ? 0x09 : 0x2c,
        builder,
        detected.gzip ? undefined : info.size,
      );
      header = result.header;
      rows = result.rows;
    }
    if (header) {
      if (firstHeader) checkSameColumns(firstHeader, { file: shown, names: header });
      else firstHeader = { file: shown, names: header };
    }
    sources.push({ path: shown, format, sha256: hash.digest('hex'), bytes: info.size, gzip: detected.gzip, rows });
    options.logger?.debug(
      `Read ${rows} rows from ${shown} (${format}${detected.gzip ? ', gzip' : ''}, ${info.size} bytes).`,
    );
  }
  const notes: string[] = [];
  const columns = builder.finish(options.strayTolerance ?? 0.05, notes);
  const sampled = builder.sampled;
  if (sampled) {
    notes.push(
      `${sampled.from} rows were read; a uniform random sample of ${builder.rowCount} rows (seed ${seed}) was kept because of max-rows.`,
    );
  }
  for (const note of notes) options.logger?.warning(note);
  return makeTable(sources, builder.rowCount, columns, notes, sampled);
}

function makeTable(
  sources: DataSource[],
  rowCount: number,
  columns: DistributionColumn[],
  notes: string[],
  sampled: { from: number; seed: number } | undefined,
): Table<DistributionColumn> {
  const byName = new Map(columns.map((column) => [column.name, column]));
  return { sources, rowCount, columns, notes, ...(sampled ? { sampled } : {}), column: (name) => byName.get(name) };
}

/** The file's bytes (decompressed when gzip) in large chunks, hashing the bytes as stored on the way. */
async function* openChunks(file: string, gzip: boolean, hash: Hash, shown: string): AsyncGenerator<Buffer> {
  const raw = createReadStream(file, { highWaterMark: CHUNK });
  if (!gzip) {
    for await (const chunk of raw) {
      hash.update(chunk as Buffer);
      yield chunk as Buffer;
    }
    return;
  }
  raw.on('data', (chunk) => hash.update(chunk as Buffer));
  const gunzip = createGunzip({ chunkSize: CHUNK });
  raw.pipe(gunzip);
  raw.on('error', (error) => gunzip.destroy(error));
  try {
    for await (const chunk of gunzip) yield chunk as Buffer;
  } catch (error) {
    if (error instanceof UserError) throw error;
    throw new UserError(`${shown} is not a valid gzip file: ${(error as Error).message}`, {
      location: { file: shown },
    });
  }
}

function checkSameColumns(
  first: { file: string; names: readonly string[] },
  next: { file: string; names: readonly string[] },
): void {
  const a = new Set(first.names);
  const b = new Set(next.names);
  const missing = first.names.filter((n) => !b.has(n));
  const extra = next.names.filter((n) => !a.has(n));
  if (missing.length > 0 || extra.length > 0) {
    throw new UserError(
      `${next.file} does not have the same columns as ${first.file}${missing.length ? `; missing: ${missing.join(', ')}` : ''}${extra.length ? `; extra: ${extra.join(', ')}` : ''}.`,
      { location: { file: next.file, line: 1 } },
    );
  }
}

async function startsWithGzipMagic(file: string): Promise<boolean> {
  const handle = await open(file, 'r');
  try {
    const head = Buffer.alloc(2);
    const { bytesRead } = await handle.read(head, 0, 2, 0);
    return bytesRead === 2 && head[0] === 0x1f && head[1] === 0x8b;
  } finally {
    await handle.close();
  }
}
