/**
 * Imported by the action's entry before anything else that takes time to
 * load: starts the reading worker at once (see reading-worker.ts).
 */
import { startReadingWorker } from './reading-worker.js';

startReadingWorker(import.meta.url);
