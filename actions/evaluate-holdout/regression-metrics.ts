import { FLOAT64_EPS } from './binary-metrics.js';

/**
 * Regression metrics as sklearn.metrics computes them: mean_squared_error,
 * its square root (`mean_squared_error(squared=False)` / newer
 * `root_mean_squared_error`), mean_absolute_error, r2_score,
 * mean_absolute_percentage_error (dividing by max(|y|, eps)),
 * median_absolute_error, explained_variance_score and max_error. r2 and
 * explained variance follow `force_finite=True`: a constant target scores 1.0
 * when predicted perfectly and 0.0 otherwise.
 */
export function regressionMetrics(yTrue: Float64Array, yPred: Float64Array): Record<string, number> {
  const n = yTrue.length;
  let sumY = 0;
  let sumDiff = 0;
  let sq = 0;
  let abs = 0;
  let ape = 0;
  let maxErr = 0;
  const absErr = new Float64Array(n);
  for (let i = 0; i < n; i += 1) {
    const y = yTrue[i] as number;
    const d = y - (yPred[i] as number);
    const a = Math.abs(d);
    sumY += y;
    sumDiff += d;
    sq += d * d;
    abs += a;
    ape += a / Math.max(Math.abs(y), FLOAT64_EPS);
    if (a > maxErr) maxErr = a;
    absErr[i] = a;
  }
  const meanY = sumY / n;
  const meanDiff = sumDiff / n;
  let totalSS = 0;
  let diffVar = 0;
  for (let i = 0; i < n; i += 1) {
    const y = yTrue[i] as number;
    const t = y - meanY;
    const e = y - (yPred[i] as number) - meanDiff;
    totalSS += t * t;
    diffVar += e * e;
  }
  const mse = sq / n;
  return {
    mse,
    rmse: Math.sqrt(mse),
    mae: abs / n,
    r2: finiteScore(sq, totalSS),
    mape: ape / n,
    median_absolute_error: median(absErr),
    explained_variance: finiteScore(diffVar / n, totalSS / n),
    max_error: maxErr,
  };
}

/** sklearn's `_assemble_r2_explained_variance(..., force_finite=True)` for one output. */
function finiteScore(numerator: number, denominator: number): number {
  if (numerator === 0) return 1;
  if (denominator === 0) return 0;
  return 1 - numerator / denominator;
}

/** `numpy.median`: the mean of the two middle values for an even count. Sorts its argument in place. */
export function median(values: Float64Array): number {
  if (values.length === 0) return Number.NaN;
  values.sort();
  const mid = values.length >> 1;
  return values.length % 2 ? (values[mid] as number) : ((values[mid - 1] as number) + (values[mid] as number)) / 2;
}
