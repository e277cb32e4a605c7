import type { BaselineComparison } from './baseline.js';
import type { Interval } from './bootstrap.js';
import type { ClassReport } from './multiclass-metrics.js';
import type { GateResult } from './gates.js';
import type { Latency } from './http-scorer.js';
import type { Task } from './metric-catalog.js';
import type { CurvePoint } from './ranking-curve.js';
import type { SkippedSlice, SliceResult } from './slices.js';

export const REPORT_SCHEMA = 'ml-actions/evaluate-holdout/v1';

export interface InputFile {
  readonly path: string;
  readonly sha256: string;
  readonly bytes: number;
  readonly format?: string;
}

/**
 * Everything one evaluation found: what report.json holds (NaN written as
 * null), and what summary.md, report.html and the PR comment show.
 */
export interface EvaluationReport {
  readonly schema: typeof REPORT_SCHEMA;
  readonly generatedAt: string;
  readonly passed: boolean;
  readonly task: {
    readonly name: Task;
    readonly inferred: boolean;
    readonly reason: string;
    readonly classes?: readonly string[];
    readonly positiveLabel?: string;
    readonly positiveReason?: string;
    readonly decisionThreshold?: number;
  };
  readonly holdout: {
    readonly files: readonly InputFile[];
    readonly sha256: string;
    readonly rows: number;
    readonly columns: number;
    readonly targetColumn: string;
    readonly idColumn?: string;
    readonly featureColumns: readonly string[];
  };
  readonly predictions: {
    readonly source: 'predictions' | 'command' | 'image' | 'endpoint';
    /** The file, command line, image reference or URL. */
    readonly detail: string;
    readonly files?: readonly InputFile[];
    readonly alignedBy: 'id' | 'row';
    readonly payloadFormat?: string;
  };
  readonly metrics: Readonly<Record<string, number>>;
  readonly gates: readonly GateResult[];
  readonly baseline?: {
    readonly source: string;
    readonly kind: 'metrics' | 'predictions';
    readonly sha256: string;
    readonly comparisons: readonly BaselineComparison[];
    readonly passed: boolean;
  };
  readonly confidenceIntervals?: {
    readonly resamples: number;
    readonly confidence: number;
    readonly seed: number;
    readonly intervals: Readonly<Record<string, Interval>>;
  };
  readonly slices?: {
    readonly columns: readonly string[];
    readonly minSliceSize: number;
    readonly results: readonly SliceResult[];
    readonly skipped: readonly SkippedSlice[];
  };
  readonly latency?: Latency & { readonly startup_ms?: number };
  readonly confusionMatrix?: { readonly labels: readonly string[]; readonly matrix: readonly (readonly number[])[] };
  readonly perClass?: Readonly<Record<string, ClassReport>>;
  readonly curves?: {
    readonly roc?: readonly CurvePoint[];
    readonly pr?: readonly CurvePoint[];
    readonly calibration?: readonly {
      readonly meanPredicted: number;
      readonly fractionPositive: number;
      readonly count: number;
    }[];
    readonly residuals?: readonly { readonly predicted: number; readonly residual: number }[];
  };
  readonly failedGates: readonly string[];
  readonly warnings: readonly string[];
}

/** JSON with NaN and ±Infinity written as null (JSON has neither). */
export function toJson(value: unknown, indent: number | undefined = 2): string {
  return JSON.stringify(value, (_, v: unknown) => (typeof v === 'number' && !Number.isFinite(v) ? null : v), indent);
}
