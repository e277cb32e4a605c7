import { UserError } from '../shared/errors.js';
import type { Column, Table } from '../shared/data/types.js';
import type { Cell } from './payload-formats.js';
import { columnValues } from './prediction-table.js';
import type { ValueColumn } from './prediction-types.js';
import type { SliceColumn } from './slices.js';

/** Columns that describe predictions, never features, when the holdout file carries them too. */
export function isPredictionColumn(name: string, predictionColumn: string, scoreColumns: readonly string[]): boolean {
  if (name === predictionColumn || name.startsWith('proba_')) return true;
  return scoreColumns.some((entry) => entry === name || entry.endsWith(`=${name}`));
}

function need(table: Table, name: string, input: string): Column {
  const column = table.column(name);
  if (!column) {
    throw new UserError(`The holdout has no column '${name}' (from '${input}').`, {
      hint: `Its columns: ${table.columns.map((c) => c.name).join(', ')}.`,
    });
  }
  return column;
}

export interface HoldoutView {
  readonly target: ValueColumn;
  readonly ids?: readonly string[];
  readonly featureColumns: readonly string[];
  /** Feature values of row i in featureColumns order: numbers, text, or null when missing. */
  readonly row: (i: number) => Cell[];
}

/**
 * The target, ids and feature accessor of the holdout. Features are the
 * named `feature-columns`, or every column except the target, the id, the
 * ignored ones and (when `excludePredictions`) prediction/probability columns.
 */
export function holdoutView(
  table: Table,
  options: {
    targetColumn: string;
    idColumn?: string;
    featureColumns: readonly string[];
    ignoreColumns: readonly string[];
    excludePredictions?: { predictionColumn: string; scoreColumns: readonly string[] };
  },
): HoldoutView {
  const target = columnValues(need(table, options.targetColumn, 'target-column'));
  let ids: string[] | undefined;
  if (options.idColumn) {
    const values = columnValues(need(table, options.idColumn, 'id-column')).text;
    const missing = values.findIndex((v) => v === null);
    if (missing >= 0)
      throw new UserError(`The holdout's id-column '${options.idColumn}' is empty in row ${missing + 1}.`);
    const seen = new Set<string>();
    for (const id of values as string[]) {
      if (seen.has(id)) throw new UserError(`The holdout's id-column '${options.idColumn}' repeats the id '${id}'.`);
      seen.add(id);
    }
    ids = values as string[];
  }
  for (const name of options.ignoreColumns) need(table, name, 'ignore-columns');
  const excluded = new Set([
    options.targetColumn,
    ...(options.idColumn ? [options.idColumn] : []),
    ...options.ignoreColumns,
  ]);
  const names = options.featureColumns.length
    ? options.featureColumns.map((name) => need(table, name, 'feature-columns').name)
    : table.columns
        .map((c) => c.name)
        .filter((name) => !excluded.has(name))
        .filter(
          (name) =>
            !options.excludePredictions ||
            !isPredictionColumn(
              name,
              options.excludePredictions.predictionColumn,
              options.excludePredictions.scoreColumns,
            ),
        );
  if (names.includes(options.targetColumn)) {
    throw new UserError(
      `feature-columns includes the target '${options.targetColumn}': the model would see the answer.`,
    );
  }
  const columns = names.map((name) => table.column(name) as Column);
  const row = (i: number): Cell[] =>
    columns.map((column) => {
      if (column.kind === 'numeric') {
        const v = column.values[i] as number;
        return Number.isNaN(v) ? null : v;
      }
      const code = column.codes[i] as number;
      return code < 0 ? null : (column.levels[code] ?? null);
    });
  return { target, ...(ids ? { ids } : {}), featureColumns: names, row };
}

/** Slice columns as codes; numeric columns are sliced by their distinct values. */
export function sliceColumns(table: Table, names: readonly string[]): SliceColumn[] {
  return names.map((name) => {
    const column = need(table, name, 'slice-columns');
    if (column.kind === 'categorical') return { name, codes: column.codes, levels: column.levels };
    const levels: string[] = [];
    const index = new Map<number, number>();
    const codes = Int32Array.from(column.values, (v) => {
      if (Number.isNaN(v)) return -1;
      let code = index.get(v);
      if (code === undefined) {
        code = levels.length;
        index.set(v, code);
        levels.push(String(v));
      }
      return code;
    });
    return { name, codes, levels };
  });
}
