import { UserError } from '../shared/errors.js';
import type { Column, Table } from '../shared/data/types.js';
import {
  canonicalLabel,
  valueColumn,
  type RawPredictions,
  type ScoreSet,
  type ValueColumn,
} from './prediction-types.js';

/** How probability columns are named in `score-columns`. */
export type ScoreSpec =
  | { readonly kind: 'single'; readonly column: string }
  | { readonly kind: 'pairs'; readonly pairs: readonly (readonly [string, string])[] };

/**
 * Parses `score-columns`: one column name (binary: the positive class's
 * probability), or `class=column` entries (one per class). Empty → undefined,
 * and the `proba_<class>` naming convention applies.
 */
export function parseScoreSpec(entries: readonly string[]): ScoreSpec | undefined {
  if (entries.length === 0) return undefined;
  if (entries.length === 1 && !(entries[0] as string).includes('='))
    return { kind: 'single', column: entries[0] as string };
  const pairs = entries.map((entry) => {
    const at = entry.indexOf('=');
    if (at <= 0 || at === entry.length - 1) {
      throw new UserError(`score-columns entry '${entry}' is not 'class=column'.`, {
        hint: "Give one column (binary), or one 'class=column' entry per class, e.g. 'setosa=proba_setosa'.",
      });
    }
    return [canonicalLabel(entry.slice(0, at)) ?? '', entry.slice(at + 1).trim()] as const;
  });
  return { kind: 'pairs', pairs };
}

/** A table column as labels/values; numbers keep their numeric form. */
export function columnValues(column: Column): ValueColumn {
  if (column.kind === 'numeric')
    return valueColumn(
      column.name,
      Array.from(column.values, (v) => (Number.isNaN(v) ? null : v)),
    );
  return valueColumn(
    column.name,
    Array.from(column.codes, (code) => (code < 0 ? null : column.levels[code])),
  );
}

/** A table column as numbers (categorical text parsed; anything else NaN). */
export function columnNumbers(column: Column): Float64Array {
  if (column.kind === 'numeric') return column.values;
  const levels = column.levels.map((level) => {
    const n = Number(level.trim());
    return level.trim() === '' ? Number.NaN : n;
  });
  return Float64Array.from(column.codes, (code) => (code < 0 ? Number.NaN : (levels[code] as number)));
}

function need(table: Table, name: string, source: string, role: string): Column {
  const column = table.column(name);
  if (!column) {
    throw new UserError(`${source} has no ${role} column '${name}'.`, {
      hint: `Its columns: ${table.columns.map((c) => c.name).join(', ')}.`,
    });
  }
  return column;
}

export interface PredictionColumns {
  readonly predictionColumn: string;
  /** True when the prediction column was named by the user (then it must exist). */
  readonly predictionColumnGiven: boolean;
  readonly scoreSpec?: ScoreSpec;
}

/** Prediction and probability columns of a predictions table, in its own row order. */
export function predictionsFromTable(table: Table, options: PredictionColumns, source: string): RawPredictions {
  let scores: ScoreSet | undefined;
  const spec = options.scoreSpec;
  if (spec?.kind === 'single') {
    scores = {
      classes: null,
      columns: [columnNumbers(need(table, spec.column, source, 'score'))],
      names: [spec.column],
    };
  } else if (spec?.kind === 'pairs') {
    scores = {
      classes: spec.pairs.map(([label]) => label),
      columns: spec.pairs.map(([, name]) => columnNumbers(need(table, name, source, 'score'))),
      names: spec.pairs.map(([, name]) => name),
    };
  } else {
    const proba = table.columns.filter((c) => /^proba_.+/.test(c.name));
    if (proba.length) {
      scores = {
        classes: proba.map((c) => canonicalLabel(c.name.slice('proba_'.length)) ?? c.name),
        columns: proba.map(columnNumbers),
        names: proba.map((c) => c.name),
      };
    }
  }
  const predictionColumn = table.column(options.predictionColumn);
  if (!predictionColumn && options.predictionColumnGiven) need(table, options.predictionColumn, source, 'prediction');
  if (!predictionColumn && !scores) {
    throw new UserError(`${source} has neither a '${options.predictionColumn}' column nor probability columns.`, {
      hint: `Set prediction-column and/or score-columns. Its columns: ${table.columns.map((c) => c.name).join(', ')}.`,
    });
  }
  return {
    rowCount: table.rowCount,
    ...(predictionColumn ? { prediction: columnValues(predictionColumn) } : {}),
    ...(scores ? { scores } : {}),
    source,
  };
}

/** The id of every row as text; missing ids are errors (they cannot be aligned). */
export function idValues(table: Table, idColumn: string, source: string): string[] {
  const column = need(table, idColumn, source, 'id');
  const values = columnValues(column).text;
  const missing = values.findIndex((v) => v === null);
  if (missing >= 0) throw new UserError(`${source}: id-column '${idColumn}' is empty in row ${missing + 1}.`);
  return values as string[];
}

/**
 * For each holdout row, the index of its prediction row, matched by id.
 * Duplicate prediction ids, holdout ids without a prediction and prediction
 * ids the holdout does not have are all errors.
 */
export function alignById(
  holdoutIds: readonly string[],
  predictionIds: readonly string[],
  source: string,
): Uint32Array {
  const where = new Map<string, number>();
  const duplicates: string[] = [];
  predictionIds.forEach((id, row) => {
    if (where.has(id)) duplicates.push(id);
    else where.set(id, row);
  });
  if (duplicates.length) {
    throw new UserError(`${source} has ${duplicates.length} duplicate id(s), e.g. '${duplicates[0]}'.`);
  }
  const holdoutSet = new Set(holdoutIds);
  const unknown = predictionIds.filter((id) => !holdoutSet.has(id));
  if (unknown.length) {
    throw new UserError(
      `${source} has ${unknown.length} id(s) the holdout does not have, e.g. ${unknown
        .slice(0, 3)
        .map((id) => `'${id}'`)
        .join(', ')}.`,
      {
        hint: 'The predictions must be made on this holdout; check id-column and that both files are from the same split.',
      },
    );
  }
  const index = new Uint32Array(holdoutIds.length);
  const absent: string[] = [];
  holdoutIds.forEach((id, row) => {
    const at = where.get(id);
    if (at === undefined) absent.push(id);
    else index[row] = at;
  });
  if (absent.length) {
    throw new UserError(
      `${source} has no prediction for ${absent.length} holdout id(s), e.g. ${absent
        .slice(0, 3)
        .map((id) => `'${id}'`)
        .join(', ')}.`,
    );
  }
  return index;
}

/** Reorders predictions so row i belongs to holdout row i. */
export function reorder(predictions: RawPredictions, index: Uint32Array): RawPredictions {
  const gather = (a: Float64Array) => Float64Array.from(index, (i) => a[i] as number);
  const prediction = predictions.prediction;
  return {
    rowCount: index.length,
    source: predictions.source,
    ...(prediction
      ? {
          prediction: {
            name: prediction.name,
            text: Array.from(index, (i) => prediction.text[i] ?? null),
            ...(prediction.numeric ? { numeric: gather(prediction.numeric) } : {}),
          },
        }
      : {}),
    ...(predictions.scores
      ? { scores: { ...predictions.scores, columns: predictions.scores.columns.map(gather) } }
      : {}),
  };
}
