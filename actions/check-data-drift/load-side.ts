import type { Worker } from 'node:worker_threads';
import { stat } from 'node:fs/promises';
import {
  type ColumnHead,
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

/** What the tests and the report take from one column of one dataset. */
export interface ColumnProfile {
  /** The values a test sees (finite values sorted or counted, or category counts). */
  readonly sample: Sample;
  readonly summary: ColumnSummary;
}

/** One dataset read: its table (the columns' names and kinds) and each column's profile. */
export interface LoadedSide {
  readonly table: Table<ColumnHead>;
  /**
   * A column's profile. From the reading worker they come one at a time
   * after the table, so that this thread tests the first columns while the
   * worker profiles the rest.
   */
  profile(name: string): Promise<ColumnProfile>;
}

export type WorkerReadOptions = Omit<ReadOptions, 'logger'>;

/** Reads a dataset and profiles every column (in this thread). */
export async function loadSide(paths: readonly string[], options: ReadOptions): Promise<LoadedSide> {
  const table = await readDistributions(paths, options);
  const profiles = new Map(table.columns.map((column) => [column.name, profileColumn(column, table.rowCount)]));
  return { table, profile: (name) => Promise.resolve(known(profiles.get(name), name)) };
}

/** A column's test sample and summary (the counting or sorting is the costly part). */
export function profileColumn(column: DistributionColumn, rows: number): ColumnProfile {
  const sample = toSample(column);
  return { sample, summary: summarize(column, sample, rows) };
}

function known<T>(value: T | undefined, name: string): T {
  if (value === undefined) throw new Error(`no column '${name}' was read`);
  return value;
}

/** What the reading worker is sent (reading-worker.ts starts it before the inputs are known). */
export interface WorkerRequest {
  readonly paths: readonly string[];
  readonly options: WorkerReadOptions;
}

/** What the worker posts: its table once read, then each column's profile, or a failure at any point. */
export type WorkerMessage =
  | { kind: 'table'; table: Omit<Table<ColumnHead>, 'column'>; logs: [keyof Logger, string][] }
  | { kind: 'column'; name: string; profile: ColumnProfile }
  | { kind: 'failed'; message: string; location?: UserError['location']; hint?: string; user: boolean };

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

/**
 * Loads a side in the worker: resolves with its table when the worker has
 * read it, and each column's profile as it arrives. A failure rejects
 * whatever is still awaited.
 */
function loadInWorker(
  worker: Worker,
  paths: readonly string[],
  options: WorkerReadOptions,
  logger: Logger,
): Promise<LoadedSide> {
  const request: WorkerRequest = { paths, options };
  const awaited = new Map<string, Deferred<ColumnProfile>>();
  let unresolved = Number.POSITIVE_INFINITY;
  return new Promise<LoadedSide>((resolve, reject) => {
    const fail = (error: Error): void => {
      reject(error); // (no effect once the table has come)
      for (const profile of awaited.values()) profile.reject(error);
      void worker.terminate();
    };
    worker.postMessage(request);
    worker.on('message', (message: WorkerMessage) => {
      if (message.kind === 'failed') {
        fail(
          message.user
            ? new UserError(message.message, {
                location: message.location ?? {},
                ...(message.hint ? { hint: message.hint } : {}),
              })
            : new Error(message.message),
        );
      } else if (message.kind === 'table') {
        for (const [level, text] of message.logs) if (level !== 'group') (logger[level] as (m: string) => void)(text);
        const heads = message.table.columns;
        for (const column of heads) awaited.set(column.name, deferred());
        unresolved = heads.length;
        const byName = new Map(heads.map((column) => [column.name, column]));
        resolve({
          table: { ...message.table, column: (name) => byName.get(name) },
          profile: (name) => known(awaited.get(name), name).promise,
        });
      } else {
        // Made whole again: grid samples get their lazy values back, sorted ones are known sorted.
        const { sample, summary } = message.profile;
        known(awaited.get(message.name), message.name).resolve({ sample: restoredSample(sample), summary });
        if (--unresolved === 0) void worker.terminate();
      }
    });
    worker.once('error', fail);
    worker.once('exit', (code) => {
      if (code !== 0 && unresolved > 0) fail(new Error(`the reading worker stopped with code ${code}`));
    });
  });
}

interface Deferred<T> {
  readonly promise: Promise<T>;
  resolve(value: T): void;
  reject(error: Error): void;
}

function deferred<T>(): Deferred<T> {
  let resolve!: (value: T) => void;
  let reject!: (error: Error) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  promise.catch(() => undefined); // a profile nobody awaits must not fail the process
  return { promise, resolve, reject };
}
