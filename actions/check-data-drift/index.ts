import '../shared/esm-shim.js';
import { fileURLToPath } from 'node:url';
import { runAction } from '../shared/platform/run.js';
import { contract } from './contract.js';
import { enableParallelLoad, serveLoadWorker } from './load-side.js';
import { main } from './main.js';

// The bundle is also the script of its reading worker (see load-side.ts).
if (!(await serveLoadWorker())) {
  enableParallelLoad(fileURLToPath(import.meta.url));
  await runAction(contract, main);
}
