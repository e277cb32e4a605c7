/**
 * The fastest path of the delimited reader: runs of simple records scanned
 * straight into the columns' own arrays, with no call per field and no copy.
 * Each field's column is either taking numbers (no text met yet) or taking
 * category codes; a number is parsed as it is scanned, and a text is found
 * in a small per-field table by a hash computed during the same scan.
 *
 * A record that does not fit (a text in a column taking numbers, a text not
 * seen before, a number with more than 15 digits, an escaped quote, a line
 * end inside quotes, a wrong field count) ends the run at its start; the
 * reader's other paths read it and the values they give are the same, so
 * this scanner only ever makes reading faster. See RowScanner for the rules
 * of a simple record.
 */
import type { CachedText, ColumnBuilder } from './column-builder.js';
import { MISSING_CODE, fieldHash } from './column-builder.js';
import type { TableBuilder } from './table-builder.js';

const QUOTE = 0x22;
const LF = 0x0a;
const CR = 0x0d;
const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;
// Exact powers of ten up to 1e15: a mantissa below 2^53 divided by one is correctly rounded.
const POW10 = Array.from({ length: 16 }, (_, i) => 10 ** i);

/** Rows per run: the columns are grown for this many before it starts. */
const RUN_ROWS = 4096;
/** Direct-mapped text slots per field (a power of two). */
const SLOTS = 64;

const SKIP = 0;
const NUMBERS = 1;
const CODES = 2;

export class BatchScanner {
  private readonly n: number;
  private readonly state: Uint8Array;
  private readonly numbers: Float64Array[];
  private readonly codes: Int32Array[];
  private readonly texts: (CachedText | undefined)[];
  /** Per field in a run: missing values read (the rest are numbers or categories). */
  private readonly missing: Int32Array;
  /** Records read by the last `run`. */
  rows = 0;

  constructor(
    private readonly sinks: readonly (ColumnBuilder | undefined)[],
    private readonly delimiter: number,
    private readonly table: TableBuilder,
  ) {
    this.n = sinks.length;
    this.state = new Uint8Array(this.n);
    this.numbers = new Array<Float64Array>(this.n);
    this.codes = new Array<Int32Array>(this.n);
    this.texts = new Array<CachedText | undefined>(this.n * SLOTS).fill(undefined);
    this.missing = new Int32Array(this.n);
  }

  /**
   * Reads simple records from `pos` while they last, up to RUN_ROWS of them
   * and not past `lastLf` (a line feed the caller knows is in `buf`). Returns
   * the position after the last record read; `rows` says how many.
   */
  run(buf: Uint8Array, pos: number, lastLf: number): number {
    this.rows = 0;
    const room = Math.min(RUN_ROWS, this.table.sequentialRoom());
    if (room <= 0) return pos;
    const start = this.prepare(room);
    if (start < 0) return pos;
    let row = 0;
    while (row < room && pos <= lastLf) {
      const next = this.record(buf, pos, start + row);
      if (next < 0) break;
      pos = next;
      row++;
    }
    this.commit(row);
    return pos;
  }

  /** Sizes every column for `room` more rows and takes its arrays; returns the first row's slot. */
  private prepare(room: number): number {
    const start = this.table.rowsSeen;
    for (let k = 0; k < this.n; k++) {
      const sink = this.sinks[k];
      this.missing[k] = 0;
      if (!sink) {
        this.state[k] = SKIP;
        continue;
      }
      const arrays = sink.directArrays(room);
      // Every column holds every row read so far (CSV): otherwise this path is not for this table.
      if (arrays.size !== start) return -1;
      this.numbers[k] = arrays.values;
      if (arrays.codes) {
        this.codes[k] = arrays.codes;
        this.state[k] = CODES;
      } else {
        this.state[k] = NUMBERS;
      }
    }
    return start;
  }

  private commit(rows: number): void {
    this.rows = rows;
    if (rows === 0) return;
    this.table.takeRows(rows);
    for (let k = 0; k < this.n; k++) {
      const present = rows - this.missing[k]!;
      if (this.state[k] === NUMBERS) this.sinks[k]!.advanceDirect(rows, present, 0);
      else if (this.state[k] === CODES) this.sinks[k]!.advanceDirect(rows, 0, present);
    }
  }

