/**
 * How a single field's text becomes a number, a missing value or a category.
 * Numbers are parsed straight from the bytes (no string per cell); only text
 * that is not a plain decimal number is decoded.
 */

/** Field texts read as a missing value (besides the empty field). Documented in docs/check-data-drift.md. */
export const MISSING_TOKENS: readonly string[] = [
  'NA',
  'N/A',
  'n/a',
  'NaN',
  'nan',
  'NAN',
  '-nan',
  'null',
  'NULL',
  'Null',
  'None',
  'none',
  '#N/A',
];
const MISSING = new Set(MISSING_TOKENS);

export function isMissingToken(text: string): boolean {
  return text === '' || MISSING.has(text);
}

// Exact powers of ten: a mantissa below 2^53 times/divided by one of these is
// correctly rounded (Clinger's fast path), so the result equals Number(text).
const POW10 = Array.from({ length: 23 }, (_, i) => Number(`1e${i}`));
const MAX_SAFE_MANTISSA = 2 ** 53;

/**
 * Parses a plain decimal number (`-12`, `3.5`, `.5`, `1e-3`) from bytes.
 * Returns undefined when the bytes are not such a number, or when the fast
 * path could round differently (caller then falls back to `Number(text)`).
 */
export function parseDecimalBytes(buf: Uint8Array, start: number, end: number): number | undefined {
  let i = start;
  if (i >= end) return undefined;
  let negative = false;
  let c = buf[i]!;
  if (c === 45 /* - */ || c === 43 /* + */) {
    negative = c === 45;
    i++;
  }
  let mantissa = 0;
  let digits = 0;
  let scale = 0;
  // Leading zeros count as digits here: a number with more than 15 digits in all takes the exact slow path.
  while (i < end && (c = buf[i]!) >= 48 && c <= 57) {
    mantissa = mantissa * 10 + (c - 48);
    digits++;
    i++;
  }
  if (i < end && buf[i] === 46 /* . */) {
    i++;
    const before = i;
    while (i < end && (c = buf[i]!) >= 48 && c <= 57) {
      mantissa = mantissa * 10 + (c - 48);
      i++;
    }
    digits += i - before;
    scale -= i - before;
  }
  if (digits === 0) return undefined;
  if (i < end && (buf[i] === 101 || buf[i] === 69) /* e E */) {
    i++;
    let expNegative = false;
    if (i < end && (buf[i] === 45 || buf[i] === 43)) {
      expNegative = buf[i] === 45;
      i++;
    }
    let exp = 0;
    let expDigits = 0;
    while (i < end && (c = buf[i]!) >= 48 && c <= 57) {
      exp = exp * 10 + (c - 48);
      expDigits++;
      i++;
      if (exp > 100000) return undefined;
    }
    if (expDigits === 0) return undefined;
    scale += expNegative ? -exp : exp;
  }
  if (i !== end) return undefined;
  if ((digits > 15 && mantissa !== 0) || mantissa >= MAX_SAFE_MANTISSA || scale < -22 || scale > 22) return Number.NaN; // slow path
  const value = scale >= 0 ? mantissa * POW10[scale]! : mantissa / POW10[-scale]!;
  return negative ? -value : value;
}

const NUMBER_TEXT = /^\s*[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?\s*$/;
const INFINITY_TEXT = /^\s*([+-]?)(inf|Inf|INF|infinity|Infinity|INFINITY)\s*$/;

/** Parses a number from text the way the fast path would, plus spaces and infinities; undefined when not a number. */
export function parseNumberText(text: string): number | undefined {
  if (NUMBER_TEXT.test(text)) return Number(text);
  const inf = INFINITY_TEXT.exec(text);
  if (inf) return inf[1] === '-' ? -Infinity : Infinity;
  return undefined;
}
