import { UserError } from '../errors.js';
import { type CellOrigin, type ColumnBuilder, decodeField, type OriginSource } from './column-builder.js';
import { BatchScanner } from './batch-scanner.js';
import type { ChunkSource } from './chunk-source.js';
import { RowScanner } from './row-scanner.js';
import type { TableBuilder } from './table-builder.js';

const QUOTE = 0x22;
const LF = 0x0a;
const CR = 0x0d;

export interface DelimitedResult {
  readonly header: readonly string[];
  readonly rows: number;
}

/**
 * Reads RFC 4180 delimited text (CSV, TSV) from a source of byte chunks in one
 * pass: quoted fields may hold delimiters, newlines and doubled quotes; a
 * UTF-8 BOM and CRLF line ends are accepted; blank lines are skipped. Fields
 * go to the column builders as byte ranges, so a number never becomes a
 * string. A field cut by a chunk boundary is carried into the next chunk.
 * `fileBytes` (the size of uncompressed input) lets the columns be sized once.
 */
export async function readDelimited(
  source: ChunkSource,
  file: string,
  delimiter: number,
  table: TableBuilder,
  fileBytes?: number,
): Promise<DelimitedResult> {
  let header: string[] | undefined;
  let sinks: (ColumnBuilder | undefined)[] = [];
  let origins: OriginSource[] = [];
  let carry: Buffer | undefined;
  let line = 1; // line of the parse position
  let rowLine = 1; // line where the current row started
  let field = 0; // index of the field being read in the current row
  let slot = -1;
  let rows = 0;
  let first = true;
  let skipLf = false;

  const origin = (column: number): CellOrigin => ({ file, line: rowLine, column: column + 1 });
  const fail = (message: string, column: number, hint?: string): never => {
    throw new UserError(`${file}:${rowLine}: ${message}`, { location: origin(column), ...(hint ? { hint } : {}) });
  };

  const emit = (buf: Buffer, start: number, end: number, escaped: boolean): void => {
    if (!header) {
      let text = decodeField(buf, start, end, origin(field));
      if (escaped) text = text.replaceAll('""', '"');
      headerFields.push(text.trim());
      return;
    }
    if (field === 0) slot = table.nextSlot();
    if (field >= header.length) tooManyFields();
    if (slot < 0) return;
    const sink = sinks[field];
    if (!sink) return;
    if (escaped) {
      const text = decodeField(buf, start, end, origin(field)).replaceAll('""', '"');
      sink.setText(slot, text, origins[field]!);
    } else {
      sink.setBytes(slot, buf, start, end, origins[field]!);
    }
  };
  const headerFields: string[] = [];
  // Builders that take numbers (not forced categorical), by field; undefined elsewhere.
  let numericSinks: (ColumnBuilder | undefined)[] = [];
  let scanner: RowScanner | undefined;
  let batch: BatchScanner | undefined;
  let batchChunk: Buffer | undefined; // the chunk the batch scanner holds
  // Runs the batch scanner gave up on at their first record; past a point (mixed columns) it is no longer tried.
  let batchRuns = 0;
  let batchMisses = 0;
  // Records the fast scanner gave up on; past a point (a file of quoted texts) it is no longer tried.
  let fastHits = 0;
  let fastMisses = 0;
  /** Hands the record the scanner just read to the columns (the scanner's arrays hold its fields). */
  const commitRow = (buf: Buffer): void => {
    const slot = table.nextSlot();
    if (slot < 0) return;
    const { values, fractions, isNumber, starts, ends } = scanner!;
    for (let k = 0; k < sinks.length; k++) {
      const sink = sinks[k];
      if (!sink) continue;
      if (isNumber[k] === 1) sink.pushDecimal(slot, values[k]!, fractions[k]!);
      else {
        field = k; // for the origin of an error or a stray text
        sink.setBytes(slot, buf, starts[k]!, ends[k]!, origins[k]!);
      }
    }
    field = 0;
  };
  const tooManyFields = (): never =>
    fail(
      `row has more than the ${header!.length} fields of the header.`,
      field,
      'Quote fields that contain the delimiter.',
    );

  const endRow = (): void => {
    if (!header) {
      header = headerFields.slice();
      checkHeader(header, file);
      sinks = header.map((name) => table.column(name));
      numericSinks = sinks.map((sink) => (sink && sink.mode !== 'categorical' ? sink : undefined));
      scanner = new RowScanner(
        Uint8Array.from(numericSinks, (sink) => (sink ? 1 : 0)),
        delimiter,
      );
      origins = header.map((_, column) => ({ origin: () => origin(column) }));
      const batchScanner = new BatchScanner(sinks, delimiter, table);
      batch = batchScanner;
      // The chunks after this one are read straight into the batch scanner's memory.
      source.readInto?.((bytes) => batchScanner.chunkBuffer(bytes));
    } else {
      if (field !== header.length - 1) {
        fail(
          `row has ${field + 1} field(s) but the header has ${header.length}.`,
          field,
          'Every row needs as many fields as the header.',
        );
      }
      rows++;
    }
    field = 0;
    rowLine = line;
  };

  const parse = (buf: Buffer, final: boolean): Buffer | undefined => {
    let pos = 0;
    const len = buf.length;
    if (first) {
      first = false;
      if (len >= 3 && buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) pos = 3;
    }
    if (skipLf) {
      skipLf = false;
      if (buf[pos] === LF) pos++;
    }
    // The scanner needs a line feed ahead of it in the buffer (see RowScanner.scan).
    const lastLf = buf.lastIndexOf(LF);
    while (pos < len) {
      if (field === 0 && batch && pos <= lastLf && (batchMisses < 64 || batchMisses * 4 < batchRuns)) {
        if (batchChunk !== buf) {
          batch.load(buf);
          batchChunk = buf;
        }
        const next = batch.run(buf, pos, lastLf);
        const done = batch.rows;
        batchRuns++;
        if (done > 0) {
          pos = next;
          line += done;
          rows += done;
          rowLine = line;
          continue;
        } else {
          batchMisses++;
        }
      }
      if (field === 0 && scanner && pos <= lastLf && (fastMisses < 64 || fastMisses < fastHits)) {
        const next = scanner.scan(buf, pos);
        if (next >= 0) {
          fastHits++;
          commitRow(buf);
          pos = next;
          line++;
          rows++;
          rowLine = line;
          continue;
        }
        fastMisses++;
      }
      const fieldStart = pos;
      let escaped = false;
      if (buf[pos] === QUOTE) {
        let j = pos + 1;
        let close = -1;
        for (;;) {
          const q = buf.indexOf(QUOTE, j);
          if (q === -1 || (q + 1 >= len && !final)) break;
          if (buf[q + 1] === QUOTE) {
            escaped = true;
            j = q + 2;
            continue;
          }
          close = q;
          break;
        }
        if (close === -1) {
          if (final)
            fail(
              'a quoted field is never closed (unterminated quote).',
              field,
              'Close the quote or escape quotes inside a field by doubling them ("").',
            );
          return buf.subarray(fieldStart);
        }
        const after = buf[close + 1];
        if (close + 1 < len && after !== delimiter && after !== LF && after !== CR) {
          fail(
            'unexpected text after a closing quote.',
            field,
            'Escape quotes inside a quoted field by doubling them ("").',
          );
        }
        emit(buf, pos + 1, close, escaped);
        for (let k = pos + 1; k < close; k++) if (buf[k] === LF) line++;
        pos = close + 1;
      } else {
        // Fast path: a plain decimal in a numeric-capable column is parsed while
        // it is scanned (one pass over its bytes, no call per field).
        if (header && numericSinks[field]) {
          const after = scanPlainDecimal(buf, pos, len);
          if (after > 0) {
            const c = buf[after];
            if (c === delimiter || c === LF) {
              if (field === 0) slot = table.nextSlot();
              if (slot >= 0) numericSinks[field]!.pushDecimal(slot, scanned, scannedFraction);
              pos = after;
              if (c === delimiter) {
                field++;
                pos++;
                if (field >= header.length) tooManyFields();
                if (pos >= len && final) {
                  emit(buf, pos, pos, false);
                  endRow();
                }
              } else {
                pos++;
                line++;
                endRow();
              }
              continue;
            }
          }
        }
        // A plain loop beats indexOf here: fields are short and a native call per field costs more.
        let end = pos;
        while (end < len) {
          const c = buf[end];
          if (c === delimiter || c === LF) break;
          end++;
        }
        if (end === len && !final) return buf.subarray(fieldStart);
        let fieldEnd = end;
        if (end > pos && buf[end - 1] === CR && (end === len || buf[end] === LF)) fieldEnd = end - 1;
        if (field === 0 && fieldEnd === pos && end !== len && buf[end] !== delimiter) {
          // blank line
          pos = end + 1;
          line++;
          rowLine = line;
          continue;
        }
        if (field === 0 && fieldEnd === pos && end === len) return undefined; // nothing after the last line end
        emit(buf, pos, fieldEnd, false);
        pos = end;
      }
      if (pos >= len) {
        // Only reached on the final chunk: elsewhere a field ends before its terminator.
        endRow();
        return undefined;
      }
      const c = buf[pos];
      if (c === delimiter) {
        field++;
        pos++;
        if (pos >= len && final) {
          emit(buf, pos, pos, false);
          endRow();
        }
      } else if (c === CR) {
        pos++;
        line++;
        endRow();
        if (pos >= len) skipLf = true;
        else if (buf[pos] === LF) pos++;
      } else {
        pos++;
        line++;
        endRow();
      }
    }
    return undefined;
  };

  let bytesRead = 0;
  let estimated = false;
  try {
    for (let buf = await source.next(carry); buf; buf = await source.next(carry)) {
      bytesRead += buf.length - (carry?.length ?? 0);
      // A view into the chunk: the source moves it to the front of the next one.
      carry = parse(buf, false);
      if (!estimated && fileBytes !== undefined && rows >= 1000) {
        // Rows still to come, from the bytes per row so far (plus 2% for longer rows later).
        estimated = true;
        const perRow = (bytesRead - (carry?.length ?? 0)) / rows;
        table.expectRows(((fileBytes - bytesRead) / perRow) * 1.02 + 1);
      }
    }
  } finally {
    await source.close();
  }
  if (carry && carry.length > 0) parse(carry, true);
  else if (field > 0) {
    // The file ended right after a delimiter: the last field is empty.
    emit(Buffer.alloc(0), 0, 0, false);
    endRow();
  }

  if (!header) throw new UserError(`${file} is empty: it has no header row.`, { location: { file } });
  if (rows === 0) throw new UserError(`${file} has a header but no data rows.`, { location: { file, line: 1 } });
  return { header, rows };
}

