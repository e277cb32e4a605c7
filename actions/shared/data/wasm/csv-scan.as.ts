// AssemblyScript source of the CSV batch scanner (compiled to WebAssembly by
// scripts/gen-wasm.ts into csv-scan.wasm.ts; the glue is ../batch-scanner.ts).
//
// It reads runs of simple records — every field a plain decimal number of at
// most 15 digits, an empty field, or a text already known to its column —
// straight into per-field output rows, and stops at the first record that is
// anything else, so the JavaScript reader (which gives the same values) reads
// that one. A simple record is what RowScanner (../row-scanner.ts) takes; the
// numbers are bit-identical to Number(text): the mantissa is exact below 2^53
// and one correctly rounded division by an exact power of ten gives the value.
//
// Memory (laid out by `layout`, addresses handed to the glue):
//   pow10 f64[16] | pow10i i64[16] | kinds u8[fields] | missing, pending i32[fields] | fractions i32[fields] | lows, highs f64[fields]
//   | tables (per field `slots` entries of 16 bytes) | numbers f64[fields × rows]
//   | codes i32[fields × rows] | pool (text bytes) | input (the chunk, last: it grows)

const QUOTE: u32 = 0x22;
const LF: u32 = 0x0a;
const CR: u32 = 0x0d;
/** Text slots per field (open addressing, a power of two; set by `layout`, fewer for wide tables). */
let slots: u32 = 1024;
/** Multiplier of the text hash (the 64-bit golden ratio, as in splitmix64). */
const HASH_K: u64 = 0x9e3779b97f4a7c15;
const ONES: u64 = 0x0101010101010101;
const HIGHS: u64 = 0x8080808080808080;
/** kinds[k]: the field is skipped, takes numbers (or missing values), or takes category codes. */
const SKIP: u32 = 0;
const NUMBERS: u32 = 1;
const MISSING_CODE: i32 = -1;

let fields: i32 = 0;
let runRows: i32 = 0;
let delimiter: u32 = 0x2c;
let pow10: usize = 0;
let pow10i: usize = 0;
/** ends[c] is 1 for the bytes that end a field: the delimiter, LF and CR. */
let ends: usize = 0;
let kinds: usize = 0;
let missing: usize = 0;
/** Fields found missing in the record being read: counted only once the record is complete. */
let pending: usize = 0;
let pendingCount: i32 = 0;
let fractions: usize = 0;
let lows: usize = 0;
let highs: usize = 0;
let tables: usize = 0;
let numbers: usize = 0;
let codes: usize = 0;
let pool: usize = 0;
let poolEnd: usize = 0;
let poolUsed: usize = 0;
let input: usize = 0;
let endPosition: i32 = 0;
let missField: i32 = -1;
let missHash: u32 = 0;
let missStart: i32 = 0;
let missEnd: i32 = 0;

/** Lays out the memory for `fieldCount` fields, runs of `rows` records and `poolBytes` of texts; returns the input's address. */
export function layout(fieldCount: i32, rows: i32, delim: u32, poolBytes: i32, slotsPerField: u32): usize {
  fields = fieldCount;
  slots = slotsPerField;
  runRows = rows;
  delimiter = delim;
  let p: usize = (__heap_base + 15) & ~15;
  pow10 = p;
  p += 16 * 8;
  pow10i = p;
  p += 16 * 8;
  ends = p;
  p += 256;
  kinds = p;
  p += (<usize>fieldCount + 15) & ~15;
  missing = p;
  p += <usize>fieldCount * 4;
  pending = p;
  p += <usize>fieldCount * 4;
  fractions = p;
  p += <usize>fieldCount * 4;
  p = (p + 15) & ~15;
  lows = p;
  p += <usize>fieldCount * 8;
  highs = p;
  p += <usize>fieldCount * 8;
  tables = p;
  p += <usize>fieldCount * slots * 16;
  numbers = p;
  p += <usize>fieldCount * rows * 8;
  codes = p;
  p += <usize>fieldCount * rows * 4;
  pool = p;
  p += <usize>poolBytes;
  poolEnd = p;
  poolUsed = pool;
  input = (p + 15) & ~15;
  memory.fill(ends, 0, 256);
  store<u8>(ends + <usize>delim, 1);
  store<u8>(ends + <usize>LF, 1);
  store<u8>(ends + <usize>CR, 1);
  let x: f64 = 1;
  let n: i64 = 1;
  for (let i = 0; i < 16; i++) {
    store<f64>(pow10 + (<usize>i << 3), x);
    store<i64>(pow10i + (<usize>i << 3), n);
    x *= 10;
    n *= 10;
  }
  return input;
}

