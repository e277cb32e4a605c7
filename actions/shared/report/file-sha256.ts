import { createHash, type Hash } from 'node:crypto';
import { closeSync, openSync, readSync } from 'node:fs';

const CHUNK = 1 << 20;

/** The sha256 of a file's bytes as lowercase hex (any size). */
export async function fileSha256(file: string): Promise<string> {
  const hash = createHash('sha256');
  await hashFileInto(file, hash);
  return hash.digest('hex');
}

/**
 * Feeds a file's bytes to `hash`, read into one buffer used again and again
 * (no garbage per chunk). The reads are synchronous: hashing is all this
 * thread does meanwhile, and an asynchronous read costs a wake-up per chunk
 * (see FileSource). It stays async so that an error is a rejection.
 */
export async function hashFileInto(file: string, hash: Hash): Promise<void> {
  const fd = openSync(file, 'r');
  try {
    const buffer = Buffer.allocUnsafe(CHUNK);
    for (;;) {
      const bytesRead = readSync(fd, buffer, 0, CHUNK, null);
      if (bytesRead === 0) return;
      hash.update(buffer.subarray(0, bytesRead));
    }
  } finally {
    closeSync(fd);
  }
}
