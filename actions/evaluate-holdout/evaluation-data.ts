import { binaryMetrics } from './binary-metrics.js';
import type { Task } from './metric-catalog.js';
import { multiclassMetrics, type ClassReport } from './multiclass-metrics.js';
import type { CurvePoint } from './ranking-curve.js';
import { regressionMetrics } from './regression-metrics.js';

/**
 * Labels and predictions after alignment and encoding: class indices into
 * `classes` for classifiers (binary: 0 negative, 1 positive), numbers for
 * regression. Everything the metrics read, nothing else.
 */
export type EvaluationData =
  | {
      readonly task: 'binary';
      readonly classes: readonly [string, string];
      readonly yTrue: Uint8Array;
      readonly yPred: Uint8Array;
      /** Probability of the positive class. */
      readonly score?: Float64Array;
    }
  | {
      readonly task: 'multiclass';
      readonly classes: readonly string[];
      readonly yTrue: Int32Array;
      readonly yPred: Int32Array;
      /** n × classes.length, row-major. */
      readonly proba?: Float64Array;
    }
  | {
      readonly task: 'regression';
      readonly yTrue: Float64Array;
      readonly yPred: Float64Array;
    };

export interface ClassifierDetails {
  readonly labels: string[];
  readonly confusion: number[][];
  readonly perClass?: Record<string, ClassReport>;
  readonly roc?: CurvePoint[];
  readonly pr?: CurvePoint[];
}

export interface Evaluation {
  readonly metrics: Record<string, number>;
  readonly details?: ClassifierDetails;
  readonly warnings: string[];
}

export function rowCount(data: EvaluationData): number {
  return data.yTrue.length;
}

export function taskOf(data: EvaluationData): Task {
  return data.task;
}

/** Computes every metric the data allows (scores → ranking metrics). */
export function evaluate(data: EvaluationData): Evaluation {
  if (data.task === 'binary') {
    const result = binaryMetrics(data.yTrue, data.yPred, data.score);
    return {
      metrics: result.values,
      details: {
        labels: [...data.classes],
        confusion: result.confusion,
        roc: result.ranking?.roc,
        pr: result.ranking?.pr,
      },
      warnings: result.warnings,
    };
  }
  if (data.task === 'multiclass') {
    const result = multiclassMetrics(data.yTrue, data.yPred, data.classes.length, data.proba);
    const perClass: Record<string, ClassReport> = {};
    for (const [index, row] of result.perClass) perClass[data.classes[index] ?? String(index)] = row;
    return {
      metrics: result.values,
      details: {
        labels: result.labels.map((c) => data.classes[c] ?? String(c)),
        confusion: result.confusion,
        perClass,
      },
      warnings: result.warnings,
    };
  }
  return { metrics: regressionMetrics(data.yTrue, data.yPred), warnings: [] };
}

/** The rows at `indices` (repeats allowed), for bootstrap resamples and slices. */
export function subset(data: EvaluationData, indices: Uint32Array): EvaluationData {
  const gatherF = (a: Float64Array, width = 1) => {
    const out = new Float64Array(indices.length * width);
    for (let i = 0; i < indices.length; i += 1) {
      const from = (indices[i] as number) * width;
      for (let w = 0; w < width; w += 1) out[i * width + w] = a[from + w] as number;
    }
    return out;
  };
  const gatherU8 = (a: Uint8Array) => {
    const out = new Uint8Array(indices.length);
    for (let i = 0; i < indices.length; i += 1) out[i] = a[indices[i] as number] as number;
    return out;
  };
  const gatherI32 = (a: Int32Array) => {
    const out = new Int32Array(indices.length);
    for (let i = 0; i < indices.length; i += 1) out[i] = a[indices[i] as number] as number;
    return out;
  };
  if (data.task === 'binary') {
    return {
      task: 'binary',
      classes: data.classes,
      yTrue: gatherU8(data.yTrue),
      yPred: gatherU8(data.yPred),
      score: data.score && gatherF(data.score),
    };
  }
  if (data.task === 'multiclass') {
    return {
      task: 'multiclass',
      classes: data.classes,
      yTrue: gatherI32(data.yTrue),
      yPred: gatherI32(data.yPred),
      proba: data.proba && gatherF(data.proba, data.classes.length),
    };
  }
  return { task: 'regression', yTrue: gatherF(data.yTrue), yPred: gatherF(data.yPred) };
}
