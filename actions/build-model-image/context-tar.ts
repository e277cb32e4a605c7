import { createReadStream } from 'node:fs';
import { pack, type Pack } from 'tar-stream';
import type { ContextFile } from './context-files.js';

/** One fixed time for every entry: the builder's cache and the image do not depend on checkout times. */
export const CONTEXT_MTIME = new Date('2000-01-01T00:00:00Z');

/**
 * Streams the context as an uncompressed tar. Files are read one at a time
 * as the consumer (the engine's HTTP request) pulls, so memory stays flat
 * whatever the context size. Headers are normalised (owner 0, fixed time,
 * 0644/0755) so the same files give the same tar.
 */
export function contextTar(files: readonly ContextFile[]): Pack {
  const tar = pack();
  void (async () => {
    for (const file of files) {
      if (tar.destroyed) return;
      const header = { name: file.name, mtime: CONTEXT_MTIME, uid: 0, gid: 0, uname: '', gname: '' };
      if (file.kind === 'symlink') {
        tar.entry({ ...header, type: 'symlink', linkname: file.target ?? '', mode: 0o777 });
        continue;
      }
      const mode = file.executable ? 0o755 : 0o644;
      if (file.content) {
        tar.entry({ ...header, mode, size: file.content.length }, file.content);
        continue;
      }
      await new Promise<void>((resolve, reject) => {
        const entry = tar.entry({ ...header, mode, size: file.size }, (error) => (error ? reject(error) : resolve()));
        const source = createReadStream(file.source ?? '', { highWaterMark: 1 << 20 });
        source.on('error', reject);
        source.pipe(entry);
      });
    }
    tar.finalize();
  })().catch((error: unknown) => {
    tar.destroy(error instanceof Error ? error : new Error(String(error)));
  });
  return tar;
}
