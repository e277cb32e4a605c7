/**
 * The fast path of the delimited reader: one whole, simple record scanned in
 * a tight loop over local variables, before anything is handed to a column.
 * A simple record lies wholly in the buffer, has exactly the header's field
 * count, and no field holding a newline or a doubled quote. Anything else
 * makes `scan` return -1 and the general per-field parser reads the record
 * from its start, so the result is the same either way (only faster here).
 */

const QUOTE = 0x22;
const LF = 0x0a;
const CR = 0x0d;
// Exact powers of ten up to 1e15: a mantissa below 2^53 divided by one is correctly rounded.
const POW10 = Array.from({ length: 16 }, (_, i) => 10 ** i);

export class RowScanner {
  /** Per field: the number read (when `isNumber`) and its digits after the point, else the field's byte range. */
  readonly values: Float64Array;
  readonly fractions: Int32Array;
  readonly isNumber: Uint8Array;
  readonly starts: Int32Array;
  readonly ends: Int32Array;

  /** `numeric[k]` is 1 when field k goes to a column that takes numbers. */
  constructor(
    private readonly numeric: Uint8Array,
    private readonly delimiter: number,
  ) {
    const n = numeric.length;
    this.values = new Float64Array(n);
    this.fractions = new Int32Array(n);
    this.isNumber = new Uint8Array(n);
    this.starts = new Int32Array(n);
    this.ends = new Int32Array(n);
  }

  /**
   * Scans the record at `pos`; returns the index after its line end, or -1
   * when it is not simple. The caller guarantees a line feed at or after
   * `pos` in `buf`: every loop stops at one, so none needs a bounds check.
   */
  scan(buf: Uint8Array, pos: number): number {
    const numeric = this.numeric;
    const values = this.values;
    const isNumber = this.isNumber;
    const starts = this.starts;
    const ends = this.ends;
    const n = numeric.length;
    const d = this.delimiter;
    const first = buf[pos];
    if (first === LF || first === CR) return -1; // a blank line: the general parser skips it
    for (let k = 0; k < n; k++) {
      let start = pos;
      let end = -1;
      isNumber[k] = 0;
      if (numeric[k] === 1) {
        // -?digits[.digits] with at most 15 digits: exact, equal to Number(text).
        let i = pos;
        let negative = false;
        if (buf[i] === 45) {
          negative = true;
          i++;
        }
        const from = i;
        let mantissa = 0;
        let c: number;
        while ((c = buf[i]! - 48) >>> 0 < 10) {
          mantissa = mantissa * 10 + c;
          i++;
        }
        let digits = i - from;
        let fraction = 0;
        if (buf[i] === 46) {
          i++;
          const dot = i;
          while ((c = buf[i]! - 48) >>> 0 < 10) {
            mantissa = mantissa * 10 + c;
            i++;
          }
          fraction = i - dot;
          digits += fraction;
        }
        const next = buf[i];
        if (digits > 0 && digits <= 15 && (next === d || next === LF || next === CR)) {
          const value = fraction === 0 ? mantissa : mantissa / POW10[fraction]!;
          values[k] = negative ? -value : value;
          this.fractions[k] = fraction;
          isNumber[k] = 1;
          end = i;
          pos = i;
        }
      }
      if (end < 0) {
        if (buf[pos] === QUOTE) {
          // A quoted field without quotes or line ends inside reads as its inner bytes.
          let i = pos + 1;
          let c: number;
          while ((c = buf[i]!) !== QUOTE && c !== LF && c !== CR) i++;
          if (c !== QUOTE) return -1;
          start = pos + 1;
          end = i;
          pos = i + 1;
          if (buf[pos] === QUOTE) return -1; // a doubled quote
        } else {
          let i = pos;
          let c: number;
          while ((c = buf[i]!) !== d && c !== LF) i++;
          // A CR right before the line end belongs to the CRLF, not to the field.
          end = c === LF && i > pos && buf[i - 1] === CR ? i - 1 : i;
          pos = end;
        }
      }
      starts[k] = start;
      ends[k] = end;
      const c = buf[pos];
      if (k < n - 1) {
        if (c !== d) return -1;
        pos++;
      } else if (c === LF) {
        return pos + 1;
      } else if (c === CR) {
        return buf[pos + 1] === LF ? pos + 2 : -1;
      } else {
        return -1;
      }
    }
    return -1;
  }
}
