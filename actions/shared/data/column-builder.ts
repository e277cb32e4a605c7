import { UserError } from '../errors.js';
import { TABLE_PER_VALUE } from '../stats/counting-sort.js';
import { tallyCodes } from './code-tallies.js';
import { GridCounter } from './grid-counter.js';
import { isMissingToken, parseDecimalBytes, parseNumberText } from './tokens.js';
import type { Column, CountedColumn, DistributionColumn, NumericColumn } from './types.js';

/** How a column's type is decided: inferred from its values, or forced by the caller. */
export type ColumnMode = 'infer' | 'numeric' | 'categorical';

/** Where the current value comes from, for error messages and notes. */
export interface CellOrigin {
  readonly file: string;
  readonly line: number;
  readonly column: number;
}

/** Gives the origin of the current cell on demand (only on errors and first stray values: no allocation per cell). */
export interface OriginSource {
  origin(): CellOrigin;
}

/** A text seen before in a column, by the bytes it was read from. */
export interface CachedText {
  readonly bytes: Uint8Array;
  /** MISSING_CODE or the category code. */
  readonly code: number;
  readonly hash: number;
}

const RECENT_MASK = 255;

const CACHE_LIMIT = 65536;

/** FNV-1a over a byte range: the key of the per-column text cache. */
export function fieldHash(buf: Uint8Array, start: number, end: number): number {
  let h = 0x811c9dc5;
  for (let i = start; i < end; i++) h = Math.imul(h ^ buf[i]!, 0x01000193);
  // 30 bits: a small integer in V8, so a Map lookup by it allocates no heap number.
  return (h ^ (end - start)) & 0x3fffffff;
}

function sameBytes(a: Uint8Array, buf: Uint8Array, start: number, end: number): boolean {
  if (a.length !== end - start) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== buf[start + i]) return false;
  return true;
}

const NUMERIC_CODE = -2; // in `codes`: the row holds a number, see `values`
export const MISSING_CODE = -1;
const ASCII_DECODER = new TextDecoder('latin1');
const UTF8 = new TextDecoder('utf-8', { fatal: true });

/** Decodes a field's bytes as UTF-8, failing with the file, line and column on invalid bytes. */
export function decodeField(buf: Uint8Array, start: number, end: number, origin: CellOrigin): string {
  let ascii = true;
  for (let i = start; i < end; i++) {
    if (buf[i]! >= 0x80) {
      ascii = false;
      break;
    }
  }
  if (ascii)
    return Buffer.isBuffer(buf) ? buf.toString('latin1', start, end) : ASCII_DECODER.decode(buf.subarray(start, end));
  try {
    return UTF8.decode(buf.subarray(start, end));
  } catch {
    throw new UserError(
      `${origin.file}:${origin.line}: column ${origin.column} holds bytes that are not valid UTF-8.`,
      {
        location: origin,
        hint: 'Save the file as UTF-8 (for example `iconv -f latin1 -t utf-8`).',
      },
    );
  }
}

/** Where BatchScanner writes a run of rows of a column (see ColumnBuilder.directTarget). */
export type DirectTarget =
  | { readonly kind: 'numbers'; readonly size: number; readonly values: Float64Array }
  | { readonly kind: 'codes'; readonly size: number; readonly values: Float64Array; readonly codes: Int32Array }
  | { readonly kind: 'counts'; readonly size: number };

/** The bounds and most decimals of a run of plain decimals (see ColumnBuilder.onGrid). */
export interface RunGrid {
  readonly fraction: number;
  readonly low: number;
  readonly high: number;
}

/**
 * Collects one column's values into growing typed arrays. Numbers go to a
 * Float64Array; text is dictionary-coded into an Int32Array that is only
 * allocated once the column meets its first non-numeric value. The type is
 * decided at the end from what was seen (see `finish`).
 *
 * For a reader of distributions (`counting`), a column that has met only
 * plain decimals keeps no rows at all: its numbers are counted on their
 * decimal grid (GridCounter) and missing values are counted. The first value
 * that needs rows — a text, another kind of number, a row replaced by
 * sampling, a range too wide to count — turns the counts back into values
 * (`materialize`, in ascending order: such a reader does not need row order).
 */
