/**
 * Imported first by every action entry. With "type": "module", ncc emits an
 * ESM bundle, but some bundled dependencies (emscripten wasm loaders, old
 * CommonJS code) still reach for `require`, `__dirname` and `__filename`.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const scope = globalThis as Record<string, unknown>;
scope.require ??= createRequire(import.meta.url);
scope.__filename ??= fileURLToPath(import.meta.url);
scope.__dirname ??= path.dirname(fileURLToPath(import.meta.url));