export function kindsAddress(): usize {
  return kinds;
}
export function missingAddress(): usize {
  return missing;
}
export function fractionsAddress(): usize {
  return fractions;
}
/** Per field, the smallest and largest number of the last run (±Infinity when it read none; they may include a record the run gave up on, which the JavaScript reader then reads with the same values). */
export function lowsAddress(): usize {
  return lows;
}
export function highsAddress(): usize {
  return highs;
}
export function numbersAddress(): usize {
  return numbers;
}
export function codesAddress(): usize {
  return codes;
}
/** Where the last run stopped. */
export function end(): i32 {
  return endPosition;
}
/** The text the last run did not know: its field (-1 for none), hash, start and end in the input. */
export function missedField(): i32 {
  return missField;
}
export function missedHash(): u32 {
  return missHash;
}
export function missedStart(): i32 {
  return missStart;
}
export function missedEnd(): i32 {
  return missEnd;
}

/**
 * Makes a text known to field k: its bytes (at input + start, length len)
 * are copied into the pool. False when the pool or the field's table is full.
 */
export function register(k: i32, hash: u32, start: i32, len: i32, code: i32): bool {
  if (poolUsed + <usize>len > poolEnd) return false;
  let slot = hash & (slots - 1);
  for (let probes: u32 = 0; probes < slots / 2; probes++) {
    const entry = tables + ((<usize>k * slots + slot) << 4);
    if (load<i32>(entry, 4) == 0) {
      memory.copy(poolUsed, input + <usize>start, <usize>len);
      store<u32>(entry, hash);
      store<i32>(entry, len + 1, 4);
      store<u32>(entry, <u32>poolUsed, 8);
      store<i32>(entry, code, 12);
      poolUsed += <usize>len;
      return true;
    }
    slot = (slot + 1) & (slots - 1);
  }
  return false;
}

/**
 * Reads up to `room` simple records from `pos`, none starting after
 * `lastLf` (a line feed in the input), into output rows 0, 1, …; returns how
 * many, and `end()` where it stopped.
 */
export function run(pos: i32, lastLf: i32, room: i32): i32 {
  for (let k = 0; k < fields; k++) {
    store<i32>(missing + (<usize>k << 2), 0);
    store<i32>(fractions + (<usize>k << 2), 0);
    store<f64>(lows + (<usize>k << 3), Infinity);
    store<f64>(highs + (<usize>k << 3), -Infinity);
  }
  missField = -1;
  let row = 0;
  while (row < room && pos <= lastLf) {
    const next = record(pos, row);
    if (next < 0) break;
    pos = next;
    row++;
  }
  endPosition = pos;
  return row;
}

// @ts-ignore: decorator
@inline
function at(i: i32): u32 {
  return <u32>load<u8>(input + <usize>i);
}

// @ts-ignore: decorator
@inline
function countMissing(k: i32): void {
  store<i32>(pending + (<usize>pendingCount << 2), k);
  pendingCount++;
}

/**
 * Reads one simple record into output row `row`; the position after it, or
 * -1 when it is not simple. Its missing fields are counted only when it is
 * complete: a record given up on is read again by the JavaScript reader.
 */
function record(pos: i32, row: i32): i32 {
  pendingCount = 0;
  const next = recordFields(pos, row);
  if (next >= 0) {
    for (let j = 0; j < pendingCount; j++) {
      const address = missing + (<usize>load<i32>(pending + (<usize>j << 2)) << 2);
      store<i32>(address, load<i32>(address) + 1);
    }
  }
  return next;
}

/**
 * Reads field k of a record at `pos` as a plain decimal of at most 15
 * digits, or as a missing value when it is empty, into output cell `cell`;
 * returns where the field ends (at its terminator), or -1 when it is neither
 * (a text, a quoted field, another form of number: read as a text then).
 */