export class ColumnBuilder {
  private values: Float64Array;
  /** Set while the column is counted instead of kept (see the class comment); `values` is then empty. */
  private counter: GridCounter | undefined;
  /** Missing values met while counting. */
  private countedMissing = 0;
  /** Rows the reader expects (ensureCapacity), for the arrays `materialize` makes. */
  private expected = 0;
  private codes: Int32Array | undefined;
  private readonly dictionary = new Map<string, number>();
  private readonly levels: string[] = [];
  private readonly textCache = new Map<number, CachedText>();
  private readonly recent: (CachedText | undefined)[] = new Array<CachedText | undefined>(RECENT_MASK + 1).fill(
    undefined,
  );
  private size = 0;
  /**
   * Most digits after the point of the numbers read, while every number came
   * through the batch scanner (a plain decimal of at most 15 digits); -1 once
   * one came another way. Lets sorting trust that values lie on a decimal grid.
   */
  private decimals = 0;
  /** Smallest and largest of those numbers (of every row read, kept or not). */
  private gridLow = Infinity;
  private gridHigh = -Infinity;
  /** Whether `codes` holds NUMERIC_CODE anywhere (numbers met in a column that also holds texts). */
  private numbersAmongCodes = false;
  /** Texts that were not numbers (over every row read, before sampling). */
  strayCount = 0;
  numberCount = 0;
  firstStray: { text: string; origin: CellOrigin } | undefined;

  constructor(
    readonly name: string,
    readonly mode: ColumnMode,
    capacity = 1024,
    counting = false,
  ) {
    if (counting && mode !== 'categorical') {
      this.counter = new GridCounter();
      this.values = new Float64Array(0);
      this.expected = capacity;
      return;
    }
    this.values = new Float64Array(capacity);
    if (mode === 'categorical') this.codes = new Int32Array(capacity);
  }

  /**
   * Grows the arrays to hold `rows` rows at once (a reader's estimate from
   * the file size): no repeated doubling and copying of large columns, and
   * `finish` can then hand out the arrays without a trimming copy.
   */
  ensureCapacity(rows: number): void {
    if (this.counter) {
      this.expected = Math.max(this.expected, rows);
      this.counter.expect(rows);
      return;
    }
    if (rows <= this.values.length) return;
    const values = new Float64Array(rows);
    values.set(this.values.subarray(0, this.size));
    this.values = values;
    if (this.codes) {
      const codes = new Int32Array(rows);
      codes.set(this.codes.subarray(0, this.size));
      this.codes = codes;
    }
  }

  /** Makes room for row `slot` and pads any rows skipped since (a column first seen late in JSON Lines). */
  private reserve(slot: number): void {
    if (this.counter) this.materialize(); // (the counting paths never get here; kept as a guard)
    // The common case: the next row, with room left.
    if (slot === this.size && slot < this.values.length) {
      this.size++;
      return;
    }
    if (slot >= this.values.length) {
      let capacity = this.values.length * 2;
      while (capacity <= slot) capacity *= 2;
      const values = new Float64Array(capacity);
      values.set(this.values.subarray(0, this.size));
      this.values = values;
      if (this.codes) {
        const codes = new Int32Array(capacity);
        codes.set(this.codes.subarray(0, this.size));
        this.codes = codes;
      }
    }
    while (this.size < slot) this.setMissing(this.size);
    if (slot === this.size) this.size++;
  }

  /**
   * For BatchScanner: where the next `rows` rows go, and the next row's
   * index. Arrays are grown to hold them; `codes` once the column takes
   * texts (until then only numbers, or NaN for missing, may be written;
   * then only codes: `values` matters only where a row's code is
   * NUMERIC_CODE, see finish); none while the column is counted (see countDirect).
   */
  directTarget(rows: number): DirectTarget {
    if (this.counter) return { kind: 'counts', size: this.size };
    if (this.size + rows > this.values.length) this.ensureCapacity(Math.max(this.size + rows, this.values.length * 2));
    return this.codes
      ? { kind: 'codes', size: this.size, values: this.values, codes: this.codes }
      : { kind: 'numbers', size: this.size, values: this.values };
  }

  /**
   * For BatchScanner: `rows` rows were written into the arrays, holding this
   * many numbers and texts (not missing); the numbers were plain decimals
   * described by `grid`.
   */
  advanceDirect(rows: number, numbers: number, texts: number, grid?: RunGrid): void {
    this.size += rows;
    this.numberCount += numbers;
    if (this.mode === 'infer') this.strayCount += texts;
    if (grid && numbers > 0) this.onGrid(grid.fraction, grid.low, grid.high);
  }

