import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import { UserError } from '../shared/errors.js';
import type { Logger } from '../shared/platform/types.js';
import { loadSide, type WorkerReply, type WorkerRequest } from './load-side.js';
import { WORKER_ROLE } from './reading-worker.js';
import { portableSample, type Sample } from './samples.js';

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
    const { table, samples, summaries } = await loadSide(request.paths, { ...request.options, logger });
    const transfer = new Set<ArrayBuffer>();
    for (const column of table.columns) {
      const array =
        'counts' in column ? column.counts.counts : column.kind === 'numeric' ? column.values : column.codes;
      transfer.add(array.buffer as ArrayBuffer);
    }
    const portable = [...samples].map(([name, sample]) => [name, portableSample(sample)] as [string, Sample]);
    for (const [, sample] of portable) {
      if (sample.kind !== 'numeric') continue;
      transfer.add((sample.grid ? sample.grid.counts : sample.values).buffer as ArrayBuffer);
    }
    const { sources, rowCount, columns, notes, sampled } = table;
    const reply: WorkerReply = {
      ok: true,
      table: { sources, rowCount, columns, notes, ...(sampled ? { sampled } : {}) },
      samples: portable,
      summaries: [...summaries],
      logs,
    };
    port.postMessage(reply, [...transfer]);
  } catch (error) {
    const user = error instanceof UserError;
    const reply: WorkerReply = {
      ok: false,
      user,
      message: (error as Error).message,
      ...(user ? { location: error.location, ...(error.hint ? { hint: error.hint } : {}) } : {}),
    };
    port.postMessage(reply);
  }
  return true;
}
