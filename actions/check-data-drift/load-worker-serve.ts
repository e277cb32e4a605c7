import { isMainThread, type MessagePort, parentPort, workerData } from 'node:worker_threads';
import { readDistributions } from '../shared/data/index.js';
import { UserError } from '../shared/errors.js';
import type { Logger } from '../shared/platform/types.js';
import { profileColumn, type WorkerMessage, type WorkerRequest } from './load-side.js';
import { WORKER_ROLE } from './reading-worker.js';
import { portableSample } from './samples.js';

/** True (and serves the request it is sent) when this thread is the reading worker (reading-worker.ts). */
export async function serveLoadWorker(): Promise<boolean> {
  const port = parentPort;
  if (isMainThread || workerData !== WORKER_ROLE || !port) return false;
  const request = await new Promise<WorkerRequest>((resolve) => port.once('message', resolve));
  const logs: [keyof Logger, string][] = [];
  const logger: Logger = {
    debug: (m) => logs.push(['debug', m]),
    info: (m) => logs.push(['info', m]),
    notice: (m) => logs.push(['notice', m]),
    warning: (m) => logs.push(['warning', m]),
    error: (m) => logs.push(['error', m]),
    group: (_name, fn) => fn(),
  };
  try {
    const table = await readDistributions(request.paths, { ...request.options, logger });
    const { sources, rowCount, columns, notes, sampled } = table;
    // The table first, with only the columns' names and kinds: the main thread can begin its checks.
    post(port, {
      kind: 'table',
      table: {
        sources,
        rowCount,
        columns: columns.map(({ name, kind }) => ({ name, kind })),
        notes,
        ...(sampled ? { sampled } : {}),
      },
      logs,
    });
    for (const column of columns) {
      const { sample, summary } = profileColumn(column, rowCount);
      const portable = portableSample(sample);
      // Its numbers move to the main thread rather than being copied (an empty array may be a shared constant).
      const numbers =
        portable.kind === 'numeric' ? (portable.grid ? portable.grid.counts : portable.values) : undefined;
      const transfer = numbers && numbers.byteLength > 0 ? [numbers.buffer as ArrayBuffer] : [];
      post(port, { kind: 'column', name: column.name, profile: { sample: portable, summary } }, transfer);
    }
  } catch (error) {
    const user = error instanceof UserError;
    post(port, {
      kind: 'failed',
      user,
      message: (error as Error).message,
      ...(user ? { location: error.location, ...(error.hint ? { hint: error.hint } : {}) } : {}),
    });
  }
  return true;
}

function post(port: MessagePort, message: WorkerMessage, transfer: ArrayBuffer[] = []): void {
  port.postMessage(message, transfer);
}
