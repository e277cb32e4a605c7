import { readFile } from 'node:fs/promises';
import { gunzipSync } from 'node:zlib';
import { asyncBufferFromFile, parquetMetadataAsync, parquetRead, parquetSchema, type AsyncBuffer } from 'hyparquet';
import { compressors } from 'hyparquet-compressors';
import { UserError } from '../errors.js';
import type { CellOrigin, ColumnBuilder } from './column-builder.js';
import type { TableBuilder } from './table-builder.js';

/**
 * Reads Parquet with hyparquet (pure JavaScript, no native build, maintained,
 * reads column chunks straight into typed arrays) plus hyparquet-compressors
 * for gzip/zstd/brotli/lz4 pages. Values arrive column by column per row
 * group; the sampling slot of every row is fixed before reading, so each
 * column writes its rows independently.
 */
export async function readParquet(
  file: string,
  gzip: boolean,
  table: TableBuilder,
): Promise<{ header: string[]; rows: number }> {
  let buffer: AsyncBuffer;
  try {
    buffer = gzip ? toAsyncBuffer(gunzipSync(await readFile(file))) : await asyncBufferFromFile(file);
  } catch (error) {
    throw new UserError(`${file} could not be read: ${(error as Error).message}`, { location: { file } });
  }
  let metadata;
  try {
    metadata = await parquetMetadataAsync(buffer);
  } catch (error) {
    throw new UserError(`${file} is not a readable Parquet file: ${(error as Error).message}`, { location: { file } });
  }
  const header = parquetSchema(metadata).children.map((child) => child.element.name);
  const rows = Number(metadata.num_rows);
  if (rows === 0) throw new UserError(`${file} has no data rows.`, { location: { file } });
  const slots = new Int32Array(rows);
  for (let i = 0; i < rows; i++) slots[i] = table.nextSlot();
  const builders = new Map<string, ColumnBuilder>();
  for (const name of header) {
    const builder = table.column(name);
    if (builder) builders.set(name, builder);
  }
  const origin: CellOrigin = { file, line: 0, column: 0 };
  try {
    // One column of one row group at a time: hyparquet holds a whole read in JavaScript
    // arrays, so memory stays at one column chunk's values, whatever the row groups' size.
    let groupStart = 0;
    for (const group of metadata.row_groups) {
      const groupEnd = groupStart + Number(group.num_rows);
      const first = groupStart;
      for (const [name, builder] of builders) {
        await parquetRead({
          file: buffer,
          metadata,
          columns: [name],
          compressors,
          rowStart: first,
          rowEnd: groupEnd,
          onChunk: ({ columnData, rowStart, rowEnd }) => {
            const from = Math.max(rowStart, first);
            const to = Math.min(rowEnd, groupEnd);
            for (let row = from; row < to; row++) {
              const slot = slots[row]!;
              if (slot >= 0) setValue(builder, slot, columnData[row - rowStart], origin);
            }
          },
        });
      }
      groupStart = groupEnd;
    }
  } catch (error) {
    if (error instanceof UserError) throw error;
    throw new UserError(`${file} is not a readable Parquet file: ${(error as Error).message}`, { location: { file } });
  }
  return { header, rows };
}

function setValue(builder: ColumnBuilder, slot: number, value: unknown, origin: CellOrigin): void {
  if (value === null || value === undefined) builder.setMissing(slot);
  else if (typeof value === 'number') builder.setNumber(slot, value, origin);
  else if (typeof value === 'bigint') builder.setNumber(slot, Number(value), origin);
  else if (typeof value === 'string') builder.setText(slot, value, origin);
  else if (typeof value === 'boolean') builder.setText(slot, String(value), origin);
  else if (value instanceof Date) builder.setNumber(slot, value.getTime(), origin);
  else
    builder.setText(
      slot,
      JSON.stringify(value, (_k, v: unknown) => (typeof v === 'bigint' ? Number(v) : v)),
      origin,
    );
}

function toAsyncBuffer(bytes: Buffer): AsyncBuffer {
  const copy = new Uint8Array(bytes).buffer;
  return { byteLength: copy.byteLength, slice: (start: number, end?: number) => copy.slice(start, end) };
}
