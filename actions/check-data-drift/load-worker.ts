/**
 * Entry of the drift check's reading worker, bundled on its own
 * (dist/check-data-drift-worker/): the worker loads only the readers and
 * statistics, not the whole action, so it starts reading sooner.
 */
import '../shared/esm-shim.js';
import { serveLoadWorker } from './load-worker-serve.js';

await serveLoadWorker();
