import { UserError } from '../shared/errors.js';
import type { EvaluationData } from './evaluation-data.js';
import type { Task } from './metric-catalog.js';
import { sortClasses, type RawPredictions, type ScoreSet, type ValueColumn } from './prediction-types.js';

/** Rows whose probabilities sum further than this from 1 are reported (a warning, not an error). */
export const PROBABILITY_SUM_TOLERANCE = 1e-4;

export interface EncodeOptions {
  readonly task: Task;
  readonly positiveLabel?: string;
  /** Binary: a score at or above this is a positive prediction. */
  readonly threshold: number;
}

export interface Encoded {
  readonly data: EvaluationData;
  /** Binary: the positive class and how it was chosen. */
  readonly positiveLabel?: string;
  readonly positiveReason?: string;
  readonly warnings: string[];
}

function rowsList(rows: readonly number[]): string {
  const shown = rows.slice(0, 5).map((r) => r + 1);
  return `${shown.join(', ')}${rows.length > 5 ? `, … (${rows.length} rows)` : ''}`;
}

/** NaN, missing and out-of-range checks that hold for every task. */
function checkPredictions(predictions: RawPredictions, needProbabilities: boolean): string[] {
  const warnings: string[] = [];
  const { prediction, scores, source } = predictions;
  if (prediction) {
    const missing: number[] = [];
    prediction.text.forEach((value, row) => value === null && missing.push(row));
    if (missing.length) {
      throw new UserError(
        `${source}: the prediction column '${prediction.name}' has missing or NaN values in rows ${rowsList(missing)}.`,
        { hint: 'Every holdout row needs a prediction; check the model output for failed rows.' },
      );
    }
  }
  if (!scores) return warnings;
  scores.columns.forEach((column, c) => {
    const bad: number[] = [];
    const nan: number[] = [];
    for (let i = 0; i < column.length; i += 1) {
      const p = column[i] as number;
      if (Number.isNaN(p)) nan.push(i);
      else if (p < 0 || p > 1) bad.push(i);
    }
    const name = scores.names[c] ?? `score ${c}`;
    if (nan.length) throw new UserError(`${source}: probability '${name}' is NaN or missing in rows ${rowsList(nan)}.`);
    if (bad.length && needProbabilities) {
      throw new UserError(`${source}: probability '${name}' is outside [0, 1] in rows ${rowsList(bad)}.`, {
        hint: 'Score columns must hold probabilities (predict_proba), not logits or decision_function values.',
      });
    }
  });
  if (scores.classes && scores.columns.length > 1) {
    const off: number[] = [];
    const n = predictions.rowCount;
    for (let i = 0; i < n; i += 1) {
      let sum = 0;
      for (const column of scores.columns) sum += column[i] as number;
      if (Math.abs(sum - 1) > PROBABILITY_SUM_TOLERANCE) off.push(i);
    }
    if (off.length) {
      warnings.push(
        `${source}: probabilities of ${off.length} row(s) do not sum to 1 (±${PROBABILITY_SUM_TOLERANCE}), e.g. rows ${rowsList(off)}; metrics use them as given`,
      );
    }
  }
  return warnings;
}

function targetRows(target: ValueColumn): void {
  const missing: number[] = [];
  target.text.forEach((value, row) => value === null && missing.push(row));
  if (missing.length) {
    throw new UserError(`The target column '${target.name}' has missing values in rows ${rowsList(missing)}.`, {
      hint: 'Drop unlabelled rows from the holdout: they cannot be scored.',
    });
  }
}

