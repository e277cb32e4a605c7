import { readdirSync, existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** The shipped actions: every root folder with an action.yml and sources under actions/. */
export function listActions(root = ROOT): string[] {
  return readdirSync(root, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(path.join(root, entry.name, 'action.yml')))
    .filter((entry) => existsSync(path.join(root, 'actions', entry.name, 'index.ts')))
    .map((entry) => entry.name)
    .sort();
}