  /** Reads one record into row `slot`; returns the index after its line end, or -1 when it is not simple. */
  private record(buf: Uint8Array, pos: number, slot: number): number {
    const n = this.n;
    const d = this.delimiter;
    const state = this.state;
    const numbers = this.numbers;
    const codes = this.codes;
    const first = buf[pos];
    if (first === LF || first === CR) return -1; // a blank line: the general parser skips it
    for (let k = 0; k < n; k++) {
      const kind = state[k]!;
      let i = pos;
      let c = buf[i]!;
      let done = false;
      if (kind === NUMBERS && c !== QUOTE) {
        // -?digits[.digits] with at most 15 digits: exact, equal to Number(text).
        let negative = false;
        if (c === 45) {
          negative = true;
          c = buf[++i]!;
        }
        const from = i;
        let mantissa = 0;
        while ((c - 48) >>> 0 < 10) {
          mantissa = mantissa * 10 + (c - 48);
          c = buf[++i]!;
        }
        let digits = i - from;
        let fraction = 0;
        if (c === 46) {
          const dot = ++i;
          c = buf[i]!;
          while ((c - 48) >>> 0 < 10) {
            mantissa = mantissa * 10 + (c - 48);
            c = buf[++i]!;
          }
          fraction = i - dot;
          digits += fraction;
        }
        if (digits > 0 && digits <= 15 && (c === d || c === LF || c === CR)) {
          const value = fraction === 0 ? mantissa : mantissa / POW10[fraction]!;
          numbers[k]![slot] = negative ? -value : value;
          done = true;
        } else if (i === pos && (c === d || c === LF || c === CR)) {
          // An empty field: a missing value.
          numbers[k]![slot] = Number.NaN;
          this.missing[k]!++;
          done = true;
        } else {
          i = pos;
          c = buf[i]!;
        }
      }
      if (!done) {
        // A text: plain, or quoted without quotes or line ends inside. Its hash is taken while it is scanned.
        let h = FNV_OFFSET;
        let from = i;
        let end: number;
        if (c === QUOTE) {
          from = ++i;
          while ((c = buf[i]!) !== QUOTE && c !== LF && c !== CR) {
            h = Math.imul(h ^ c, FNV_PRIME);
            i++;
          }
          if (c !== QUOTE) return -1;
          end = i;
          h = (h ^ (end - from)) & 0x3fffffff;
          c = buf[++i]!;
          if (c === QUOTE) return -1; // a doubled quote
        } else {
          while (c !== d && c !== LF) {
            h = Math.imul(h ^ c, FNV_PRIME);
            c = buf[++i]!;
          }
          end = i;
          if (c === LF && end > from && buf[end - 1] === CR) {
            // The CR of a CRLF line end is not part of the field: hash the field without it.
            end--;
            i = end;
            c = CR;
            h = fieldHash(buf, from, end);
          } else {
            h = (h ^ (end - from)) & 0x3fffffff;
          }
        }
        if (kind !== SKIP) {
          let code: number;
          if (end === from) code = MISSING_CODE;
          else {
            const text = this.lookup(k, h, buf, from, end);
            if (text === undefined) return -1;
            code = text.code;
            if (kind === NUMBERS && code !== MISSING_CODE) return -1; // a category in a column of numbers
          }
          numbers[k]![slot] = Number.NaN;
          if (kind === CODES) codes[k]![slot] = code;
          if (code === MISSING_CODE) this.missing[k]!++;
        }
      }
      // i is at the field's terminator (for a CRLF, at the CR).
      if (k < n - 1) {
        if (c !== d) return -1;
        pos = i + 1;
      } else if (c === LF) {
        return i + 1;
      } else if (c === CR) {
        return buf[i + 1] === LF ? i + 2 : -1;
      } else {
        return -1;
      }
    }
    return -1;
  }

  /** The text with these bytes already known to field k's column, or undefined. */
  private lookup(k: number, hash: number, buf: Uint8Array, start: number, end: number): CachedText | undefined {
    const index = k * SLOTS + (hash & (SLOTS - 1));
    let text = this.texts[index];
    if (text === undefined || text.hash !== hash) {
      text = this.sinks[k]!.cachedText(hash);
      if (text === undefined) return undefined;
      this.texts[index] = text;
    }
    const bytes = text.bytes;
    const length = end - start;
    if (bytes.length !== length) return undefined;
    for (let j = 0; j < length; j++) if (bytes[j] !== buf[start + j]) return undefined;
    return text;
  }
}