/** Encodes target and predictions for the metrics, after checking them. */
export function encode(target: ValueColumn, predictions: RawPredictions, options: EncodeOptions): Encoded {
  if (target.text.length !== predictions.rowCount) {
    throw new UserError(
      `The holdout has ${target.text.length} rows but ${predictions.source} gave ${predictions.rowCount} predictions.`,
      { hint: "Align predictions by id with 'id-column', or give one prediction per holdout row in the same order." },
    );
  }
  if (target.text.length === 0) throw new UserError('The holdout has no rows to evaluate.');
  targetRows(target);
  if (options.task === 'regression') return encodeRegression(target, predictions);
  const warnings = checkPredictions(predictions, true);
  const targetClasses = new Set(target.text as string[]);
  const known = new Set([...targetClasses, ...(predictions.scores?.classes ?? [])]);
  const predicted = new Set(predictions.prediction?.text as string[] | undefined);
  const unseen = [...predicted].filter((label) => !known.has(label));
  // A binary holdout may hold one class only; then the other class may come from the predictions.
  const allowedUnseen = options.task === 'binary' ? Math.max(0, 2 - known.size) : 0;
  if (unseen.length > allowedUnseen) {
    throw new UserError(
      `${predictions.source} predicts class(es) ${unseen
        .slice(0, 5)
        .map((c) => `'${c}'`)
        .join(', ')} that the holdout target '${target.name}' never has (classes: ${sortClasses(known).join(', ')}).`,
      {
        hint: 'Check the label encoding (e.g. 0/1 vs no/yes) and positive-label, or that the right target column is used.',
      },
    );
  }
  const classes = sortClasses([...known, ...unseen]);
  if (options.task === 'binary') return encodeBinary(target, predictions, classes, options, warnings);
  return encodeMulticlass(target, predictions, classes, warnings);
}

function encodeRegression(target: ValueColumn, predictions: RawPredictions): Encoded {
  if (!target.numeric) {
    const bad = target.text.findIndex((v) => v !== null && Number.isNaN(Number(v)));
    throw new UserError(
      `The target column '${target.name}' is not numeric (row ${bad + 1}: '${target.text[bad]}'), so it cannot be a regression target.`,
      { hint: "Set 'task' to binary or multiclass, or pick the numeric target column." },
    );
  }
  const prediction = predictions.prediction;
  if (!prediction)
    throw new UserError(`${predictions.source} has no prediction column: regression needs predicted values.`);
  checkPredictions({ ...predictions, scores: undefined }, false);
  if (!prediction.numeric) {
    const bad = prediction.text.findIndex((v) => v !== null && Number.isNaN(Number(v)));
    throw new UserError(
      `${predictions.source}: prediction '${prediction.text[bad]}' (row ${bad + 1}) is not a number.`,
    );
  }
  return { data: { task: 'regression', yTrue: target.numeric, yPred: prediction.numeric }, warnings: [] };
}

function choosePositive(classes: readonly string[], given: string | undefined): { label: string; reason: string } {
  if (given !== undefined) {
    if (classes.length >= 2 && !classes.includes(given)) {
      throw new UserError(`positive-label '${given}' is not one of the classes ${classes.join(', ')}.`);
    }
    return { label: given, reason: 'given as positive-label' };
  }
  const last = classes[classes.length - 1] ?? '1';
  return {
    label: last,
    reason: "the greater of the two classes (sklearn's classes_[1]); set positive-label to change it",
  };
}

/** The positive class's probability column from a score set, or 1 − the negative's. */
function positiveScore(scores: ScoreSet, positive: string, negative: string, source: string): Float64Array {
  if (!scores.classes) return scores.columns[0] as Float64Array;
  const p = scores.classes.indexOf(positive);
  if (p >= 0) return scores.columns[p] as Float64Array;
  const q = scores.classes.indexOf(negative);
  if (q >= 0) return (scores.columns[q] as Float64Array).map((v) => 1 - v);
  throw new UserError(`${source} has no probability column for the positive class '${positive}'.`, {
    hint: `Probability columns found for: ${scores.classes.join(', ')}. Set score-columns or positive-label.`,
  });
}

