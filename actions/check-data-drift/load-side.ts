import type { Worker } from 'node:worker_threads';
import { stat } from 'node:fs/promises';
import {
  type DistributionColumn,
  expandPaths,
  type ReadOptions,
  readDistributions,
  type Table,
} from '../shared/data/index.js';
import { UserError } from '../shared/errors.js';
import type { Logger } from '../shared/platform/types.js';
import { type ColumnSummary, summarize, toSample } from './column-profile.js';
import { dropReadingWorker, takeReadingWorker, workerAvailable } from './reading-worker.js';
import { restoredSample, type Sample } from './samples.js';

/** One dataset read, with each column's test sample (finite values sorted, or category counts) and summary. */
export interface LoadedSide {
  /** Its columns' distributions (numeric columns of plain decimals as counts; see readDistributions). */
  readonly table: Table<DistributionColumn>;
  readonly samples: ReadonlyMap<string, Sample>;
  readonly summaries: ReadonlyMap<string, ColumnSummary>;
}

export type WorkerReadOptions = Omit<ReadOptions, 'logger'>;

/** Reads a dataset and prepares its samples (the sorting is the costly part). */
export async function loadSide(paths: readonly string[], options: ReadOptions): Promise<LoadedSide> {
  const table = await readDistributions(paths, options);
  const samples = new Map(table.columns.map((column) => [column.name, toSample(column)]));
  // Summaries are made here too, so each side's are computed in its own thread.
  const summaries = new Map(
    table.columns.map((column) => [column.name, summarize(column, samples.get(column.name)!, table.rowCount)]),
  );
  return { table, samples, summaries };
}

/** What the reading worker is sent (reading-worker.ts starts it before the inputs are known). */
export interface WorkerRequest {
  readonly paths: readonly string[];
  readonly options: WorkerReadOptions;
}

export type WorkerReply =
  | {
      ok: true;
      table: Omit<Table<DistributionColumn>, 'column'>;
      samples: [string, Sample][];
      summaries: [string, ColumnSummary][];
      logs: [keyof Logger, string][];
    }
  | { ok: false; message: string; location?: UserError['location']; hint?: string; user: boolean };

/**
 * Starts loading one side: in the reading worker (reading-worker.ts) when
 * there is one and the input is large, else in this thread; the worker's
 * log lines are replayed here. Resolves once the load has started, so the
 * caller can begin its own reading without holding up the worker's.
 */
export async function startLoadInBackground(
  paths: readonly string[],
  options: WorkerReadOptions,
  logger: Logger,
): Promise<{ readonly side: Promise<LoadedSide> }> {
  // ML_ACTIONS_DRIFT_WORKER=1 always uses the worker (tests of the worker path on small data).
  // Otherwise small inputs are read here: the worker pays off from about 16 MB.
  // On an error (a missing file) the reading here reports it.
  const large =
    workerAvailable() &&
    (process.env.ML_ACTIONS_DRIFT_WORKER === '1' ||
      (await inputBytes(paths).then(
        (bytes) => bytes >= PARALLEL_MIN_BYTES,
        () => false,
      )));
  const worker = large ? takeReadingWorker() : undefined;
  if (!worker) {
    dropReadingWorker();
    return { side: loadSide(paths, { ...options, logger }) };
  }
  return { side: loadInWorker(worker, paths, options, logger) };
}

/** Below this many bytes of input the current data is read in the main thread (see startLoadInBackground). */
const PARALLEL_MIN_BYTES = 16 << 20;

async function inputBytes(paths: readonly string[]): Promise<number> {
  const files = await expandPaths(paths);
  const sizes = await Promise.all(files.map(async (file) => (await stat(file)).size));
  return sizes.reduce((a, b) => a + b, 0);
}

function loadInWorker(
  worker: Worker,
  paths: readonly string[],
  options: WorkerReadOptions,
  logger: Logger,
): Promise<LoadedSide> {
  const request: WorkerRequest = { paths, options };
  return new Promise<LoadedSide>((resolve, reject) => {
    worker.postMessage(request);
    worker.once('message', (reply: WorkerReply) => {
      void worker.terminate();
      if (!reply.ok) {
        reject(
          reply.user
            ? new UserError(reply.message, {
                location: reply.location ?? {},
                ...(reply.hint ? { hint: reply.hint } : {}),
              })
            : new Error(reply.message),
        );
        return;
      }
      for (const [level, message] of reply.logs) if (level !== 'group') (logger[level] as (m: string) => void)(message);
      const byName = new Map(reply.table.columns.map((column) => [column.name, column]));
      resolve({
        table: { ...reply.table, column: (name) => byName.get(name) },
        // Made whole again: grid samples get their lazy values back, sorted ones are known sorted.
        samples: new Map(reply.samples.map(([name, sample]) => [name, restoredSample(sample)])),
        summaries: new Map(reply.summaries),
      });
    });
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (code !== 0) reject(new Error(`the reading worker stopped with code ${code}`));
    });
  });
}
