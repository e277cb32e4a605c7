import { rankingSummary, type RankingSummary } from './ranking-curve.js';

/** Machine epsilon of float64, where newer sklearn clips probabilities for the log loss. */
export const FLOAT64_EPS = 2.220446049250313e-16;

export interface BinaryCounts {
  readonly tn: number;
  readonly fp: number;
  readonly fn: number;
  readonly tp: number;
}

export interface BinaryMetrics {
  readonly values: Record<string, number>;
  /** [[tn, fp], [fn, tp]]: rows are the true class, negative first, as `sklearn.metrics.confusion_matrix`. */
  readonly confusion: number[][];
  readonly ranking?: RankingSummary;
  readonly warnings: string[];
}

/** `sklearn.metrics.confusion_matrix(y_true, y_pred)` for labels {0, 1}, in one pass. */
export function binaryCounts(yTrue: Uint8Array, yPred: Uint8Array): BinaryCounts {
  // Index 2·truth + prediction into four counters: no branch in the loop.
  const counts = new Float64Array(4);
  for (let i = 0; i < yTrue.length; i += 1) {
    const at = ((yTrue[i] as number) << 1) | (yPred[i] as number);
    counts[at] = (counts[at] as number) + 1;
  }
  return { tn: counts[0] as number, fp: counts[1] as number, fn: counts[2] as number, tp: counts[3] as number };
}

/** a / b, or 0 when b is 0: sklearn's `zero_division=0` (its default "warn" also returns 0). */
export function safeDivide(a: number, b: number): number {
  return b === 0 ? 0 : a / b;
}

/**
 * Matthews correlation coefficient from a confusion matrix, as
 * `sklearn.metrics.matthews_corrcoef` (0 when either marginal is constant).
 */
export function mccFromMatrix(matrix: readonly (readonly number[])[]): number {
  const k = matrix.length;
  const t = new Float64Array(k);
  const p = new Float64Array(k);
  let correct = 0;
  let n = 0;
  for (let a = 0; a < k; a += 1) {
    for (let b = 0; b < k; b += 1) {
      const c = matrix[a]?.[b] ?? 0;
      t[a] = (t[a] as number) + c;
      p[b] = (p[b] as number) + c;
      n += c;
      if (a === b) correct += c;
    }
  }
  let tp = 0;
  let pp = 0;
  let tt = 0;
  for (let a = 0; a < k; a += 1) {
    tp += (t[a] as number) * (p[a] as number);
    pp += (p[a] as number) * (p[a] as number);
    tt += (t[a] as number) * (t[a] as number);
  }
  const covTP = correct * n - tp;
  const covPP = n * n - pp;
  const covTT = n * n - tt;
  if (covPP * covTT === 0) return 0;
  return covTP / Math.sqrt(covTT * covPP);
}

/** `sklearn.metrics.log_loss(y_true, p)` for the positive-class probability p, clipped at float64 eps. */
export function binaryLogLoss(yTrue: Uint8Array, score: Float64Array): number {
  let sum = 0;
  const hi = 1 - FLOAT64_EPS;
  for (let i = 0; i < yTrue.length; i += 1) {
    let p = score[i] as number;
    p = p < FLOAT64_EPS ? FLOAT64_EPS : p > hi ? hi : p;
    sum -= Math.log(yTrue[i] ? p : 1 - p);
  }
  return sum / yTrue.length;
}

/** `sklearn.metrics.brier_score_loss(y_true, p)`. */
export function brierScore(yTrue: Uint8Array, score: Float64Array): number {
  let sum = 0;
  for (let i = 0; i < yTrue.length; i += 1) {
    const d = (yTrue[i] as number) - (score[i] as number);
    sum += d * d;
  }
  return sum / yTrue.length;
}

/**
 * The binary classification metrics with 1 as the positive class:
 * accuracy_score, balanced_accuracy_score, precision_score, recall_score,
 * f1_score (zero_division=0), matthews_corrcoef, confusion_matrix, and, with
 * scores, roc_auc_score, average_precision_score, log_loss, brier_score_loss.
 */
export function binaryMetrics(yTrue: Uint8Array, yPred: Uint8Array, score?: Float64Array): BinaryMetrics {
  const warnings: string[] = [];
  const { tn, fp, fn, tp } = binaryCounts(yTrue, yPred);
  const n = tn + fp + fn + tp;
  const values: Record<string, number> = {};
  values.accuracy = (tp + tn) / n;
  // balanced_accuracy_score averages recall over the classes present in y_true.
  const recalls: number[] = [];
  if (tn + fp > 0) recalls.push(tn / (tn + fp));
  if (tp + fn > 0) recalls.push(tp / (tp + fn));
  values.balanced_accuracy = recalls.reduce((a, b) => a + b, 0) / recalls.length;
  if (tp + fp === 0) warnings.push('precision is ill-defined (no predicted positives): set to 0 (zero_division=0)');
  if (tp + fn === 0)
    warnings.push('recall is ill-defined (no true positives in the holdout): set to 0 (zero_division=0)');
  values.precision = safeDivide(tp, tp + fp);
  values.recall = safeDivide(tp, tp + fn);
  values.f1 = safeDivide(2 * tp, 2 * tp + fp + fn);
  values.mcc = mccFromMatrix([
    [tn, fp],
    [fn, tp],
  ]);
  let ranking: RankingSummary | undefined;
  if (score) {
    ranking = rankingSummary(yTrue, score);
    if (Number.isNaN(ranking.rocAuc)) {
      warnings.push('roc_auc is undefined: only one class is present in the holdout target (reported as NaN)');
    }
    values.roc_auc = ranking.rocAuc;
    values.average_precision = ranking.averagePrecision;
    values.log_loss = binaryLogLoss(yTrue, score);
    values.brier = brierScore(yTrue, score);
  }
  return {
    values,
    confusion: [
      [tn, fp],
      [fn, tp],
    ],
    ranking,
    warnings,
  };
}
