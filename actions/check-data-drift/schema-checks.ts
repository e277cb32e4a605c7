import type { ColumnHead, Table } from '../shared/data/index.js';
import type { CheckRow } from './report-model.js';
import { distinctCount, type Sample, sampleSize } from './samples.js';

/** Columns present in the reference but not in the current data, and the other way round. */
export function columnSetChecks(
  selected: readonly string[],
  reference: Table<ColumnHead>,
  current: Table<ColumnHead>,
  ignored: ReadonlySet<string>,
): CheckRow[] {
  const rows: CheckRow[] = [];
  for (const name of selected) {
    if (!current.column(name)) {
      rows.push({
        check: 'missing-column',
        column: name,
        severity: 'error',
        verdict: 'fail',
        message: `Column '${name}' is in the reference but missing in the current data.`,
      });
    }
  }
  for (const column of current.columns) {
    if (!reference.column(column.name) && !ignored.has(column.name)) {
      rows.push({
        check: 'new-column',
        column: column.name,
        severity: 'warning',
        verdict: 'warn',
        message: `Column '${column.name}' is new in the current data (not in the reference); it is not compared.`,
      });
    }
  }
  return rows;
}

export function typeCheck(reference: ColumnHead, current: ColumnHead): CheckRow | undefined {
  if (reference.kind === current.kind) return undefined;
  return {
    check: 'type-changed',
    column: reference.name,
    severity: 'error',
    verdict: 'fail',
    message: `Column '${reference.name}' is ${reference.kind} in the reference but ${current.kind} in the current data.`,
    details: { reference: reference.kind, current: current.kind },
  };
}

/** Quality checks of one column present in both datasets with the same type. */
export function columnQualityChecks(
  name: string,
  reference: { sample: Sample; rows: number },
  current: { sample: Sample; rows: number },
  missingTolerance: number,
): CheckRow[] {
  const rows: CheckRow[] = [];
  const refMissing = missingShare(reference.sample, reference.rows);
  const curMissing = missingShare(current.sample, current.rows);
  if (curMissing - refMissing > missingTolerance) {
    rows.push({
      check: 'missing-values',
      column: name,
      severity: 'warning',
      verdict: 'warn',
      message: `Missing values in '${name}' rose from ${percent(refMissing)} to ${percent(curMissing)} (tolerance ${percent(missingTolerance)}).`,
      details: { reference: refMissing, current: curMissing, tolerance: missingTolerance },
    });
  }
  const ref = reference.sample;
  const cur = current.sample;
  if (ref.kind === 'categorical' && cur.kind === 'categorical') {
    const added = [...cur.counts].filter(([value]) => !ref.counts.has(value));
    const gone = [...ref.counts].filter(([value]) => !cur.counts.has(value));
    if (added.length > 0) {
      rows.push({
        check: 'new-categories',
        column: name,
        severity: 'info',
        verdict: 'note',
        message: `${added.length} new categor${added.length === 1 ? 'y' : 'ies'} in '${name}': ${list(added)}.`,
        details: { categories: Object.fromEntries(added) },
      });
    }
    if (gone.length > 0) {
      rows.push({
        check: 'gone-categories',
        column: name,
        severity: 'info',
        verdict: 'note',
        message: `${gone.length} categor${gone.length === 1 ? 'y' : 'ies'} of the reference gone from '${name}': ${list(gone)} (reference counts).`,
        details: { categories: Object.fromEntries(gone) },
      });
    }
  }
  for (const [label, sample] of [
    ['reference', reference.sample],
    ['current', current.sample],
  ] as const) {
    const constant =
      sample.kind === 'numeric' ? sampleSize(sample) > 0 && distinctCount(sample) === 1 : sample.counts.size === 1;
    if (constant) {
      rows.push({
        check: 'constant-column',
        column: name,
        severity: 'info',
        verdict: 'note',
        message: `Column '${name}' is constant in the ${label} data; it is still tested.`,
      });
    }
  }
  return rows;
}

function missingShare(sample: Sample, rows: number): number {
  const present = sampleSize(sample);
  return rows === 0 ? 0 : (rows - present) / rows;
}

function percent(share: number): string {
  return `${(share * 100).toFixed(1)}%`;
}

function list(entries: [string, number][]): string {
  const shown = entries
    .slice(0, 10)
    .map(([value, count]) => `'${value}' (${count})`)
    .join(', ');
  return entries.length > 10 ? `${shown}, and ${entries.length - 10} more` : shown;
}
