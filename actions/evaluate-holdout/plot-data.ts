/**
 * The data behind the report's diagnostic plots, computed once and stored in
 * report.json so the HTML only draws.
 */

export interface CalibrationBin {
  readonly meanPredicted: number;
  readonly fractionPositive: number;
  readonly count: number;
}

/**
 * Reliability diagram bins, as `sklearn.calibration.calibration_curve(y,
 * p, n_bins=10, strategy='uniform')`: equal-width bins over [0, 1], empty
 * bins left out, plus the count per bin.
 */
export function calibrationBins(yTrue: Uint8Array, score: Float64Array, bins = 10): CalibrationBin[] {
  const sums = new Float64Array(bins);
  const positives = new Float64Array(bins);
  const counts = new Float64Array(bins);
  // sklearn: np.searchsorted(np.linspace(0, 1, bins + 1)[1:-1], p), so a value on an edge joins the lower bin.
  const step = 1 / bins;
  const edges = Array.from({ length: bins - 1 }, (_, j) => (j + 1) * step);
  for (let i = 0; i < yTrue.length; i += 1) {
    const p = score[i] as number;
    let b = Math.min(bins - 1, Math.max(0, Math.ceil(p * bins) - 1));
    while (b > 0 && p <= (edges[b - 1] as number)) b -= 1;
    while (b < bins - 1 && p > (edges[b] as number)) b += 1;
    sums[b] = (sums[b] as number) + p;
    positives[b] = (positives[b] as number) + (yTrue[i] as number);
    counts[b] = (counts[b] as number) + 1;
  }
  const out: CalibrationBin[] = [];
  for (let b = 0; b < bins; b += 1) {
    const count = counts[b] as number;
    if (count === 0) continue;
    out.push({ meanPredicted: (sums[b] as number) / count, fractionPositive: (positives[b] as number) / count, count });
  }
  return out;
}

/** Up to `limit` (predicted, residual) pairs, taken at an even stride so the plot stays small. */
export function residualSample(
  yTrue: Float64Array,
  yPred: Float64Array,
  limit = 1500,
): { predicted: number; residual: number }[] {
  const step = Math.max(1, Math.ceil(yTrue.length / limit));
  const out: { predicted: number; residual: number }[] = [];
  for (let i = 0; i < yTrue.length; i += step) {
    out.push({ predicted: yPred[i] as number, residual: (yTrue[i] as number) - (yPred[i] as number) });
  }
  return out;
}