  /**
   * For BatchScanner, while the column is counted: the `rows` rows at
   * run[from…] are `numbers` plain decimals described by `grid` and missing
   * values (NaN). Counted, or kept as values when the counter declines them.
   */
  countDirect(run: Float64Array, from: number, rows: number, numbers: number, grid: RunGrid): void {
    this.counter!.addRun(run, from, from + rows, numbers, grid.fraction, grid.low, grid.high);
    this.countedMissing += rows - numbers;
    this.advanceDirect(rows, numbers, 0, grid);
    if (this.counter!.declined) this.materialize();
  }

  /**
   * Ends counting: the rows so far become values again, the counted numbers
   * in ascending order and then the missing ones (row order is lost, which a
   * reader of distributions allows).
   */
  private materialize(): void {
    const counter = this.counter;
    if (!counter) return;
    this.counter = undefined;
    const values = new Float64Array(Math.max(1024, this.expected, this.size));
    const taken = counter.values();
    values.set(taken);
    values.fill(Number.NaN, taken.length, this.size);
    this.values = values;
  }

  /** Takes row `slot` while counting: true when it is the next row (or later: skipped rows are missing). */
  private countedRow(slot: number): boolean {
    if (slot < this.size) return false;
    this.countedMissing += slot - this.size;
    this.size = slot + 1;
    return true;
  }

  /** Plain decimals with at most `fraction` digits after the point, between low and high, were read. */
  private onGrid(fraction: number, low: number, high: number): void {
    // Once a number came another way (decimals -1) the grid is unknown for good.
    if (this.decimals < 0) return;
    if (fraction > this.decimals) this.decimals = fraction;
    if (low < this.gridLow) this.gridLow = low;
    if (high > this.gridHigh) this.gridHigh = high;
  }

  /** A number that did not come as a plain decimal: the grid is unknown for good, and counting ends. */
  private offGrid(): void {
    this.decimals = -1;
    this.materialize();
  }

  /** A text met before in this column, by the hash of its bytes (the caller compares the bytes). */
  cachedText(hash: number): CachedText | undefined {
    return this.textCache.get(hash);
  }

  setMissing(slot: number): void {
    if (this.counter) {
      if (this.countedRow(slot)) {
        this.countedMissing++;
        return;
      }
      this.materialize();
    }
    this.reserve(slot);
    this.values[slot] = Number.NaN;
    if (this.codes) this.codes[slot] = MISSING_CODE;
  }

  /** A plain decimal read by the row scanner, with `fraction` digits after the point (see `decimals`). */
  pushDecimal(slot: number, value: number, fraction: number): void {
    this.onGrid(fraction, value, value);
    if (this.counter) {
      if (slot >= this.size) {
        this.counter.add(value, fraction);
        this.countedRow(slot);
        this.numberCount++;
        if (this.counter.declined) this.materialize();
        return;
      }
      this.materialize();
    }
    this.pushNumber(slot, value, true);
  }

  /** A number parsed by a fast path (never NaN): the common case writes it straight into the array. */
  pushNumber(slot: number, value: number, onGrid = false): void {
    if (!onGrid) this.offGrid();
    if (slot === this.size && slot < this.values.length && this.codes === undefined) {
      this.values[slot] = value;
      this.size++;
      this.numberCount++;
      return;
    }
    this.setNumber(slot, value, undefined, onGrid);
  }

  setNumber(slot: number, value: number, origin: CellOrigin | undefined, onGrid = false): void {
    if (Number.isNaN(value)) return this.setMissing(slot);
    if (!onGrid) this.offGrid();
    if (this.mode === 'categorical') {
      this.setText(slot, String(value), origin);
      return;
    }
    this.reserve(slot);
    this.numberCount++;
    this.values[slot] = value;
    if (this.codes) {
      this.codes[slot] = NUMERIC_CODE;
      this.numbersAmongCodes = true;
    }
  }

