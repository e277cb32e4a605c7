import { FLOAT64_EPS, mccFromMatrix, safeDivide } from './binary-metrics.js';
import { rankingSummary } from './ranking-curve.js';

export interface ClassReport {
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
  readonly support: number;
}

export interface MulticlassMetrics {
  readonly values: Record<string, number>;
  /** Over the classes present in y_true or y_pred (sklearn's `unique_labels`), by class index. */
  readonly labels: number[];
  readonly confusion: number[][];
  /** `classification_report(..., output_dict=True)` rows, keyed by class index. */
  readonly perClass: Map<number, ClassReport>;
  readonly warnings: string[];
}

/** `sklearn.metrics.confusion_matrix` over class indices 0..k-1 (all k rows and columns). */
export function confusionMatrix(yTrue: Int32Array, yPred: Int32Array, k: number): Float64Array {
  const m = new Float64Array(k * k);
  for (let i = 0; i < yTrue.length; i += 1) {
    const at = (yTrue[i] as number) * k + (yPred[i] as number);
    m[at] = (m[at] as number) + 1;
  }
  return m;
}

/**
 * Multiclass metrics over class indices 0..k-1 (`proba` is n×k, row-major,
 * columns in class-index order): accuracy_score, balanced_accuracy_score,
 * precision/recall/f1_score with average='macro'|'micro'|'weighted'
 * (zero_division=0), matthews_corrcoef, confusion_matrix and, with
 * probabilities, roc_auc_score(multi_class='ovr', average='macro'|'weighted')
 * and log_loss.
 */
export function multiclassMetrics(
  yTrue: Int32Array,
  yPred: Int32Array,
  k: number,
  proba?: Float64Array,
): MulticlassMetrics {
  const warnings: string[] = [];
  const full = confusionMatrix(yTrue, yPred, k);
  const support = new Float64Array(k);
  const predicted = new Float64Array(k);
  for (let a = 0; a < k; a += 1) {
    for (let b = 0; b < k; b += 1) {
      support[a] = (support[a] as number) + (full[a * k + b] as number);
      predicted[b] = (predicted[b] as number) + (full[a * k + b] as number);
    }
  }
  const labels: number[] = [];
  for (let c = 0; c < k; c += 1) if ((support[c] as number) > 0 || (predicted[c] as number) > 0) labels.push(c);
  const confusion = labels.map((a) => labels.map((b) => full[a * k + b] as number));
  const n = yTrue.length;
  const perClass = new Map<number, ClassReport>();
  let tpSum = 0;
  let predSum = 0;
  let trueSum = 0;
  const macro = { precision: 0, recall: 0, f1: 0 };
  const weighted = { precision: 0, recall: 0, f1: 0 };
  for (const c of labels) {
    const tp = full[c * k + c] as number;
    const s = support[c] as number;
    const p = predicted[c] as number;
    const row: ClassReport = {
      precision: safeDivide(tp, p),
      recall: safeDivide(tp, s),
      f1: safeDivide(2 * tp, p + s),
      support: s,
    };
    perClass.set(c, row);
    tpSum += tp;
    predSum += p;
    trueSum += s;
    for (const key of ['precision', 'recall', 'f1'] as const) {
      macro[key] = (macro[key] as number) + row[key] / labels.length;
      weighted[key] = (weighted[key] as number) + (row[key] * s) / n;
    }
  }
  const values: Record<string, number> = {};
  values.accuracy = tpSum / n;
  let balanced = 0;
  let present = 0;
  for (const c of labels) {
    if ((support[c] as number) === 0) continue;
    balanced += (full[c * k + c] as number) / (support[c] as number);
    present += 1;
  }
  if (present < labels.length) warnings.push('y_pred contains classes not in y_true (balanced accuracy ignores them)');
  values.balanced_accuracy = balanced / present;
  const microP = safeDivide(tpSum, predSum);
  const microR = safeDivide(tpSum, trueSum);
  for (const key of ['precision', 'recall', 'f1'] as const) {
    values[`${key}_macro`] = macro[key];
    values[`${key}_weighted`] = weighted[key];
  }
  values.precision_micro = microP;
  values.recall_micro = microR;
  values.f1_micro = safeDivide(2 * tpSum, predSum + trueSum);
  values.mcc = mccFromMatrix(confusion);
  if (proba) {
    const auc = ovrRocAuc(yTrue, proba, k, support);
    if (auc.missing.length) {
      warnings.push(`roc_auc_ovr leaves out ${auc.missing.length} class(es) absent from the holdout target`);
    }
    values.roc_auc_ovr = auc.macro;
    values.roc_auc_ovr_weighted = auc.weighted;
    values.log_loss = multiclassLogLoss(yTrue, proba, k);
  }
  return { values, labels, confusion, perClass, warnings };
}

/**
 * One-vs-rest ROC AUC as `roc_auc_score(y, proba, multi_class='ovr')`: the
 * binary AUC of each class against the rest, averaged unweighted (macro) or
 * by prevalence (weighted). Classes absent from y_true are left out (sklearn
 * would refuse the call; their AUC is undefined).
 */
export function ovrRocAuc(
  yTrue: Int32Array,
  proba: Float64Array,
  k: number,
  support: Float64Array,
): { macro: number; weighted: number; perClass: Float64Array; missing: number[] } {
  const n = yTrue.length;
  const perClass = new Float64Array(k).fill(Number.NaN);
  const missing: number[] = [];
  const isC = new Uint8Array(n);
  const column = new Float64Array(n);
  let macro = 0;
  let weighted = 0;
  let counted = 0;
  for (let c = 0; c < k; c += 1) {
    if ((support[c] as number) === 0) {
      missing.push(c);
      continue;
    }
    for (let i = 0; i < n; i += 1) {
      isC[i] = yTrue[i] === c ? 1 : 0;
      column[i] = proba[i * k + c] as number;
    }
    const auc = rankingSummary(isC, column, 0).rocAuc;
    perClass[c] = auc;
    macro += auc;
    weighted += auc * (support[c] as number);
    counted += 1;
  }
  return { macro: macro / counted, weighted: weighted / n, perClass, missing };
}

/** `sklearn.metrics.log_loss(y, proba, labels=classes)`, probabilities clipped at float64 eps. */
export function multiclassLogLoss(yTrue: Int32Array, proba: Float64Array, k: number): number {
  let sum = 0;
  const hi = 1 - FLOAT64_EPS;
  for (let i = 0; i < yTrue.length; i += 1) {
    let p = proba[i * k + (yTrue[i] as number)] as number;
    p = p < FLOAT64_EPS ? FLOAT64_EPS : p > hi ? hi : p;
    sum -= Math.log(p);
  }
  return sum / yTrue.length;
}
