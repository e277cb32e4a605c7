import type { ColumnHead, ReadOptions, Table } from '../shared/data/index.js';
import { UserError } from '../shared/errors.js';
import type { Logger } from '../shared/platform/types.js';
import type { ColumnSummary } from './column-profile.js';
import { loadSide, startLoadInBackground } from './load-side.js';
import { type Sample, sampleSize } from './samples.js';
import { adjustPValues } from './correction.js';
import { defaultStatTest } from './default-stattest.js';
import { chartDistribution } from './distribution.js';
import type { DriftOptions } from './options.js';
import { type CheckRow, type ColumnReport, type DriftReport, type InputReport, REPORT_SCHEMA } from './report-model.js';
import { columnQualityChecks, columnSetChecks, typeCheck } from './schema-checks.js';
import { isDrift, runStatTest, type StatTestName, statTestInfo } from './stattests.js';

/** Reads both datasets, runs the checks and the per-column tests, and decides on dataset drift. */
export async function checkDataDrift(options: DriftOptions, logger: Logger): Promise<DriftReport> {
  const readOptions: Omit<ReadOptions, 'logger'> = {
    ...(options.format ? { format: options.format } : {}),
    numericColumns: options.numericalColumns,
    categoricalColumns: options.categoricalColumns,
    maxRows: options.maxRows,
    seed: options.seed,
  };
  // The current data is read in a worker thread (when the bundle enabled it) while this thread reads the reference.
  // The worker is started before this thread begins reading: the reading would otherwise delay it.
  const currentLoad = (await startLoadInBackground(options.current, readOptions, logger)).side;
  currentLoad.catch(() => undefined); // handled below; avoids an unhandled rejection while the reference loads
  const referenceSide = await logger.group('Read reference data', () =>
    loadSide(options.reference, { ...readOptions, logger }),
  );
  const currentSide = await logger.group('Read current data', () => currentLoad);
  const reference = referenceSide.table;
  const current = currentSide.table;
  const ignored = new Set(options.ignoreColumns);
  const selected = selectColumns(options, reference);
  const checks: CheckRow[] = [...readerChecks(reference, 'reference'), ...readerChecks(current, 'current')];
  checks.push(...columnSetChecks(selected, reference, current, ignored));
  const common = selected.filter((name) => current.column(name));
  if (common.length === 0) {
    throw new UserError(
      `The reference and current data have no columns in common to compare (reference: ${names(reference)}; current: ${names(current)}).`,
      {
        hint: 'Check that both files have a header row with the same column names, and the columns/ignore-columns inputs.',
      },
    );
  }
  const columns: ColumnReport[] = [];
  const skipped: { name: string; reason: string }[] = [];
  for (const name of common) {
    const ref = reference.column(name)!;
    const cur = current.column(name)!;
    const typeRow = typeCheck(ref, cur);
    if (typeRow) {
      checks.push(typeRow);
      skipped.push({ name, reason: typeRow.message });
      continue;
    }
    // (The current data's profiles may still be coming from the reading worker, one column at a time.)
    const [refProfile, curProfile] = await Promise.all([referenceSide.profile(name), currentSide.profile(name)]);
    const report = testColumn(
      name,
      ref,
      cur,
      refProfile.sample,
      curProfile.sample,
      { reference: refProfile.summary, current: curProfile.summary },
      reference.rowCount,
      current.rowCount,
      options,
      checks,
    );
    if (typeof report === 'string') skipped.push({ name, reason: report });
    else columns.push(report);
  }
  const corrected = applyCorrection(columns, options);
  const drifted = corrected.filter((column) => column.drifted).map((column) => column.name);
  const total = corrected.length;
  const share = total === 0 ? 0 : drifted.length / total;
  return {
    schema: REPORT_SCHEMA,
    generatedAt: new Date().toISOString(),
    inputs: { reference: inputReport(reference), current: inputReport(current) },
    options: {
      stattest: options.stattest,
      driftShare: options.driftShare,
      correction: options.correction,
      missingTolerance: options.missingTolerance,
      maxRows: options.maxRows,
      seed: options.seed,
    },
    drift: { detected: total > 0 && share >= options.driftShare, share, drifted, total, threshold: options.driftShare },
    // Drifted columns first, then by name, as the summary shows them.
    columns: [...corrected].sort((a, b) => Number(b.drifted) - Number(a.drifted) || a.name.localeCompare(b.name)),
    checks,
    skipped,
    failedChecks: checks.some((check) => check.severity === 'error') || total === 0,
  };
}

function selectColumns(options: DriftOptions, reference: Table<ColumnHead>): string[] {
  const ignored = new Set(options.ignoreColumns);
  if (options.columns.length === 0) return reference.columns.map((c) => c.name).filter((name) => !ignored.has(name));
  const missing = options.columns.filter((name) => !reference.column(name));
  if (missing.length > 0) {
    throw new UserError(`Input 'columns' names column(s) not in the reference data: ${missing.join(', ')}.`, {
      hint: `The reference has: ${names(reference)}.`,
    });
  }
  return options.columns.filter((name) => !ignored.has(name));
}

