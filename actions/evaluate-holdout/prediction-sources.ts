import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { readTable } from '../shared/data/index.js';
import type { Table } from '../shared/data/types.js';
import type { Logger } from '../shared/platform/types.js';
import { scoreWithCommand, type CommandRunner } from './command-scorer.js';
import { assemblePredictions } from './decoded-predictions.js';
import type { HoldoutView } from './holdout.js';
import { scoreOverHttp, type Latency } from './http-scorer.js';
import { withServedImage, type ContainerEngine } from './image-server.js';
import type { EvaluateOptions } from './options.js';
import { alignById, idValues, parseScoreSpec, predictionsFromTable, reorder } from './prediction-table.js';
import { sortClasses, type RawPredictions } from './prediction-types.js';
import type { InputFile } from './report-model.js';

export interface SourceDependencies {
  readonly logger: Logger;
  /** Made only when the image source is used. */
  readonly docker: () => ContainerEngine;
  readonly runCommand: CommandRunner;
}

export interface SourcedPredictions {
  readonly predictions: RawPredictions;
  readonly alignedBy: 'id' | 'row';
  readonly files?: InputFile[];
  readonly latency?: Latency & { startup_ms?: number };
}

function filesOf(table: Table): InputFile[] {
  return table.sources.map((s) => ({ path: s.path, sha256: s.sha256, bytes: s.bytes, format: s.format }));
}

/**
 * Reads a predictions table (a file or a command's output) and lines it up
 * with the holdout: by `id-column` when both have it, else by row.
 */
export async function predictionsFromFile(
  file: string,
  holdout: HoldoutView,
  options: Pick<EvaluateOptions, 'idColumn' | 'predictionColumn' | 'predictionColumnGiven' | 'scoreColumns'>,
  logger: Logger,
  label = file,
): Promise<SourcedPredictions> {
  const idColumn = options.idColumn;
  const table = await readTable(file, { logger, ...(idColumn ? { categoricalColumns: [idColumn] } : {}) });
  return predictionsFromLoadedTable(table, holdout, options, label);
}

export function predictionsFromLoadedTable(
  table: Table,
  holdout: HoldoutView,
  options: Pick<EvaluateOptions, 'idColumn' | 'predictionColumn' | 'predictionColumnGiven' | 'scoreColumns'>,
  label: string,
): SourcedPredictions {
  const raw = predictionsFromTable(
    table,
    {
      predictionColumn: options.predictionColumn,
      predictionColumnGiven: options.predictionColumnGiven,
      scoreSpec: parseScoreSpec(options.scoreColumns),
    },
    label,
  );
  const files = filesOf(table);
  if (options.idColumn && holdout.ids && table.column(options.idColumn)) {
    const index = alignById(holdout.ids, idValues(table, options.idColumn, label), label);
    return { predictions: reorder(raw, index), alignedBy: 'id', files };
  }
  return { predictions: raw, alignedBy: 'row', files };
}

function targetClassOrder(holdout: HoldoutView): string[] {
  return sortClasses(holdout.target.text.filter((v): v is string => v !== null));
}

/** Gets predictions for every holdout row from the configured source. */
export async function getPredictions(
  options: EvaluateOptions,
  holdout: HoldoutView,
  deps: SourceDependencies,
): Promise<SourcedPredictions> {
  const { source } = options;
  const rowCount = holdout.target.text.length;
  if (source.kind === 'predictions') return predictionsFromFile(source.path, holdout, options, deps.logger);
  if (source.kind === 'command') {
    const workDir = await mkdtemp(path.join(tmpdir(), 'evaluate-holdout-'));
    try {
      const columns =
        holdout.ids && options.idColumn ? [options.idColumn, ...holdout.featureColumns] : [...holdout.featureColumns];
      const row = holdout.ids ? (i: number) => [holdout.ids?.[i] ?? null, ...holdout.row(i)] : holdout.row;
      const { output } = await scoreWithCommand({
        command: source.command,
        workDir,
        columns,
        rowCount,
        row,
        run: deps.runCommand,
      });
      const result = await predictionsFromFile(output, holdout, options, deps.logger, 'the scoring command output');
      return { ...result, files: undefined };
    } finally {
      await rm(workDir, { recursive: true, force: true });
    }
  }
  const classOrder = targetClassOrder(holdout);
  const binaryTarget = options.task === 'binary' || (options.task === undefined && classOrder.length === 2);
  const http = options.http;
  const score = async (url: string, signal?: AbortSignal) => {
    deps.logger.info(
      `Scoring ${rowCount} rows at ${url} (${http.format}, batches of ${http.batchSize}, ${http.concurrency} in flight).`,
    );
    const result = await scoreOverHttp({
      url,
      format: http.format,
      columns: holdout.featureColumns,
      row: holdout.row,
      rowCount,
      batchSize: http.batchSize,
      concurrency: http.concurrency,
      retries: http.retries,
      timeoutMs: http.timeoutMs,
      headers: http.headers,
      logger: deps.logger,
      ...(signal ? { signal } : {}),
    });
    return {
      predictions: assemblePredictions(result.rows, url, { classOrder, binaryTarget }),
      latency: result.latency,
    };
  };
  if (source.kind === 'endpoint') {
    const { predictions, latency } = await score(source.url);
    return { predictions, latency, alignedBy: 'row' };
  }
  return withServedImage(
    deps.docker(),
    {
      image: source.image,
      containerPort: source.containerPort,
      healthPath: source.healthPath,
      startupTimeoutMs: source.startupTimeoutMs,
      env: source.env,
      logger: deps.logger,
    },
    async (served, signal) => {
      const { predictions, latency } = await score(`${served.baseUrl}${http.predictPath}`, signal);
      return {
        predictions: { ...predictions, source: `the model image ${source.image}` },
        latency: { ...latency, startup_ms: served.startupMs },
        alignedBy: 'row' as const,
      };
    },
  );
}
