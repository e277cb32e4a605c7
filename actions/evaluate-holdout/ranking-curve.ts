/**
 * ROC and precision–recall curves from one ranking of the scores.
 *
 * sklearn sorts the scores once per metric (`roc_auc_score` and
 * `average_precision_score` each call `_binary_clf_curve`). Here the positive
 * and negative scores are sorted separately with the native typed-array sort
 * (no comparator, so V8 sorts in C++) and merged from the top; one walk over
 * the distinct thresholds yields both areas and a few hundred plot points.
 */

export interface CurvePoint {
  readonly x: number;
  readonly y: number;
}

export interface RankingSummary {
  readonly positives: number;
  readonly negatives: number;
  /** NaN when only one class is present (newer sklearn's behaviour, with a warning). */
  readonly rocAuc: number;
  readonly averagePrecision: number;
  /** (fpr, tpr) from (0,0) to (1,1), thinned to about `curvePoints` points. */
  readonly roc: CurvePoint[];
  /** (recall, precision) by decreasing threshold, thinned likewise. */
  readonly pr: CurvePoint[];
}

/** Splits scores by class into two new arrays sorted ascending; -0 becomes +0 so ties group. */
export function splitAndSort(isPositive: Uint8Array, scores: Float64Array): { pos: Float64Array; neg: Float64Array } {
  let positives = 0;
  for (let i = 0; i < isPositive.length; i += 1) positives += isPositive[i] as number;
  const pos = new Float64Array(positives);
  const neg = new Float64Array(isPositive.length - positives);
  let p = 0;
  let q = 0;
  for (let i = 0; i < isPositive.length; i += 1) {
    const s = (scores[i] as number) + 0;
    if (isPositive[i]) pos[p++] = s;
    else neg[q++] = s;
  }
  pos.sort();
  neg.sort();
  return { pos, neg };
}

/**
 * Area under the ROC curve and average precision, as
 * `sklearn.metrics.roc_auc_score(y, s)` and
 * `sklearn.metrics.average_precision_score(y, s)` compute them: the ROC area
 * by the trapezoidal rule over distinct thresholds (so tied scores count ½),
 * AP as Σ (Rₙ − Rₙ₋₁)·Pₙ without interpolation. Counts are kept as exact
 * integers, so the area is at least as accurate as sklearn's.
 */
export function rankingSummary(isPositive: Uint8Array, scores: Float64Array, curvePoints = 200): RankingSummary {
  const { pos, neg } = splitAndSort(isPositive, scores);
  return rankingFromSorted(pos, neg, curvePoints);
}

/** `rankingSummary` over scores already split by class and sorted ascending (the bootstrap and benchmarks reuse it). */
export function rankingFromSorted(pos: Float64Array, neg: Float64Array, curvePoints = 200): RankingSummary {
  const P = pos.length;
  const N = neg.length;
  let i = P - 1;
  let j = N - 1;
  let tp = 0;
  let fp = 0;
  let twiceArea = 0;
  let apSum = 0;
  const roc: CurvePoint[] = [{ x: 0, y: 0 }];
  const pr: CurvePoint[] = [];
  const step = 1 / Math.max(1, curvePoints);
  let lastX = 0;
  let lastY = 0;
  while (i >= 0 || j >= 0) {
    const top = i < 0 ? (neg[j] as number) : j < 0 ? (pos[i] as number) : Math.max(pos[i] as number, neg[j] as number);
    const tpPrev = tp;
    const fpPrev = fp;
    while (i >= 0 && pos[i] === top) {
      tp += 1;
      i -= 1;
    }
    while (j >= 0 && neg[j] === top) {
      fp += 1;
      j -= 1;
    }
    twiceArea += (fp - fpPrev) * (tp + tpPrev);
    if (tp > tpPrev) apSum += ((tp - tpPrev) * tp) / (tp + fp);
    const x = N ? fp / N : Number.NaN;
    const y = P ? tp / P : Number.NaN;
    const last = i < 0 && j < 0;
    if (last || x - lastX >= step || y - lastY >= step) {
      roc.push({ x, y });
      pr.push({ x: y, y: tp / (tp + fp) });
      lastX = x;
      lastY = y;
    }
  }
  const rocAuc = P === 0 || N === 0 ? Number.NaN : twiceArea / (2 * P * N);
  // sklearn: with no positive sample, recall is set to 1 everywhere and AP is 0.
  const averagePrecision = P === 0 ? 0 : apSum / P;
  return { positives: P, negatives: N, rocAuc, averagePrecision, roc, pr };
}
