import type { Readable } from 'node:stream';

/** One JSON message of the Engine API's build, push or pull streams. */
export interface EngineMessage {
  readonly stream?: string;
  readonly status?: string;
  readonly progress?: string;
  readonly id?: string;
  readonly error?: string;
  readonly errorDetail?: { readonly code?: number; readonly message?: string };
  readonly aux?: Record<string, unknown>;
}

/**
 * Reads a stream of newline-separated JSON messages as the engine sends them,
 * calling `onMessage` for each. Chunks may split a message anywhere, so the
 * text is buffered up to the next newline; a line that is not JSON is passed
 * on as plain stream text rather than dropped.
 */
export function readEngineMessages(stream: Readable, onMessage: (message: EngineMessage) => void): Promise<void> {
  return new Promise((resolve, reject) => {
    let pending = '';
    const handle = (line: string): void => {
      const text = line.trim();
      if (text === '') return;
      let message: EngineMessage;
      try {
        message = JSON.parse(text) as EngineMessage;
      } catch {
        message = { stream: `${text}\n` };
      }
      onMessage(message);
    };
    stream.setEncoding('utf8');
    stream.on('data', (chunk: string) => {
      pending += chunk;
      let newline = pending.indexOf('\n');
      while (newline >= 0) {
        handle(pending.slice(0, newline));
        pending = pending.slice(newline + 1);
        newline = pending.indexOf('\n');
      }
    });
    stream.on('end', () => {
      handle(pending);
      resolve();
    });
    stream.on('error', reject);
    stream.on('close', () => {
      // A socket closed before 'end' (engine gone) must not leave the caller waiting.
      if (!stream.readableEnded)
        reject(new Error('the Docker Engine closed the connection before the operation finished'));
    });
  });
}

/** Keeps the last `size` lines of text, for error messages. */
export class LineTail {
  private readonly lines: string[] = [];

  constructor(private readonly size: number) {}

  push(text: string): void {
    for (const line of text.split(/\r?\n/)) {
      if (line.trim() === '') continue;
      this.lines.push(line);
      if (this.lines.length > this.size) this.lines.shift();
    }
  }

  get(): string[] {
    return [...this.lines];
  }

  clear(): void {
    this.lines.length = 0;
  }
}
