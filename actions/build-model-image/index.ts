import '../shared/esm-shim.js';
import { runAction } from '../shared/platform/run.js';
import { contract } from './contract.js';
import { main } from './main.js';

await runAction(contract, main);
