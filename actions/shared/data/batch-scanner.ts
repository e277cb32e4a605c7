/**
 * The fastest path of the delimited reader: runs of simple records scanned
 * by WebAssembly (wasm/csv-scan.as.ts) straight into per-field rows, then
 * copied into the columns' own arrays a run at a time. Each field's column
 * is either taking numbers (no text met yet) or taking category codes; a
 * number is parsed as it is scanned, and a text is found in a per-field
 * table by a hash of its bytes taken a word at a time.
 *
 * A record that does not fit (a text in a column taking numbers, a text the
 * table does not know yet, a number with more than 15 digits, an escaped
 * quote, a line end inside quotes, a wrong field count) ends the run at its
 * start; the reader's other paths read it and give the same values, so this
 * scanner only ever makes reading faster. A text those paths have met is
 * added to the table when a run next stops at it.
 */
import { type ColumnBuilder, fieldHash } from './column-builder.js';
import type { TableBuilder } from './table-builder.js';
import { WASM_BASE64 } from './wasm/csv-scan.wasm.js';

/** Records per run at most (the columns are grown for a run before it starts)… */
const RUN_ROWS = 4096;
/** …and fields × records per run at most: the scanner's output rows take 12 bytes per cell (24 MB here). */
const RUN_CELLS = 1 << 21;
/** Text slots per field at most, and in all (wide tables get fewer per field: 1 MB of tables here). */
const SLOTS = 1024;
const ALL_SLOTS = 1 << 16;
/** Bytes of known texts the scanner keeps (per file); past that, new texts take the JavaScript path. */
const POOL_BYTES = 1 << 20;
const PAGE = 65536;

const SKIP = 0;
const NUMBERS = 1;
const CODES = 2;

/** The parts of the WebAssembly API used here (the project's type libraries leave it out). */
interface WasmApi {
  readonly Module: new (bytes: Uint8Array) => WasmModule;
  readonly Instance: new (module: WasmModule, imports: object) => { readonly exports: unknown };
}
type WasmModule = { readonly __wasmModule: never };
const wasm = (globalThis as unknown as { WebAssembly: WasmApi }).WebAssembly;

interface ScanExports {
  readonly memory: { readonly buffer: ArrayBuffer; grow(pages: number): number };
  layout(fields: number, rows: number, delimiter: number, poolBytes: number, slotsPerField: number): number;
  kindsAddress(): number;
  missingAddress(): number;
  fractionsAddress(): number;
  lowsAddress(): number;
  highsAddress(): number;
  numbersAddress(): number;
  codesAddress(): number;
  run(pos: number, lastLf: number, room: number): number;
  end(): number;
  missedField(): number;
  missedHash(): number;
  missedStart(): number;
  missedEnd(): number;
  register(field: number, hash: number, start: number, length: number, code: number): number;
}

let compiled: WasmModule | undefined;

/** The compiled scanner, shared by every reader of the process (each gets its own instance and memory). */
function scanModule(): WasmModule {
  compiled ??= new wasm.Module(Buffer.from(WASM_BASE64, 'base64'));
  return compiled;
}

export class BatchScanner {
  /** Records read by the last `run`. */
  rows = 0;
  private readonly scan: ScanExports;
  private readonly n: number;
  private readonly input: number;
  private readonly kinds: Uint8Array;
  /** Records per run for this table's width. */
  private readonly runRows: number;

  constructor(
    private readonly sinks: readonly (ColumnBuilder | undefined)[],
    delimiter: number,
    private readonly table: TableBuilder,
  ) {
    this.n = sinks.length;
    this.scan = new wasm.Instance(scanModule(), {}).exports as unknown as ScanExports;
    this.runRows = Math.max(16, Math.min(RUN_ROWS, Math.floor(RUN_CELLS / Math.max(1, this.n))));
    const slots = Math.max(64, Math.min(SLOTS, 2 ** Math.floor(Math.log2(ALL_SLOTS / Math.max(1, this.n)))));
    this.input = this.scan.layout(this.n, this.runRows, delimiter, POOL_BYTES, slots);
    this.reserve(0);
    this.kinds = new Uint8Array(this.n);
  }

  /**
   * Where a reader can read its next chunk of up to `bytes` straight into
   * the scanner's memory, so that `load` has nothing to copy (a view that
   * the memory growing for a larger chunk later detaches).
   */
  chunkBuffer(bytes: number): Buffer {
    this.reserve(bytes);
    return Buffer.from(this.scan.memory.buffer, this.input, bytes);
  }

