import { UserError } from '../shared/errors.js';
import type { DecodedRow } from './payload-formats.js';
import { canonicalLabel, valueColumn, type RawPredictions, type ScoreSet } from './prediction-types.js';

export interface AssembleOptions {
  /** Classes of the holdout target in sklearn order: the meaning of positional probability vectors. */
  readonly classOrder: readonly string[];
  /**
   * When the target has two classes and the server answers with fractional
   * numbers in [0, 1] only, they are the positive class's probability.
   */
  readonly binaryTarget: boolean;
}

/** Turns the rows a model server returned into predictions in holdout order. */
export function assemblePredictions(
  rows: readonly DecodedRow[],
  source: string,
  options: AssembleOptions,
): RawPredictions {
  const n = rows.length;
  const withLabel = rows.filter((row) => row.label !== undefined).length;
  const withProba = rows.filter((row) => row.proba !== undefined).length;
  if ((withLabel !== 0 && withLabel !== n) || (withProba !== 0 && withProba !== n)) {
    throw new UserError(
      `${source}: the responses mix shapes (${withLabel} of ${n} rows have a label, ${withProba} probabilities).`,
    );
  }
  let scores: ScoreSet | undefined;
  if (withProba) scores = probabilityColumns(rows, source, options.classOrder);
  let prediction = withLabel
    ? valueColumn(
        'prediction',
        rows.map((row) => row.label),
      )
    : undefined;
  if (prediction?.numeric && !scores && options.binaryTarget && looksLikeProbabilities(prediction.numeric)) {
    scores = { classes: null, columns: [prediction.numeric], names: ['response value (positive-class probability)'] };
    prediction = undefined;
  }
  if (!prediction && !scores)
    throw new UserError(`${source}: the responses hold neither predictions nor probabilities.`);
  return { rowCount: n, source, ...(prediction ? { prediction } : {}), ...(scores ? { scores } : {}) };
}

function looksLikeProbabilities(values: Float64Array): boolean {
  let fractional = false;
  for (let i = 0; i < values.length; i += 1) {
    const v = values[i] as number;
    if (!(v >= 0 && v <= 1)) return false;
    if (!Number.isInteger(v)) fractional = true;
  }
  return fractional;
}

function probabilityColumns(rows: readonly DecodedRow[], source: string, classOrder: readonly string[]): ScoreSet {
  const first = rows[0]?.proba;
  if (Array.isArray(first)) {
    const k = first.length;
    if (rows.some((row) => !Array.isArray(row.proba) || row.proba.length !== k)) {
      throw new UserError(`${source}: probability vectors differ in length between rows.`);
    }
    if (k !== classOrder.length) {
      throw new UserError(
        `${source}: the model returns ${k} probabilities per row but the holdout target has ${classOrder.length} classes (${classOrder.join(', ')}).`,
        {
          hint: 'Positional probabilities are read in sorted class order, as sklearn’s classes_; return them keyed by class to be explicit.',
        },
      );
    }
    const columns = Array.from({ length: k }, (_, j) =>
      Float64Array.from(rows, (row) => (row.proba as number[])[j] as number),
    );
    return { classes: [...classOrder], columns, names: classOrder.map((c) => `probability of ${c}`) };
  }
  const classes = new Set<string>();
  for (const row of rows)
    for (const key of Object.keys(row.proba as Record<string, number>)) classes.add(canonicalLabel(key) ?? key);
  const list = [...classes];
  const columns = list.map(() => new Float64Array(rows.length).fill(Number.NaN));
  rows.forEach((row, i) => {
    for (const [key, p] of Object.entries(row.proba as Record<string, number>)) {
      (columns[list.indexOf(canonicalLabel(key) ?? key)] as Float64Array)[i] = p;
    }
  });
  return { classes: list, columns, names: list.map((c) => `probability of ${c}`) };
}
