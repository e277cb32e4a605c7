import '../shared/esm-shim.js';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runAction } from '../shared/platform/run.js';
import { contract } from './contract.js';
import { enableParallelLoad } from './load-side.js';
import { main } from './main.js';

// The reading worker's bundle beside this one (dist/check-data-drift-worker/index.js), named at run time so
// that ncc does not copy it in as an asset. Without it (sources run unbundled) both datasets are read here.
const worker = path.join(
  path.dirname(fileURLToPath(import.meta.url)),
  '..',
  ['check-data-drift-worker', 'index.js'].join(path.sep),
);
if (existsSync(worker)) enableParallelLoad(worker);
await runAction(contract, main);
