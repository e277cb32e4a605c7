/** The metric names users write in `metrics`, `gates` and `max-regression`, per task. */
export type Task = 'binary' | 'multiclass' | 'regression';

export const TASKS: readonly Task[] = ['binary', 'multiclass', 'regression'];

export const BINARY_METRICS = [
  'accuracy',
  'balanced_accuracy',
  'precision',
  'recall',
  'f1',
  'mcc',
  'roc_auc',
  'average_precision',
  'log_loss',
  'brier',
] as const;

export const MULTICLASS_METRICS = [
  'accuracy',
  'balanced_accuracy',
  'precision_macro',
  'recall_macro',
  'f1_macro',
  'precision_micro',
  'recall_micro',
  'f1_micro',
  'precision_weighted',
  'recall_weighted',
  'f1_weighted',
  'mcc',
  'roc_auc_ovr',
  'roc_auc_ovr_weighted',
  'log_loss',
] as const;

export const REGRESSION_METRICS = [
  'mse',
  'rmse',
  'mae',
  'r2',
  'mape',
  'median_absolute_error',
  'explained_variance',
  'max_error',
] as const;

/** Measured when predictions come over HTTP (`image`, `endpoint`). */
export const SERVING_METRICS = ['latency_p50_ms', 'latency_p95_ms', 'latency_p99_ms', 'throughput_rows_per_s'] as const;

/** Metrics that need probabilities (score columns or a model that returns them). */
export const SCORE_METRICS = new Set([
  'roc_auc',
  'average_precision',
  'log_loss',
  'brier',
  'roc_auc_ovr',
  'roc_auc_ovr_weighted',
]);

const HIGHER_IS_BETTER = new Set([
  'accuracy',
  'balanced_accuracy',
  'precision',
  'recall',
  'f1',
  'mcc',
  'roc_auc',
  'average_precision',
  'precision_macro',
  'recall_macro',
  'f1_macro',
  'precision_micro',
  'recall_micro',
  'f1_micro',
  'precision_weighted',
  'recall_weighted',
  'f1_weighted',
  'roc_auc_ovr',
  'roc_auc_ovr_weighted',
  'r2',
  'explained_variance',
  'throughput_rows_per_s',
]);

/** Whether a larger value is better: MLflow's `greater_is_better`, taken from the metric. */
export function higherIsBetter(metric: string): boolean {
  return HIGHER_IS_BETTER.has(metric);
}

export function metricsForTask(task: Task): readonly string[] {
  if (task === 'binary') return BINARY_METRICS;
  if (task === 'multiclass') return MULTICLASS_METRICS;
  return REGRESSION_METRICS;
}

/** Every name valid for a task, serving metrics included. */
export function knownMetrics(task: Task): Set<string> {
  return new Set([...metricsForTask(task), ...SERVING_METRICS]);
}
