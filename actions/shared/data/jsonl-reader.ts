import { UserError } from '../errors.js';
import type { CellOrigin, ColumnBuilder } from './column-builder.js';
import type { TableBuilder } from './table-builder.js';

const LF = 0x0a;
const UTF8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Reads JSON Lines: one JSON object per line, keys are columns. Each line is
 * parsed by the runtime's JSON.parse (V8's native parser, faster than any
 * JavaScript library and kept by the runtime itself); the object is dropped
 * at once. A key first seen late makes a column whose earlier rows are missing.
 */
export async function readJsonLines(
  chunks: AsyncIterable<Buffer>,
  file: string,
  table: TableBuilder,
): Promise<{ rows: number }> {
  let carry: Buffer | undefined;
  let line = 0;
  let rows = 0;
  const known: ColumnBuilder[] = [];
  const knownNames = new Set<string>();
  let stamp = 0;
  const seenIn = new Map<ColumnBuilder, number>();

  const handle = (buf: Buffer, start: number, end: number): void => {
    line++;
    if (end > start && buf[end - 1] === 0x0d) end--;
    let text: string;
    try {
      text = UTF8.decode(buf.subarray(start, end));
    } catch {
      throw new UserError(`${file}:${line}: the line holds bytes that are not valid UTF-8.`, {
        location: { file, line },
      });
    }
    if (line === 1 && text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    if (text.trim() === '') return;
    let row: unknown;
    try {
      row = JSON.parse(text);
    } catch (error) {
      const position = /position (\d+)/.exec(String(error))?.[1];
      const column = position === undefined ? undefined : Number(position) + 1;
      throw new UserError(
        `${file}:${line}: not valid JSON${column ? ` (column ${column})` : ''}: ${(error as Error).message}`,
        {
          location: { file, line, ...(column ? { column } : {}) },
        },
      );
    }
    if (row === null || typeof row !== 'object' || Array.isArray(row)) {
      throw new UserError(
        `${file}:${line}: each line of a JSON Lines file must be an object ({"column": value, ...}).`,
        {
          location: { file, line, column: 1 },
        },
      );
    }
    rows++;
    const slot = table.nextSlot();
    if (slot < 0) return;
    stamp++;
    const origin: CellOrigin = { file, line, column: 1 };
    for (const [key, value] of Object.entries(row)) {
      const builder = table.column(key);
      if (!builder) continue;
      if (!knownNames.has(key)) {
        knownNames.add(key);
        known.push(builder);
      }
      seenIn.set(builder, stamp);
      setValue(builder, slot, value, origin);
    }
    // A key absent from this row is missing here (the slot may hold an older sampled row).
    for (const builder of known) if (seenIn.get(builder) !== stamp) builder.setMissing(slot);
  };

  const parse = (buf: Buffer, final: boolean): Buffer | undefined => {
    let pos = 0;
    for (;;) {
      const lf = buf.indexOf(LF, pos);
      if (lf === -1) {
        if (final) {
          if (pos < buf.length) handle(buf, pos, buf.length);
          return undefined;
        }
        return buf.subarray(pos);
      }
      handle(buf, pos, lf);
      pos = lf + 1;
    }
  };

  for await (const chunk of chunks) {
    carry = parse(carry && carry.length > 0 ? Buffer.concat([carry, chunk]) : chunk, false);
  }
  if (carry && carry.length > 0) parse(carry, true);
  if (line === 0 || rows === 0) throw new UserError(`${file} is empty: it has no JSON rows.`, { location: { file } });
  return { rows };
}

function setValue(builder: ColumnBuilder, slot: number, value: unknown, origin: CellOrigin): void {
  if (value === null || value === undefined) builder.setMissing(slot);
  else if (typeof value === 'number') builder.setNumber(slot, value, origin);
  else if (typeof value === 'string') builder.setText(slot, value, origin);
  else if (typeof value === 'boolean') builder.setText(slot, String(value), origin);
  else builder.setText(slot, JSON.stringify(value), origin);
}
