import { readFile } from 'node:fs/promises';
import { UserError } from '../shared/errors.js';
import { higherIsBetter, knownMetrics, type Task } from './metric-catalog.js';

/** One `max-regression` line: how much worse than the baseline a metric may get. */
export interface RegressionRule {
  readonly metric: string;
  readonly kind: 'absolute' | 'relative';
  /** Absolute amount, or a fraction of the baseline for `relative` (`1%` → 0.01). Negative demands an improvement. */
  readonly amount: number;
  readonly text: string;
}

export interface BaselineComparison {
  readonly metric: string;
  readonly candidate: number;
  readonly baseline: number;
  readonly delta: number;
  /** delta / |baseline|; null when the baseline is 0. */
  readonly relativeDelta: number | null;
  readonly higherIsBetter: boolean;
  /** Present when a max-regression rule covers the metric. */
  readonly rules?: { readonly text: string; readonly limit: number; readonly passed: boolean }[];
  readonly passed: boolean;
}

const RULE = /^([A-Za-z_][A-Za-z0-9_]*)\s*[:=]\s*([+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?)\s*(%?)$/;

/** Parses `f1: 0.01` (absolute) and `roc_auc: 1%` (relative) lines. */
export function parseRegressionRules(lines: readonly string[], task: Task): RegressionRule[] {
  const known = knownMetrics(task);
  return lines.map((line, index) => {
    const text = line.trim();
    const match = RULE.exec(text);
    if (!match) {
      throw new UserError(
        `max-regression line ${index + 1} ('${text}') is not '<metric>: <amount>' or '<metric>: <percent>%'.`,
        {
          hint: "For example 'f1: 0.01' (absolute) or 'roc_auc: 1%' (relative to the baseline).",
        },
      );
    }
    const [, metric = '', number = '0', percent] = match;
    if (!known.has(metric)) {
      throw new UserError(
        `max-regression line ${index + 1} names '${metric}', which a ${task} evaluation does not compute.`,
        {
          hint: `Metrics for ${task}: ${[...known].join(', ')}.`,
        },
      );
    }
    return percent
      ? { metric, kind: 'relative', amount: Number(number) / 100, text }
      : { metric, kind: 'absolute', amount: Number(number), text };
  });
}

/**
 * The limit a candidate must reach, as MLflow's `MetricThreshold` validates
 * against a baseline with `min_absolute_change = -amount` or
 * `min_relative_change = -amount`: for a metric where greater is better the
 * candidate must be ≥ baseline − amount (≥ baseline·(1 − amount)); otherwise
 * ≤ baseline + amount (≤ baseline·(1 + amount)).
 */
export function regressionLimit(rule: RegressionRule, baseline: number): number {
  const up = higherIsBetter(rule.metric);
  if (rule.kind === 'absolute') return up ? baseline - rule.amount : baseline + rule.amount;
  return up ? baseline * (1 - rule.amount) : baseline * (1 + rule.amount);
}

/** Compares candidate and baseline metrics; every rule must name a metric both have. */
export function compareToBaseline(
  candidate: Readonly<Record<string, number>>,
  baseline: Readonly<Record<string, number>>,
  rules: readonly RegressionRule[],
  baselineSource: string,
): BaselineComparison[] {
  for (const rule of rules) {
    if (typeof baseline[rule.metric] !== 'number') {
      throw new UserError(`max-regression '${rule.text}': the baseline (${baselineSource}) has no '${rule.metric}'.`, {
        hint: `The baseline has: ${Object.keys(baseline).join(', ') || 'no metrics'}.`,
      });
    }
  }
  const out: BaselineComparison[] = [];
  for (const [metric, value] of Object.entries(candidate)) {
    const base = baseline[metric];
    if (typeof base !== 'number' || typeof value !== 'number') continue;
    const delta = value - base;
    const up = higherIsBetter(metric);
    const mine = rules.filter((rule) => rule.metric === metric);
    const checked = mine.map((rule) => {
      const limit = regressionLimit(rule, base);
      return { text: rule.text, limit, passed: !Number.isNaN(value) && (up ? value >= limit : value <= limit) };
    });
    out.push({
      metric,
      candidate: value,
      baseline: base,
      delta,
      relativeDelta: base === 0 ? null : delta / Math.abs(base),
      higherIsBetter: up,
      ...(checked.length ? { rules: checked } : {}),
      passed: checked.every((rule) => rule.passed),
    });
  }
  return out;
}

/**
 * Reads a metrics JSON: this action's report.json (`{"schema":
 * "ml-actions/evaluate-holdout/v1", "metrics": {...}}`), any `{"metrics":
 * {...}}`, or a flat `{"name": number}` object. Returns undefined when the
 * file is not JSON, so the caller can read it as a champion predictions file.
 */
export async function readMetricsJson(file: string): Promise<Record<string, number> | undefined> {
  const text = (await readFile(file, 'utf8')).trim();
  if (!text.startsWith('{')) return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new UserError(`The baseline ${file} looks like JSON but does not parse: ${(error as Error).message}.`, {
      location: { file },
    });
  }
  const holder = parsed as { metrics?: unknown };
  const source = holder.metrics !== undefined ? holder.metrics : parsed;
  if (typeof source !== 'object' || source === null || Array.isArray(source)) {
    throw new UserError(`The baseline ${file} has no metrics object.`, { location: { file } });
  }
  const metrics: Record<string, number> = {};
  for (const [name, value] of Object.entries(source)) {
    // NaN is written as null in JSON.
    if (typeof value === 'number') metrics[name] = value;
    else if (value === null) metrics[name] = Number.NaN;
  }
  if (Object.keys(metrics).length === 0) {
    throw new UserError(`The baseline ${file} holds no numeric metrics.`, {
      location: { file },
      hint: 'Pass the report.json of an earlier evaluate-holdout run, or a champion predictions file.',
    });
  }
  return metrics;
}