  /**
   * A field as bytes: the hot path of CSV/TSV. Numbers are parsed from the
   * bytes; a text already seen in this column is found by its bytes, so a
   * repeated category costs neither a string nor a dictionary lookup.
   */
  setBytes(slot: number, buf: Uint8Array, start: number, end: number, where: OriginSource): void {
    if (start === end) return this.setMissing(slot);
    if (this.mode !== 'categorical') {
      const fast = parseDecimalBytes(buf, start, end);
      if (fast !== undefined) {
        const value = Number.isNaN(fast) ? Number(ASCII_DECODER.decode(buf.subarray(start, end))) : fast;
        return this.setNumber(slot, value, undefined);
      }
    }
    const hash = fieldHash(buf, start, end);
    // A direct-mapped table in front of the Map: a category seen before is usually found without a Map lookup.
    const recent = this.recent[hash & RECENT_MASK];
    const cached = recent && recent.hash === hash ? recent : this.textCache.get(hash);
    if (cached && sameBytes(cached.bytes, buf, start, end)) {
      if (cached !== recent) this.recent[hash & RECENT_MASK] = cached;
      if (cached.code === MISSING_CODE) return this.setMissing(slot);
      if (this.mode === 'infer') this.strayCount++;
      this.materialize();
      this.reserve(slot);
      this.values[slot] = Number.NaN;
      this.codes![slot] = cached.code;
      return;
    }
    const code = this.setText(slot, decodeField(buf, start, end, where.origin()), where);
    if (!cached && code !== NUMERIC_CODE && this.textCache.size < CACHE_LIMIT) {
      // A copy: Buffer#slice is a view, and a view would keep the whole read chunk alive for as long as the cache.
      this.textCache.set(hash, { bytes: new Uint8Array(buf.subarray(start, end)), code, hash });
    }
  }

  /**
   * A field as text: numbers in text are numbers unless the column is forced
   * categorical. Returns what the row holds: MISSING_CODE, NUMERIC_CODE or a category code.
   */
  setText(slot: number, text: string, origin: CellOrigin | OriginSource | undefined): number {
    // A category met before (the common case for Parquet and JSON strings): neither missing nor a number.
    const known = this.dictionary.get(text);
    if (known !== undefined && this.codes) {
      if (this.mode === 'infer') this.strayCount++;
      this.reserve(slot);
      this.values[slot] = Number.NaN;
      this.codes[slot] = known;
      return known;
    }
    if (isMissingToken(text)) {
      this.setMissing(slot);
      return MISSING_CODE;
    }
    if (this.mode !== 'categorical') {
      const value = parseNumberText(text);
      if (value !== undefined) {
        this.setNumber(slot, value, undefined);
        return NUMERIC_CODE;
      }
      const where =
        origin && 'origin' in origin && typeof origin.origin === 'function'
          ? origin.origin()
          : (origin as CellOrigin | undefined);
      if (this.mode === 'numeric') {
        throw new UserError(
          `${where ? `${where.file}:${where.line}: ` : ''}column '${this.name}' is listed in numerical-columns but holds the text ${JSON.stringify(text)}.`,
          { location: where ?? {}, hint: `Fix the value, or remove '${this.name}' from numerical-columns.` },
        );
      }
      this.strayCount++;
      if (!this.firstStray && where) this.firstStray = { text, origin: where };
    }
    this.materialize();
    this.reserve(slot);
    if (!this.codes) this.allocateCodes();
    let code = this.dictionary.get(text);
    if (code === undefined) {
      code = this.levels.length;
      this.dictionary.set(text, code);
      this.levels.push(text);
    }
    this.values[slot] = Number.NaN;
    this.codes![slot] = code;
    return code;
  }

  private allocateCodes(): void {
    const codes = new Int32Array(this.values.length);
    for (let i = 0; i < this.size; i++) codes[i] = Number.isNaN(this.values[i]!) ? MISSING_CODE : NUMERIC_CODE;
    this.codes = codes;
    this.numbersAmongCodes = this.numberCount > 0;
  }