// @ts-ignore: decorator
@inline
function numberField(pos: i32, k: i32, cell: usize): i32 {
  const base = input;
  let i = pos;
  const negative = load<u8>(base + <usize>i) == 45;
  if (negative) i++;
  // Most numbers fit one word (at most 7 digits and a point, the byte after them in it or just past it): their digits
  // are found, joined across the point and parsed in one go. Longer ones take the loop below.
  const w = load<u64>(base + <usize>i);
  const other = nonDigits(w);
  const first = <i32>(ctz(other) >> 3); // 8 when every byte is a digit (ctz(0) is 64)
  let mantissa: i64 = 0;
  let digits = 0;
  let fraction = 0;
  if (first < 8 && load<u8>(base + <usize>(i + first)) != 46) {
    digits = first;
    mantissa = parseWord(w, first);
    i += first;
  } else {
    // The point is at `first`; the first byte after it that is not a digit: in the word, or the one just past it.
    const rest = other & (other - 1);
    if (first < 8 && (rest != 0 || <u32>load<u8>(base + <usize>(i + 8)) - 48 >= 10)) {
      const second = <i32>(ctz(rest) >> 3);
      // The digits after the point moved down one byte, next to those before it (parseWord drops the bytes above them).
      const joined = (w & lowBytes(first)) | ((w >> 8) & ~lowBytes(first));
      digits = second - 1;
      fraction = second - 1 - first;
      mantissa = parseWord(joined, digits);
      i += second;
    } else {
      // Up to 8 digits at a time (SWAR): no branch per digit to mispredict at the field's end.
      const from = i;
      let run = digitRun(i);
      mantissa = parseDigits(i, run);
      i += run;
      while (run == 8) {
        run = digitRun(i);
        mantissa = mantissa * <i64>pow10Int(run) + parseDigits(i, run);
        i += run;
      }
      digits = i - from;
      if (at(i) == 46) {
        const dot = ++i;
        run = 8;
        while (run == 8) {
          run = digitRun(i);
          mantissa = mantissa * <i64>pow10Int(run) + parseDigits(i, run);
          i += run;
        }
        fraction = i - dot;
        digits += fraction;
      }
    }
  }
  if (load<u8>(ends + <usize>load<u8>(base + <usize>i)) == 0) return -1;
  if (<u32>(digits - 1) >= 15) {
    if (i != pos) return -1;
    store<f64>(numbers + (cell << 3), NaN); // an empty field: a missing value
    countMissing(k);
    return i;
  }
  let value = <f64>mantissa;
  if (fraction != 0) {
    value = value / load<f64>(pow10 + (<usize>fraction << 3));
    const address = fractions + (<usize>k << 2);
    if (fraction > load<i32>(address)) store<i32>(address, fraction);
  }
  if (negative) value = -value;
  store<f64>(numbers + (cell << 3), value);
  const low = lows + (<usize>k << 3);
  const high = highs + (<usize>k << 3);
  if (value < load<f64>(low)) store<f64>(low, value);
  if (value > load<f64>(high)) store<f64>(high, value);
  return i;
}

function recordFields(pos: i32, row: i32): i32 {
  const d = delimiter;
  const head = at(pos);
  if (head == LF || head == CR) return -1; // a blank line: the JavaScript reader skips it
  const last = fields - 1;
  for (let k = 0; k <= last; k++) {
    const kind = <u32>load<u8>(kinds + <usize>k);
    const cell = <usize>k * runRows + row;
    if (kind == NUMBERS) {
      const i = numberField(pos, k, cell);
      if (i >= 0) {
        // At the number's terminator: a delimiter, LF or CR.
        if (k < last) {
          if (at(i) != d) return -1;
          pos = i + 1;
          continue;
        }
        return recordEnd(i);
      }
    }
    // A text, plain or quoted (no quotes or line ends inside), found a word (8 bytes) at a time.
    let i = pos;
    let c = at(i);
    let from = i;
    let e: i32;
    if (c == QUOTE) {
      from = ++i;
      while ((c = at(i)) != QUOTE && c != LF && c != CR) i++;
      if (c != QUOTE) return -1;
      e = i;
      c = at(++i);
      if (c == QUOTE) return -1; // a doubled quote
    } else {
      i = textEnd(i, d);
      c = at(i);
      e = i;
      if (c == LF && e > from && at(e - 1) == CR) {
        // The CR of a CRLF line end is not part of the field.
        e--;
        i = e;
        c = CR;
      }
    }
    if (kind != SKIP) {
      let code = MISSING_CODE;
      if (e != from) {
        const h = textHash(from, e);
        code = lookup(k, h, from, e - from);
        if (code == -2) {
          missField = k;
          missHash = h;
          missStart = from;
          missEnd = e;
          return -1;
        }
        if (kind == NUMBERS && code != MISSING_CODE) return -1; // a category in a column of numbers
      }
      store<f64>(numbers + (cell << 3), NaN);
      if (kind != NUMBERS) store<i32>(codes + (cell << 2), code);
      if (code == MISSING_CODE) countMissing(k);
    }
    // i is at the field's terminator (for a CRLF, at the CR).
    if (k < last) {
      if (c != d) return -1;
      pos = i + 1;
    } else {
      return recordEnd(i);
    }
  }
  return -1;
}

/** The position after the record's line end at i (LF or CRLF), or -1 when there is none there. */
// @ts-ignore: decorator
@inline
function recordEnd(i: i32): i32 {
  const c = at(i);
  if (c == LF) return i + 1;
  return c == CR && at(i + 1) == LF ? i + 2 : -1;
}

/** How many of the (up to 8) bytes at input + i are ASCII digits before the first that is not. */
// @ts-ignore: decorator
@inline
function digitRun(i: i32): i32 {
  return <i32>(ctz(nonDigits(load<u64>(input + <usize>i))) >> 3); // 8 for all digits (ctz(0) is 64)
}