function checkHeader(header: readonly string[], file: string): void {
  const seen = new Map<string, number>();
  header.forEach((name, index) => {
    if (name === '') {
      throw new UserError(`${file}:1: column ${index + 1} of the header has no name.`, {
        location: { file, line: 1, column: index + 1 },
      });
    }
    const before = seen.get(name);
    if (before !== undefined) {
      throw new UserError(`${file}:1: column name '${name}' appears twice (columns ${before + 1} and ${index + 1}).`, {
        location: { file, line: 1, column: index + 1 },
      });
    }
    seen.set(name, index);
  });
}

// Exact powers of ten up to 1e15: a mantissa below 2^53 divided by one is correctly rounded.
const POW10 = Array.from({ length: 16 }, (_, i) => 10 ** i);
/** The value read by the last successful scanPlainDecimal and its digits after the point (module variables: no object per field). */
let scanned = 0;
let scannedFraction = 0;

/**
 * Reads `-?digits[.digits]` at `start` into `scanned` and returns the index
 * after it, or -1 when the field is not such a number or could round
 * differently from Number(text) (more than 15 digits): the caller then takes
 * the general path, so every value stays bit-identical to Number(text).
 */
function scanPlainDecimal(buf: Uint8Array, start: number, len: number): number {
  let i = start;
  let negative = false;
  if (buf[i] === 45) {
    negative = true;
    i++;
  }
  const first = i;
  let mantissa = 0;
  let c: number;
  while (i < len && (c = buf[i]! - 48) >= 0 && c <= 9) {
    mantissa = mantissa * 10 + c;
    i++;
  }
  let digits = i - first;
  let fraction = 0;
  if (i < len && buf[i] === 46) {
    i++;
    const from = i;
    while (i < len && (c = buf[i]! - 48) >= 0 && c <= 9) {
      mantissa = mantissa * 10 + c;
      i++;
    }
    fraction = i - from;
    digits += fraction;
  }
  // At 15 digits or fewer the mantissa is exact; the caller checks what follows.
  if (digits === 0 || digits > 15 || i >= len) return -1;
  const value = fraction === 0 ? mantissa : mantissa / POW10[fraction]!;
  scanned = negative ? -value : value;
  scannedFraction = fraction;
  return i;
}
