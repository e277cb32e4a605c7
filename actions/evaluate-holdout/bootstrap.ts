import { BinaryResampler } from './binary-resample.js';
import { evaluate, rowCount, subset, type EvaluationData } from './evaluation-data.js';

export interface Interval {
  readonly lower: number;
  readonly upper: number;
  /** Resamples where the metric was defined (e.g. AUC needs both classes). */
  readonly resamples: number;
}

/**
 * A small seeded generator (mulberry32): the same seed gives the same
 * resamples on every machine, so a bootstrap gate is reproducible.
 */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** `numpy.percentile(values, q)` with the default linear interpolation; sorts in place. */
export function percentile(values: Float64Array, q: number): number {
  if (values.length === 0) return Number.NaN;
  values.sort();
  const position = (q / 100) * (values.length - 1);
  const low = Math.floor(position);
  const high = Math.min(low + 1, values.length - 1);
  const a = values[low] as number;
  const b = values[high] as number;
  return a + (b - a) * (position - low);
}

/**
 * Percentile bootstrap confidence intervals, as
 * `scipy.stats.bootstrap(..., method='percentile', confidence_level=c)`:
 * `resamples` draws of n rows with replacement, every metric computed on each,
 * and the (1−c)/2 and (1+c)/2 percentiles of the defined values.
 */
export function bootstrapIntervals(
  data: EvaluationData,
  options: { resamples: number; confidence: number; seed: number; metrics: readonly string[] },
): Record<string, Interval> {
  const n = rowCount(data);
  const random = mulberry32(options.seed);
  const draws = new Map<string, Float64Array>();
  const defined = new Map<string, number>();
  for (const metric of options.metrics) {
    draws.set(metric, new Float64Array(options.resamples));
    defined.set(metric, 0);
  }
  const indices = new Uint32Array(n);
  const counts = data.task === 'binary' ? new Uint32Array(n) : undefined;
  // Binary metrics of a resample come from draw counts over one ranking: no sort per resample.
  const resampler = data.task === 'binary' ? new BinaryResampler(data.yTrue, data.yPred, data.score) : undefined;
  for (let b = 0; b < options.resamples; b += 1) {
    let metrics: Record<string, number>;
    if (resampler && counts) {
      counts.fill(0);
      for (let i = 0; i < n; i += 1) {
        const row = Math.floor(random() * n);
        counts[row] = (counts[row] as number) + 1;
      }
      metrics = resampler.metrics(counts);
    } else {
      for (let i = 0; i < n; i += 1) indices[i] = Math.floor(random() * n);
      metrics = evaluate(subset(data, indices)).metrics;
    }
    for (const metric of options.metrics) {
      const value = metrics[metric];
      if (value === undefined || Number.isNaN(value)) continue;
      const count = defined.get(metric) as number;
      (draws.get(metric) as Float64Array)[count] = value;
      defined.set(metric, count + 1);
    }
  }
  const alpha = (1 - options.confidence) / 2;
  const out: Record<string, Interval> = {};
  for (const metric of options.metrics) {
    const count = defined.get(metric) as number;
    const values = (draws.get(metric) as Float64Array).subarray(0, count);
    out[metric] = {
      lower: percentile(values, alpha * 100),
      upper: percentile(values, (1 - alpha) * 100),
      resamples: count,
    };
  }
  return out;
}
