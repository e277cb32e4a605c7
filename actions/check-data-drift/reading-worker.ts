/**
 * The drift check's reading worker, started as early as the bundle can:
 * index.ts imports this module first, so the worker's own start (about
 * 0.15 s: a Node.js thread and its bundle) runs while this thread loads the
 * rest of the action and parses its inputs. It then waits for a request
 * (load-side.ts). Nothing heavy is imported here, so that the start is not
 * held up by the modules it would load.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';

/** What the worker gets at its start: it then waits for a WorkerRequest message. */
export const WORKER_ROLE = 'check-data-drift/load-side';

let started: Worker | undefined;
let exited = false;
let entry: string | undefined;

/**
 * Starts the worker from its bundle beside this one (dist/check-data-drift-worker/index.js),
 * named at run time so that ncc does not copy it in as an asset. Without that bundle (the
 * sources run unbundled, as in unit tests) there is no worker and both datasets are read here.
 * ML_ACTIONS_DRIFT_WORKER=0 turns the worker off.
 */
export function startReadingWorker(bundleUrl: string): void {
  const file = path.join(path.dirname(fileURLToPath(bundleUrl)), '..', 'check-data-drift-worker', 'index.js');
  if (!existsSync(file) || process.env.ML_ACTIONS_DRIFT_WORKER === '0') return;
  entry = file;
  started = new Worker(file, { workerData: WORKER_ROLE });
  // Until it is given work it must not keep the process alive (an input error ends the run at once).
  started.unref();
  started.on('error', () => undefined); // reported to whoever takes it; unused, it is only dropped
  started.once('exit', () => {
    exited = true;
  });
}

/** Whether a reading worker can be had (its bundle is there). */
export function workerAvailable(): boolean {
  return entry !== undefined;
}

/** The started worker (or a new one if it was taken), kept alive from now on; undefined when there is none. */
export function takeReadingWorker(): Worker | undefined {
  if (!entry) return undefined;
  // One that stopped before it was taken (it could not load) is replaced, so its failure is reported.
  const worker = started && !exited ? started : new Worker(entry, { workerData: WORKER_ROLE });
  started = undefined;
  worker.ref();
  return worker;
}

/** Stops the started worker when the run reads everything in this thread. */
export function dropReadingWorker(): void {
  void started?.terminate();
  started = undefined;
}
