import type { Hash } from 'node:crypto';
import { open } from 'node:fs/promises';

/**
 * Where a reader gets its bytes: `next(carry)` returns the unread tail of
 * the previous chunk (`carry`, a view the reader got from its last chunk)
 * followed by the next bytes of the input, or undefined at the end.
 */
export interface ChunkSource {
  next(carry: Buffer | undefined): Promise<Buffer | undefined>;
  /** Releases the input early (a reader that stops on an error). */
  close(): Promise<void>;
}

/**
 * Chunks of any stream of buffers (a gunzip stream): each joins the carry
 * and the next buffer in a new buffer.
 */
export function iterableSource(chunks: AsyncIterable<Buffer>): ChunkSource {
  const iterator = chunks[Symbol.asyncIterator]();
  return {
    async next(carry) {
      const { value, done } = await iterator.next();
      if (done) return undefined;
      return carry && carry.length > 0 ? Buffer.concat([carry, value]) : value;
    },
    async close() {
      await iterator.return?.();
    },
  };
}

/**
 * Chunks of a plain file, read into one buffer used again and again: the
 * carry is moved to its front and the file read after it, so no buffer is
 * allocated or joined per chunk (a 150 MB file is 150 of them). A chunk is
 * valid until the next call; the bytes are hashed as read.
 */
export class FileSource implements ChunkSource {
  private buffer: Buffer;
  private position = 0;
  private handle: Awaited<ReturnType<typeof open>> | undefined;

  constructor(
    private readonly file: string,
    private readonly hash: Hash,
    chunkBytes: number,
  ) {
    this.buffer = Buffer.allocUnsafe(chunkBytes);
  }

  async next(carry: Buffer | undefined): Promise<Buffer | undefined> {
    this.handle ??= await open(this.file, 'r');
    const kept = carry?.length ?? 0;
    if (carry && kept > 0) {
      // A record longer than the buffer: make room for it and one more chunk.
      if (kept * 2 > this.buffer.length) {
        const bigger = Buffer.allocUnsafe(kept * 2 + this.buffer.length);
        carry.copy(bigger, 0);
        this.buffer = bigger;
      } else {
        carry.copy(this.buffer, 0);
      }
    }
    const { bytesRead } = await this.handle.read(this.buffer, kept, this.buffer.length - kept, this.position);
    if (bytesRead === 0) {
      await this.close();
      return undefined;
    }
    this.position += bytesRead;
    this.hash.update(this.buffer.subarray(kept, kept + bytesRead));
    return this.buffer.subarray(0, kept + bytesRead);
  }

  async close(): Promise<void> {
    const handle = this.handle;
    this.handle = undefined;
    await handle?.close();
  }
}