/** The high bit of each byte of w that is not an ASCII digit. */
// @ts-ignore: decorator
@inline
function nonDigits(w: u64): u64 {
  // Per byte, without carries between bytes: high bit of `above` set for bytes > '9',
  // high bit of `below` clear for bytes < '0'; a byte's own high bit marks non-ASCII.
  const above = (w & 0x7f7f7f7f7f7f7f7f) + 0x4646464646464646;
  const below = (w | 0x8080808080808080) - 0x3030303030303030;
  return (above | ~below | w) & 0x8080808080808080;
}

/** The value of the `count` (0 to 8) digits at input + i, first digit most significant. */
// @ts-ignore: decorator
@inline
function parseDigits(i: i32, count: i32): i64 {
  return parseWord(load<u64>(input + <usize>i), count);
}

/** The value of the `count` (0 to 8) digits in the low bytes of w, first digit most significant. */
// @ts-ignore: decorator
@inline
function parseWord(w: u64, count: i32): i64 {
  if (count == 0) return 0;
  // The digits moved to the top bytes; the zero bytes below them read as leading zeros.
  let v = (w ^ 0x3030303030303030) << (<u64>(8 - count) << 3);
  v = v * 10 + (v >> 8);
  v = ((v & 0x000000ff000000ff) * (100 + (1000000 << 32)) + (((v >> 16) & 0x000000ff000000ff) * (1 + (10000 << 32)))) >> 32;
  return <i64>v;
}

// @ts-ignore: decorator
@inline
function pow10Int(count: i32): i64 {
  return load<i64>(pow10i + (<usize>count << 3));
}

/** The code of field k's text with this hash and these bytes, or -2 when it is not known. */
function lookup(k: i32, h: u32, from: i32, len: i32): i32 {
  let slot = h & (slots - 1);
  for (let probes: u32 = 0; probes < slots; probes++) {
    const entry = tables + ((<usize>k * slots + slot) << 4);
    const stored = load<i32>(entry, 4);
    if (stored == 0) return -2;
    if (load<u32>(entry) == h && stored == len + 1 && sameBytes(<usize>load<u32>(entry, 8), input + <usize>from, len)) {
      return load<i32>(entry, 12);
    }
    slot = (slot + 1) & (slots - 1);
  }
  return -2;
}

/** Whether the `len` bytes at a and b are the same, compared a word at a time (both may be read up to 7 bytes past). */
// @ts-ignore: decorator
@inline
function sameBytes(a: usize, b: usize, len: i32): bool {
  let j: i32 = 0;
  for (; j + 8 <= len; j += 8) if (load<u64>(a + <usize>j) != load<u64>(b + <usize>j)) return false;
  return j == len || ((load<u64>(a + <usize>j) ^ load<u64>(b + <usize>j)) & lowBytes(len - j)) == 0;
}

/** A mask of the low `count` (0 to 7) bytes of a word. */
// @ts-ignore: decorator
@inline
function lowBytes(count: i32): u64 {
  return (<u64>1 << (<u64>count << 3)) - 1;
}

/**
 * Where the unquoted text from `i` ends: at the first delimiter or line
 * feed, found 8 bytes at a time (a byte equal to either becomes zero, and
 * the lowest zero byte of a word is exact in the usual has-zero test).
 */
// @ts-ignore: decorator
@inline
function textEnd(i: i32, d: u32): i32 {
  const delimiters = ONES * <u64>d;
  const feeds = ONES * <u64>LF;
  while (true) {
    const w = load<u64>(input + <usize>i);
    const a = w ^ delimiters;
    const b = w ^ feeds;
    const found = (((a - ONES) & ~a) | ((b - ONES) & ~b)) & HIGHS;
    if (found != 0) return i + <i32>(ctz(found) >> 3);
    i += 8;
  }
}

/**
 * The hash of the text at [from, e) (a word at a time, multiply and fold, as
 * in splitmix64): the key of the field's text table; 30 bits. The bytes
 * past the text in its last word are masked off.
 */
// @ts-ignore: decorator
@inline
function textHash(from: i32, e: i32): u32 {
  const len = e - from;
  let h: u64 = <u64>len * HASH_K;
  let p = from;
  for (; p + 8 < e; p += 8) {
    h = (h ^ load<u64>(input + <usize>p)) * HASH_K;
    h ^= h >> 29;
  }
  if (p < e) {
    const rest = e - p;
    const last = rest == 8 ? load<u64>(input + <usize>p) : load<u64>(input + <usize>p) & lowBytes(rest);
    h = (h ^ last) * HASH_K;
  }
  h ^= h >> 32;
  return <u32>h & 0x3fffffff;
}
