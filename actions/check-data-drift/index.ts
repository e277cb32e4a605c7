import '../shared/esm-shim.js';
// First: the reading worker starts while the rest of the action loads.
import './start-worker.js';
import { runAction } from '../shared/platform/run.js';
import { contract } from './contract.js';
import { main } from './main.js';

await runAction(contract, main);
