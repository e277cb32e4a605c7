/**
 * Predictions as every source (file, command, model server) hands them over,
 * before they are checked and encoded against the holdout target.
 */

/** A column of labels or values: canonical text per row (null = missing), and numbers when every value is one. */
export interface ValueColumn {
  readonly name: string;
  readonly text: readonly (string | null)[];
  readonly numeric?: Float64Array;
}

/** Probability columns: one per class, or a single column for the positive class of a binary task (`classes` null). */
export interface ScoreSet {
  readonly classes: readonly string[] | null;
  readonly columns: readonly Float64Array[];
  /** Where each column came from (a file column, a response field), for messages. */
  readonly names: readonly string[];
}

export interface RawPredictions {
  readonly rowCount: number;
  readonly prediction?: ValueColumn;
  readonly scores?: ScoreSet;
  /** What produced them, for messages: a file path, a command, a URL. */
  readonly source: string;
}

const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

/**
 * The text a label is compared by: numbers in their shortest form (`1.0` and
 * `1` are the same class, as numpy compares them), anything else trimmed.
 */
export function canonicalLabel(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : null;
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  const text = String(value).trim();
  if (text === '') return null;
  return NUMBER.test(text) ? String(Number(text)) : text;
}

/** Builds a ValueColumn from raw values, with numbers when every present value is numeric. */
export function valueColumn(name: string, values: readonly unknown[]): ValueColumn {
  const text = values.map(canonicalLabel);
  const numeric = new Float64Array(values.length);
  let allNumeric = true;
  for (let i = 0; i < values.length; i += 1) {
    const t = text[i];
    if (t === null || t === undefined) {
      numeric[i] = Number.NaN;
      continue;
    }
    const n = Number(t);
    if (!NUMBER.test(t) || !Number.isFinite(n)) {
      allNumeric = false;
      break;
    }
    numeric[i] = n;
  }
  return allNumeric ? { name, text, numeric } : { name, text };
}

/** Class labels in sklearn's order (`numpy.unique`): numerically when all are numbers, else by code point. */
export function sortClasses(labels: Iterable<string>): string[] {
  const list = [...new Set(labels)];
  if (list.every((label) => NUMBER.test(label))) return list.sort((a, b) => Number(a) - Number(b));
  return list.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}
