import type { DataSource } from '../shared/data/index.js';
import type { ColumnSummary } from './column-profile.js';
import type { Correction } from './options.js';

export const REPORT_SCHEMA = 'ml-actions/check-data-drift/v1';

export interface InputReport {
  readonly files: readonly DataSource[];
  readonly rows: number;
  readonly columns: number;
  readonly sampled?: { readonly from: number; readonly seed: number };
}

export type CheckSeverity = 'error' | 'warning' | 'info';

export interface CheckRow {
  readonly check:
    | 'missing-column'
    | 'new-column'
    | 'type-changed'
    | 'missing-values'
    | 'empty-column'
    | 'new-categories'
    | 'gone-categories'
    | 'constant-column'
    | 'sampled'
    | 'read-note';
  readonly column?: string;
  readonly severity: CheckSeverity;
  /** pass: nothing found; warn/fail: found, with the severity above. */
  readonly verdict: 'pass' | 'warn' | 'fail' | 'note';
  readonly message: string;
  readonly details?: Readonly<Record<string, unknown>>;
}

/** Shares per bin (numeric) or per category, for the report's charts. */
export interface Distribution {
  readonly kind: 'bins' | 'categories';
  /** Bin edges (bins) — one more than the shares. */
  readonly edges?: readonly number[];
  /** Category names (categories). */
  readonly labels?: readonly string[];
  readonly reference: readonly number[];
  readonly current: readonly number[];
}

export interface ColumnReport {
  readonly name: string;
  readonly kind: 'numeric' | 'categorical';
  readonly test: string;
  readonly testTitle: string;
  readonly scoreKind: 'p-value' | 'distance';
  /** p-value (adjusted when a correction is set) for p-value tests, the distance for distance tests; null when undefined (NaN). */
  readonly score: number | null;
  readonly threshold: number;
  readonly comparison: string;
  readonly drifted: boolean;
  readonly statistic?: number | null;
  readonly pValue?: number | null;
  readonly note?: string;
  readonly reference: ColumnSummary;
  readonly current: ColumnSummary;
  readonly distribution?: Distribution;
}

export interface DriftReport {
  readonly schema: typeof REPORT_SCHEMA;
  readonly generatedAt: string;
  readonly inputs: { readonly reference: InputReport; readonly current: InputReport };
  readonly options: {
    readonly stattest: string;
    readonly driftShare: number;
    readonly correction: Correction;
    readonly missingTolerance: number;
    readonly maxRows: number;
    readonly seed: number;
  };
  readonly drift: {
    readonly detected: boolean;
    readonly share: number;
    readonly drifted: readonly string[];
    readonly total: number;
    readonly threshold: number;
  };
  readonly columns: readonly ColumnReport[];
  readonly checks: readonly CheckRow[];
  /** Columns not tested, with why (type changed, empty). */
  readonly skipped: readonly { readonly name: string; readonly reason: string }[];
  /** True when an error check failed: the step fails whatever fail-on-drift says. */
  readonly failedChecks: boolean;
}

/** JSON with NaN and infinities as null (JSON has no such numbers). */
export function toJson(value: unknown, indent = 2): string {
  return JSON.stringify(value, (_key, v: unknown) => (typeof v === 'number' && !Number.isFinite(v) ? null : v), indent);
}
