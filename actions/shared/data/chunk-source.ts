import type { Hash } from 'node:crypto';
import { closeSync, openSync, readSync } from 'node:fs';

/**
 * Where a reader gets its bytes: `next(carry)` returns the unread tail of
 * the previous chunk (`carry`, a view the reader got from its last chunk)
 * followed by the next bytes of the input, or undefined at the end.
 */
export interface ChunkSource {
  next(carry: Buffer | undefined): Promise<Buffer | undefined>;
  /**
   * From the next chunk on, reads into the buffers `target` gives (one of at
   * least the bytes asked for), when the source can: a reader that copies
   * each chunk somewhere (the batch scanner's memory) then has it there
   * already. A buffer given may be moved by the next call (it may detach the last).
   */
  readInto?(target: (bytes: number) => Buffer): void;
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
 *
 * The reads are synchronous. A reader has nothing else to do while it waits
 * for its next chunk, and an asynchronous read hands the copy to another
 * thread and wakes this one when it is done: on a small VM those wake-ups
 * left the reader idle for a tenth of its time, more than the copies
 * themselves take (20–100 ms per 150 MB from the page cache there).
 */
export class FileSource implements ChunkSource {
  private buffer: Buffer;
  private position = 0;
  private fd: number | undefined;
  private target: ((bytes: number) => Buffer) | undefined;

  constructor(
    private readonly file: string,
    private readonly hash: Hash,
    chunkBytes: number,
  ) {
    this.buffer = Buffer.allocUnsafe(chunkBytes);
  }

  readInto(target: (bytes: number) => Buffer): void {
    this.target = target;
  }

  // Async (with nothing to await) so that a failed read is a rejection, as a ChunkSource's is.
  async next(carry: Buffer | undefined): Promise<Buffer | undefined> {
    this.fd ??= openSync(this.file, 'r');
    const kept = carry?.length ?? 0;
    // A record longer than half the buffer: room for it and one more chunk.
    const size = kept * 2 > this.buffer.length ? kept * 2 + this.buffer.length : this.buffer.length;
    if (this.target) {
      // The carry is copied out first: getting the buffer may detach the one it is in.
      const saved = carry && kept > 0 ? Buffer.from(carry) : undefined;
      this.buffer = this.target(size);
      saved?.copy(this.buffer, 0);
    } else if (carry && kept > 0) {
      if (size > this.buffer.length) this.buffer = Buffer.allocUnsafe(size);
      // (Within one buffer this moves the carry to its front.)
      carry.copy(this.buffer, 0);
    }
    const bytesRead = readSync(this.fd, this.buffer, kept, this.buffer.length - kept, this.position);
    if (bytesRead === 0) {
      this.closeNow();
      return undefined;
    }
    this.position += bytesRead;
    this.hash.update(this.buffer.subarray(kept, kept + bytesRead));
    return this.buffer.subarray(0, kept + bytesRead);
  }

  close(): Promise<void> {
    this.closeNow();
    return Promise.resolve();
  }

  private closeNow(): void {
    const fd = this.fd;
    this.fd = undefined;
    if (fd !== undefined) closeSync(fd);
  }
}