function names(table: Table<ColumnHead>): string {
  const all = table.columns.map((c) => c.name);
  return all.length > 20 ? `${all.slice(0, 20).join(', ')}, …` : all.join(', ') || '(none)';
}

function testColumn(
  name: string,
  ref: ColumnHead,
  cur: ColumnHead,
  refSample: Sample,
  curSample: Sample,
  summaries: { reference: ColumnSummary; current: ColumnSummary },
  refRows: number,
  curRows: number,
  options: DriftOptions,
  checks: CheckRow[],
): ColumnReport | string {
  checks.push(
    ...columnQualityChecks(
      name,
      { sample: refSample, rows: refRows },
      { sample: curSample, rows: curRows },
      options.missingTolerance,
    ),
  );
  const refCount = sampleSize(refSample);
  const curCount = sampleSize(curSample);
  if (refCount === 0 || curCount === 0) {
    const which = refCount === 0 ? 'reference' : 'current';
    const message = `Column '${name}' has no values in the ${which} data (all missing); it is not tested.`;
    checks.push({ check: 'empty-column', column: name, severity: 'warning', verdict: 'warn', message });
    return message;
  }
  const chosen = options.stattestPerColumn[name] ?? (options.stattest === 'auto' ? undefined : options.stattest);
  const test: StatTestName = chosen ?? defaultStatTest(refSample, curSample);
  const info = statTestInfo(test);
  if (info.numericOnly && refSample.kind !== 'numeric') {
    throw new UserError(`The '${test}' test needs numeric values, but column '${name}' is categorical.`, {
      hint: `Choose a test for categories (chisquare, z, jensenshannon, psi, kl_div, hellinger, g_test, fisher_exact) with stattest-per-column, or list '${name}' in numerical-columns.`,
    });
  }
  const threshold = options.thresholdPerColumn[name] ?? options.threshold ?? info.defaultThreshold;
  if (info.scoreKind === 'p-value' && threshold >= 1) {
    throw new UserError(
      `Threshold ${threshold} for column '${name}' is out of range: the '${test}' test gives a p-value, so its threshold must be between 0 and 1.`,
    );
  }
  const outcome = runStatTest(test, refSample, curSample);
  const score = Number.isNaN(outcome.score) ? null : outcome.score;
  return {
    name,
    kind: ref.kind,
    test,
    testTitle: info.title,
    scoreKind: info.scoreKind,
    score,
    threshold,
    comparison: info.comparison,
    drifted: score !== null && isDrift(score, threshold, info.comparison),
    ...(outcome.statistic !== undefined ? { statistic: outcome.statistic } : {}),
    ...(outcome.pValue !== undefined ? { pValue: outcome.pValue } : {}),
    ...(outcome.note
      ? { note: outcome.note }
      : score === null
        ? { note: 'the test is undefined here (NaN), counted as no drift' }
        : {}),
    reference: summaries.reference,
    current: summaries.current,
    ...withDistribution(chartDistribution(refSample, curSample)),
  };
}

function withDistribution(distribution: ColumnReport['distribution']): Pick<ColumnReport, 'distribution'> {
  return distribution ? { distribution } : {};
}

/** Corrects the p-values of p-value tests for multiple testing and re-decides those columns. */
function applyCorrection(columns: ColumnReport[], options: DriftOptions): ColumnReport[] {
  if (options.correction === 'none') return columns;
  const indices = columns.map((c, i) => (c.scoreKind === 'p-value' && c.score !== null ? i : -1)).filter((i) => i >= 0);
  const adjusted = adjustPValues(
    indices.map((i) => columns[i]!.score!),
    options.correction,
  );
  const out = [...columns];
  indices.forEach((index, k) => {
    const column = columns[index]!;
    const score = adjusted[k]!;
    const info = statTestInfo(column.test as StatTestName);
    out[index] = {
      ...column,
      score,
      drifted: isDrift(score, column.threshold, info.comparison),
      note: [column.note, `${options.correction} adjusted over ${indices.length} p-value tests`]
        .filter(Boolean)
        .join('; '),
    };
  });
  return out;
}

function inputReport(table: Table<ColumnHead>): InputReport {
  return {
    files: table.sources,
    rows: table.rowCount,
    columns: table.columns.length,
    ...(table.sampled ? { sampled: table.sampled } : {}),
  };
}

function readerChecks(table: Table<ColumnHead>, label: string): CheckRow[] {
  const rows: CheckRow[] = table.notes.map((note) => ({
    check: 'read-note' as const,
    severity: 'warning' as const,
    verdict: 'warn' as const,
    message: `${label}: ${note}`,
  }));
  return rows;
}
