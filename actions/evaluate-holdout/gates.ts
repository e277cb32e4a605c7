import { UserError } from '../shared/errors.js';
import { knownMetrics, SERVING_METRICS, type Task } from './metric-catalog.js';

export type Comparison = '>=' | '>' | '<=' | '<' | '==';

/** One line of the `gates` input, e.g. `roc_auc.lower >= 0.85`. */
export interface Gate {
  readonly expr: string;
  readonly metric: string;
  /** Gate on a bootstrap confidence bound instead of the point estimate. */
  readonly bound?: 'lower' | 'upper';
  readonly op: Comparison;
  readonly threshold: number;
}

export interface GateResult extends Gate {
  /** The value compared; null when it is undefined (NaN), which fails the gate. */
  readonly value: number | null;
  readonly passed: boolean;
}

const GATE =
  /^([A-Za-z_][A-Za-z0-9_]*)(?:\.(lower|upper))?\s*(>=|<=|==|>|<)\s*([+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?)(%?)$/;

/**
 * Parses the `gates` lines. Each names a metric of the task (or a serving
 * metric), an optional `.lower`/`.upper` bootstrap bound, a comparison and a
 * number (a trailing % divides by 100). Errors name the line and what is valid.
 */
export function parseGates(
  lines: readonly string[],
  task: Task,
  options: { bootstrap: number; serving: boolean },
): Gate[] {
  const known = knownMetrics(task);
  return lines.map((line, index) => {
    const expr = line.trim();
    const match = GATE.exec(expr);
    const where = `Gate ${index + 1} ('${expr}')`;
    if (!match) {
      throw new UserError(
        `${where} is not a gate: expected '<metric> <op> <number>' with op one of >=, >, <=, <, ==.`,
        {
          hint: "For example 'roc_auc >= 0.85', 'rmse <= 12.5' or, with bootstrap on, 'roc_auc.lower >= 0.85'.",
        },
      );
    }
    const [, metric = '', bound, op = '>=', number = '0', percent] = match;
    if (!known.has(metric)) {
      throw new UserError(`${where} names the metric '${metric}', which a ${task} evaluation does not compute.`, {
        hint: `Metrics for ${task}: ${[...known].join(', ')}.`,
      });
    }
    if ((SERVING_METRICS as readonly string[]).includes(metric) && !options.serving) {
      throw new UserError(`${where} needs latency measurements, which only the 'image' and 'endpoint' sources make.`);
    }
    if (bound && options.bootstrap <= 0) {
      throw new UserError(`${where} gates on a confidence bound, but bootstrap is off.`, {
        hint: "Set 'bootstrap' to a number of resamples, e.g. 1000.",
      });
    }
    if (bound && (SERVING_METRICS as readonly string[]).includes(metric)) {
      throw new UserError(`${where}: serving metrics have no bootstrap bounds.`);
    }
    const threshold = Number(number) / (percent ? 100 : 1);
    return { expr, metric, ...(bound ? { bound: bound as 'lower' | 'upper' } : {}), op: op as Comparison, threshold };
  });
}

export function compare(value: number, op: Comparison, threshold: number): boolean {
  switch (op) {
    case '>=':
      return value >= threshold;
    case '>':
      return value > threshold;
    case '<=':
      return value <= threshold;
    case '<':
      return value < threshold;
    case '==':
      return value === threshold;
  }
}

/** Evaluates gates on the metrics and bootstrap intervals; an undefined value fails its gate. */
export function evaluateGates(
  gates: readonly Gate[],
  metrics: Readonly<Record<string, number>>,
  intervals: Readonly<Record<string, { lower: number; upper: number }>> = {},
): GateResult[] {
  return gates.map((gate) => {
    const raw = gate.bound ? intervals[gate.metric]?.[gate.bound] : metrics[gate.metric];
    const value = raw === undefined || Number.isNaN(raw) ? null : raw;
    return { ...gate, value, passed: value !== null && compare(value, gate.op, gate.threshold) };
  });
}
