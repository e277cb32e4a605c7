import path from 'node:path';

const cwd = (): string => process.cwd();

/**
 * A path under the working directory, made at run time. ncc's asset
 * relocator copies into the bundle any path expression it can evaluate at
 * build time that names an existing file or folder — `path.resolve('x')` or
 * `path.join(process.cwd(), 'x')` included — so a report folder left by a
 * local run would ship inside dist/. Going through this function keeps the
 * expression opaque to it.
 */
export function workingPath(...parts: string[]): string {
  return path.join(cwd(), ...parts);
}
