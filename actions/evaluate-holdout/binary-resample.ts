import { FLOAT64_EPS, mccFromMatrix, safeDivide } from './binary-metrics.js';

/**
 * Binary metrics of a bootstrap resample given as draw counts per row,
 * without materialising or re-sorting the resample. The rows are ranked by
 * score once; a resample's distinct thresholds are a subset of the original
 * ones (groups drawn zero times add nothing to either area), so the ROC AUC
 * and average precision are exactly `roc_auc_score` / `average_precision_score`
 * of the resampled rows. Counts make the other metrics exact too; only the
 * order of floating-point sums differs.
 */
export class BinaryResampler {
  /** Row indices by decreasing score. */
  private readonly order: Uint32Array;
  /** Start of each distinct-score group in `order`, plus a final end marker. */
  private readonly groupStart: Uint32Array;
  private readonly rowLoss: Float64Array | undefined;
  private readonly rowBrier: Float64Array | undefined;

  constructor(
    private readonly yTrue: Uint8Array,
    private readonly yPred: Uint8Array,
    private readonly score?: Float64Array,
  ) {
    const n = yTrue.length;
    if (!score) {
      this.order = new Uint32Array(0);
      this.groupStart = new Uint32Array(0);
      return;
    }
    const order = new Uint32Array(n);
    for (let i = 0; i < n; i += 1) order[i] = i;
    order.sort((a, b) => (score[b] as number) - (score[a] as number));
    const starts: number[] = [];
    for (let i = 0; i < n; i += 1) {
      if (i === 0 || score[order[i] as number] !== score[order[i - 1] as number]) starts.push(i);
    }
    starts.push(n);
    this.order = order;
    this.groupStart = Uint32Array.from(starts);
    const hi = 1 - FLOAT64_EPS;
    this.rowLoss = new Float64Array(n);
    this.rowBrier = new Float64Array(n);
    for (let i = 0; i < n; i += 1) {
      let p = score[i] as number;
      const y = yTrue[i] as number;
      this.rowBrier[i] = (y - p) * (y - p);
      p = p < FLOAT64_EPS ? FLOAT64_EPS : p > hi ? hi : p;
      this.rowLoss[i] = -Math.log(y ? p : 1 - p);
    }
  }

  /** The same metrics as `binaryMetrics` for the resample drawing row i `counts[i]` times. */
  metrics(counts: Uint32Array): Record<string, number> {
    const { yTrue, yPred } = this;
    let tn = 0;
    let fp = 0;
    let fn = 0;
    let tp = 0;
    let loss = 0;
    let brier = 0;
    for (let i = 0; i < counts.length; i += 1) {
      const w = counts[i] as number;
      if (w === 0) continue;
      if (yTrue[i]) {
        if (yPred[i]) tp += w;
        else fn += w;
      } else if (yPred[i]) fp += w;
      else tn += w;
      if (this.rowLoss) {
        loss += w * (this.rowLoss[i] as number);
        brier += w * ((this.rowBrier as Float64Array)[i] as number);
      }
    }
    const n = tn + fp + fn + tp;
    const recalls: number[] = [];
    if (tn + fp > 0) recalls.push(tn / (tn + fp));
    if (tp + fn > 0) recalls.push(tp / (tp + fn));
    const out: Record<string, number> = {
      accuracy: (tp + tn) / n,
      balanced_accuracy: recalls.reduce((a, b) => a + b, 0) / recalls.length,
      precision: safeDivide(tp, tp + fp),
      recall: safeDivide(tp, tp + fn),
      f1: safeDivide(2 * tp, 2 * tp + fp + fn),
      mcc: mccFromMatrix([
        [tn, fp],
        [fn, tp],
      ]),
    };
    if (this.score) {
      const { rocAuc, averagePrecision } = this.areas(counts);
      out.roc_auc = rocAuc;
      out.average_precision = averagePrecision;
      out.log_loss = loss / n;
      out.brier = brier / n;
    }
    return out;
  }

  private areas(counts: Uint32Array): { rocAuc: number; averagePrecision: number } {
    const { order, groupStart, yTrue } = this;
    let tp = 0;
    let fp = 0;
    let twiceArea = 0;
    let apSum = 0;
    for (let g = 0; g + 1 < groupStart.length; g += 1) {
      let dTp = 0;
      let dFp = 0;
      for (let k = groupStart[g] as number; k < (groupStart[g + 1] as number); k += 1) {
        const row = order[k] as number;
        const w = counts[row] as number;
        if (yTrue[row]) dTp += w;
        else dFp += w;
      }
      if (dTp === 0 && dFp === 0) continue;
      const tpPrev = tp;
      tp += dTp;
      fp += dFp;
      twiceArea += dFp * (tp + tpPrev);
      if (dTp > 0) apSum += (dTp * tp) / (tp + fp);
    }
    return {
      rocAuc: tp === 0 || fp === 0 ? Number.NaN : twiceArea / (2 * tp * fp),
      averagePrecision: tp === 0 ? 0 : apSum / tp,
    };
  }
}