  /**
   * Decides the column's type. All numbers → numeric. A few stray texts (at
   * most `strayTolerance` of the non-missing values) → numeric, the texts
   * become missing and a note says so. Otherwise categorical, and when most
   * values were numbers a note says that too: never a silent switch.
   */
  finish(rowCount: number, strayTolerance: number, notes: string[], sampled = false): DistributionColumn {
    while (this.size < rowCount) this.setMissing(this.size);
    const counted = this.counted();
    if (counted) return counted;
    const values = this.values.subarray(0, rowCount);
    const codes = this.codes?.subarray(0, rowCount);
    const seen = this.numberCount + this.strayCount;
    const where = this.firstStray
      ? ` (first ${JSON.stringify(this.firstStray.text)} at ${this.firstStray.origin.file}:${this.firstStray.origin.line})`
      : '';
    if (this.mode !== 'categorical' && (this.strayCount === 0 || this.strayCount <= strayTolerance * seen)) {
      if (this.strayCount > 0) {
        notes.push(
          `Column '${this.name}' is numeric but ${this.strayCount} of its ${seen} values are not numbers${where}; they were treated as missing. List the column in categorical-columns to treat it as categories instead.`,
        );
      }
      // Rows of texts, now missing values: their `values` entries were never written (see directTarget).
      if (codes) for (let i = 0; i < rowCount; i++) if (codes[i] !== NUMERIC_CODE) values[i] = Number.NaN;
      // Trim by a copy only when much of the array is unused (the memory would otherwise stay held).
      const slack = this.values.length - rowCount;
      // Every row was written once unless sampling replaced some: then the numbers counted are the rest.
      const missing = sampled ? undefined : rowCount - this.numberCount;
      const column = numericColumn(this.name, slack * 16 <= this.values.length ? values : values.slice(), missing);
      if (this.decimals < 0 || this.gridLow > this.gridHigh) return column;
      return { ...column, grid: { decimals: this.decimals, low: this.gridLow, high: this.gridHigh } };
    }
    if (this.mode === 'infer' && this.numberCount > 0 && this.numberCount >= this.strayCount) {
      notes.push(
        `Column '${this.name}' is treated as categorical although ${this.numberCount} of its ${seen} values are numbers, because ${this.strayCount} are not${where}. List it in numerical-columns to force numbers (the texts would then be an error).`,
      );
    }
    return this.categorical(values, codes ?? new Int32Array(rowCount).fill(MISSING_CODE), sampled);
  }

  /**
   * The column as counts, when it was counted to the end and the counts are
   * compact: at most TABLE_PER_VALUE grid steps per value, as for the counting
   * sort (a sparse table would cost more to walk than the sorted values); else it is materialized.
   */
  private counted(): CountedColumn | undefined {
    const counter = this.counter;
    if (!counter) return undefined;
    const counts = counter.grid();
    if (counts && counts.n > 0 && counts.counts.length <= counts.n * TABLE_PER_VALUE) {
      return { name: this.name, kind: 'numeric', counts, missing: this.countedMissing };
    }
    this.materialize();
    return undefined;
  }

  private categorical(values: Float64Array, codes: Int32Array, sampled: boolean): Column {
    if (!sampled && !this.numbersAmongCodes) {
      // Codes were given in order of first appearance and every row is kept: they are final as they are.
      const { counts, missing } = tallyCodes(codes, this.levels.length);
      return { name: this.name, kind: 'categorical', codes, levels: [...this.levels], levelCounts: counts, missing };
    }
    // Numbers met among the texts become categories by their canonical text.
    for (let i = 0; i < codes.length; i++) {
      if (codes[i] !== NUMERIC_CODE) continue;
      const text = String(values[i]);
      let code = this.dictionary.get(text);
      if (code === undefined) {
        code = this.levels.length;
        this.dictionary.set(text, code);
        this.levels.push(text);
      }
      codes[i] = code;
    }
    // Keep only levels present in the kept rows (sampling may drop some), in order of appearance.
    const mapping = new Int32Array(this.levels.length).fill(-1);
    const levels: string[] = [];
    const out = new Int32Array(codes.length);
    for (let i = 0; i < codes.length; i++) {
      const code = codes[i]!;
      if (code < 0) {
        out[i] = MISSING_CODE;
        continue;
      }
      let mapped = mapping[code]!;
      if (mapped === -1) {
        mapped = levels.length;
        mapping[code] = mapped;
        levels.push(this.levels[code]!);
      }
      out[i] = mapped;
    }
    const { counts, missing } = tallyCodes(out, levels.length);
    return { name: this.name, kind: 'categorical', codes: out, levels, levelCounts: counts, missing };
  }
}

function numericColumn(name: string, values: Float64Array, known?: number): NumericColumn {
  let missing = known ?? 0;
  if (known === undefined) for (let i = 0; i < values.length; i++) if (Number.isNaN(values[i]!)) missing++;
  return { name, kind: 'numeric', values, missing };
}