function encodeBinary(
  target: ValueColumn,
  predictions: RawPredictions,
  classes: string[],
  options: EncodeOptions,
  warnings: string[],
): Encoded {
  if (classes.length > 2) {
    throw new UserError(
      `task is binary but the holdout and predictions hold ${classes.length} classes: ${classes.join(', ')}.`,
      {
        hint: "Set 'task: multiclass', or fix the target column.",
      },
    );
  }
  const { label: positive, reason } = choosePositive(classes, options.positiveLabel);
  const negative = classes.find((c) => c !== positive) ?? `not ${positive}`;
  const n = predictions.rowCount;
  const yTrue = new Uint8Array(n);
  target.text.forEach((value, i) => (yTrue[i] = value === positive ? 1 : 0));
  const score = predictions.scores
    ? positiveScore(predictions.scores, positive, negative, predictions.source)
    : undefined;
  const yPred = new Uint8Array(n);
  if (score) {
    for (let i = 0; i < n; i += 1) yPred[i] = (score[i] as number) >= options.threshold ? 1 : 0;
    const stated = predictions.prediction?.text;
    if (stated) {
      let differ = 0;
      for (let i = 0; i < n; i += 1) if ((stated[i] === positive ? 1 : 0) !== yPred[i]) differ += 1;
      // Worth saying: the labels the model itself predicts are not what is being scored.
      if (differ) {
        warnings.push(
          `${predictions.source}: the prediction column disagrees with probability >= ${options.threshold} on ${differ} row(s); label metrics use the threshold`,
        );
      }
    }
  } else if (predictions.prediction) {
    predictions.prediction.text.forEach((value, i) => (yPred[i] = value === positive ? 1 : 0));
  } else {
    throw new UserError(`${predictions.source} has neither a prediction column nor a probability column.`);
  }
  return {
    data: { task: 'binary', classes: [negative, positive], yTrue, yPred, ...(score ? { score } : {}) },
    positiveLabel: positive,
    positiveReason: reason,
    warnings,
  };
}

function encodeMulticlass(
  target: ValueColumn,
  predictions: RawPredictions,
  classes: string[],
  warnings: string[],
): Encoded {
  const k = classes.length;
  const index = new Map(classes.map((c, i) => [c, i]));
  const n = predictions.rowCount;
  const yTrue = new Int32Array(n);
  target.text.forEach((value, i) => (yTrue[i] = index.get(value as string) ?? -1));
  let proba: Float64Array | undefined;
  const scores = predictions.scores;
  if (scores) {
    if (!scores.classes) {
      throw new UserError(
        `${predictions.source}: a multiclass task needs one probability column per class (class=column pairs).`,
      );
    }
    const missing = classes.filter((c) => !scores.classes?.includes(c));
    if (missing.length) {
      throw new UserError(`${predictions.source} has no probability column for class(es) ${missing.join(', ')}.`, {
        hint: "Name them 'proba_<class>' or list them in score-columns as class=column lines.",
      });
    }
    proba = new Float64Array(n * k);
    classes.forEach((c, j) => {
      const column = scores.columns[scores.classes?.indexOf(c) ?? -1] as Float64Array;
      for (let i = 0; i < n; i += 1) (proba as Float64Array)[i * k + j] = column[i] as number;
    });
  }
  const yPred = new Int32Array(n);
  if (predictions.prediction) {
    predictions.prediction.text.forEach((value, i) => (yPred[i] = index.get(value as string) ?? -1));
  } else if (proba) {
    // numpy.argmax: the first of equal maxima.
    for (let i = 0; i < n; i += 1) {
      let best = 0;
      for (let j = 1; j < k; j += 1) if ((proba[i * k + j] as number) > (proba[i * k + best] as number)) best = j;
      yPred[i] = best;
    }
  } else {
    throw new UserError(`${predictions.source} has neither a prediction column nor probability columns.`);
  }
  return { data: { task: 'multiclass', classes, yTrue, yPred, ...(proba ? { proba } : {}) }, warnings };
}
