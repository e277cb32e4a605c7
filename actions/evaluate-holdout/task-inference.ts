import type { Task } from './metric-catalog.js';
import type { RawPredictions, ValueColumn } from './prediction-types.js';

/** Above this many distinct integer values a numeric target is taken as a regression target. */
export const MAX_INFERRED_CLASSES = 20;

export interface InferredTask {
  readonly task: Task;
  readonly reason: string;
}

function distinct(column: ValueColumn): Set<string> {
  const out = new Set<string>();
  for (const value of column.text) if (value !== null) out.add(value);
  return out;
}

function hasFraction(values: Float64Array | undefined): boolean {
  if (!values) return false;
  for (let i = 0; i < values.length; i += 1) {
    const v = values[i] as number;
    if (!Number.isNaN(v) && !Number.isInteger(v)) return true;
  }
  return false;
}

/**
 * Decides the task from the target and the predictions when `task` is not
 * given, and says why (the report records the reason):
 * - a non-numeric target is a classification target;
 * - a numeric target with fractions, or with more than 20 distinct values,
 *   or predicted with fractional values and no probabilities, is regression;
 * - otherwise classification; two classes (target, predicted and probability
 *   classes together) make it binary, more make it multiclass.
 */
export function inferTask(target: ValueColumn, predictions: RawPredictions): InferredTask {
  const targetClasses = distinct(target);
  const scoreClasses = predictions.scores?.classes ?? [];
  const hasScores = predictions.scores !== undefined;
  if (target.numeric) {
    const fractional = hasFraction(target.numeric);
    if (fractional) return { task: 'regression', reason: 'the target is numeric with fractional values' };
    if (!hasScores && hasFraction(predictions.prediction?.numeric)) {
      return { task: 'regression', reason: 'the target is numeric and the predictions have fractional values' };
    }
    if (!hasScores && targetClasses.size > MAX_INFERRED_CLASSES) {
      return {
        task: 'regression',
        reason: `the target is numeric with ${targetClasses.size} distinct values (more than ${MAX_INFERRED_CLASSES})`,
      };
    }
  }
  const all = new Set([...targetClasses, ...scoreClasses]);
  if (predictions.prediction) for (const value of distinct(predictions.prediction)) all.add(value);
  const kind = target.numeric ? 'integer' : 'categorical';
  if (all.size <= 2) {
    return { task: 'binary', reason: `the target is ${kind} with ${all.size} class(es) over target and predictions` };
  }
  return { task: 'multiclass', reason: `the target is ${kind} with ${all.size} classes over target and predictions` };
}