  /** Puts a chunk into the scanner's memory, unless it is there already (see chunkBuffer); `run` then reads from it (positions are the chunk's own). */
  load(buf: Uint8Array): void {
    if (buf.buffer === this.scan.memory.buffer && buf.byteOffset === this.input) return;
    this.reserve(buf.length);
    new Uint8Array(this.scan.memory.buffer, this.input, buf.length).set(buf);
  }

  /**
   * Reads simple records of the loaded chunk from `pos` while they last, up
   * to `runRows` of them and none starting after `lastLf` (a line feed the
   * caller knows is in the chunk). Returns the position after the last
   * record read; `rows` says how many.
   */
  run(buf: Uint8Array, pos: number, lastLf: number): number {
    this.rows = 0;
    let room = Math.min(this.runRows, this.table.sequentialRoom());
    if (room <= 0 || !this.prepare(room)) return pos;
    // A run stops at a text its table does not know; when a column has met it since, it is added and the run goes on.
    for (let added = 0; ; added++) {
      const rows = this.scan.run(pos, lastLf, room);
      this.commit(rows);
      pos = this.scan.end();
      room -= rows;
      if (room <= 0 || pos > lastLf || added >= 16 || !this.learnMissedText(buf)) return pos;
      this.prepare(room);
    }
  }

  private reserve(inputBytes: number): void {
    const need = this.input + inputBytes + 64;
    const have = this.scan.memory.buffer.byteLength;
    if (need > have) this.scan.memory.grow(Math.ceil((need - have) / PAGE));
  }

  /** Sizes every column for `room` more rows and tells the scanner which fields take numbers or codes. */
  private prepare(room: number): boolean {
    const start = this.table.rowsSeen;
    for (let k = 0; k < this.n; k++) {
      const sink = this.sinks[k];
      if (!sink) {
        this.kinds[k] = SKIP;
        continue;
      }
      const target = sink.directTarget(room);
      // Every column holds every row read so far (CSV): otherwise this path is not for this table.
      if (target.size !== start) return false;
      this.kinds[k] = target.kind === 'codes' ? CODES : NUMBERS;
    }
    new Uint8Array(this.scan.memory.buffer, this.scan.kindsAddress(), this.n).set(this.kinds);
    return true;
  }

  /** Copies the rows of the last scan into the columns. */
  private commit(rows: number): void {
    if (rows === 0) return;
    const memory = this.scan.memory.buffer;
    const numbers = new Float64Array(memory, this.scan.numbersAddress(), this.n * this.runRows);
    const codes = new Int32Array(memory, this.scan.codesAddress(), this.n * this.runRows);
    const missing = new Int32Array(memory, this.scan.missingAddress(), this.n);
    const fractions = new Int32Array(memory, this.scan.fractionsAddress(), this.n);
    const lows = new Float64Array(memory, this.scan.lowsAddress(), this.n);
    const highs = new Float64Array(memory, this.scan.highsAddress(), this.n);
    const start = this.table.rowsSeen;
    for (let k = 0; k < this.n; k++) {
      const sink = this.sinks[k];
      if (!sink) continue;
      const target = sink.directTarget(rows);
      const from = k * this.runRows;
      const present = rows - missing[k]!;
      const grid = { fraction: fractions[k]!, low: lows[k]!, high: highs[k]! };
      if (target.kind === 'counts') {
        sink.countDirect(numbers, from, rows, present, grid);
        continue;
      }
      if (target.kind === 'codes') {
        // Only codes: a row of texts holds no number (see ColumnBuilder.directTarget).
        target.codes.set(codes.subarray(from, from + rows), start);
        sink.advanceDirect(rows, 0, present);
      } else {
        target.values.set(numbers.subarray(from, from + rows), start);
        sink.advanceDirect(rows, present, 0, grid);
      }
    }
    this.table.takeRows(rows);
    this.rows += rows;
  }

  /** Adds the text the last run stopped at to its field's table, when that field's column knows it. */
  private learnMissedText(buf: Uint8Array): boolean {
    const k = this.scan.missedField();
    if (k < 0) return false;
    const hash = this.scan.missedHash();
    const start = this.scan.missedStart();
    const end = this.scan.missedEnd();
    // The column's cache is keyed by fieldHash; the scanner's table by its own hash of the same bytes.
    const text = this.sinks[k]?.cachedText(fieldHash(buf, start, end));
    if (!text || text.bytes.length !== end - start) return false;
    for (let j = 0; j < text.bytes.length; j++) if (text.bytes[j] !== buf[start + j]) return false;
    return this.scan.register(k, hash, start, end - start, text.code) === 1;
  }
}
