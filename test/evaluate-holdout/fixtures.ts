/** Test data for evaluate-holdout: a small seeded binary holdout and the predictions of the test model server. */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Logger } from '../../actions/shared/platform/types.js';

export const HERE = path.dirname(fileURLToPath(import.meta.url));
export const MODEL_SERVER = path.join(HERE, 'fixtures', 'model-server.mjs');

export function mulberry(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface BinaryFixture {
  readonly dir: string;
  readonly holdout: string;
  /** Predictions of the model server (P(1) = x), aligned by id, shuffled. */
  readonly predictions: string;
  /** A weaker champion on the same holdout. */
  readonly champion: string;
  readonly rows: number;
}

/** Writes a holdout with id, x (the model's score), color (a slice) and y. */
export function binaryFixture(rows = 240, seed = 7): BinaryFixture {
  const dir = mkdtempSync(path.join(tmpdir(), 'eh-fixture-'));
  const random = mulberry(seed);
  const lines = ['id,x,color,y'];
  const preds: string[] = [];
  const champ: string[] = [];
  const colors = ['red', 'green', 'blue'];
  for (let i = 0; i < rows; i += 1) {
    const y = random() < 0.4 ? 1 : 0;
    const x = Math.round(Math.min(1, Math.max(0, 0.35 * y + 0.65 * random())) * 1000) / 1000;
    const color = colors[i % 3] as string;
    lines.push(`r${i},${x},${color},${y}`);
    preds.push(`r${i},${x >= 0.5 ? 1 : 0},${x}`);
    const c = Math.round(Math.min(1, Math.max(0, 0.15 * y + 0.85 * random())) * 1000) / 1000;
    champ.push(`r${i},${c >= 0.5 ? 1 : 0},${c}`);
  }
  // Shuffle the prediction rows so alignment by id is exercised.
  const shuffle = (list: string[]) => {
    for (let i = list.length - 1; i > 0; i -= 1) {
      const j = Math.floor(random() * (i + 1));
      [list[i], list[j]] = [list[j] as string, list[i] as string];
    }
    return list;
  };
  const holdout = path.join(dir, 'holdout.csv');
  const predictions = path.join(dir, 'predictions.csv');
  const champion = path.join(dir, 'champion.csv');
  writeFileSync(holdout, `${lines.join('\n')}\n`);
  writeFileSync(predictions, `id,prediction,proba_1\n${shuffle(preds).join('\n')}\n`);
  writeFileSync(champion, `id,prediction,proba_1\n${shuffle(champ).join('\n')}\n`);
  return { dir, holdout, predictions, champion, rows };
}

/** A logger that records what it was told. */
export class RecordingLogger implements Logger {
  readonly lines: string[] = [];
  debug(message: string): void {
    this.lines.push(`debug: ${message}`);
  }
  info(message: string): void {
    this.lines.push(message);
  }
  notice(message: string): void {
    this.lines.push(`notice: ${message}`);
  }
  warning(message: string): void {
    this.lines.push(`warning: ${message}`);
  }
  error(message: string): void {
    this.lines.push(`error: ${message}`);
  }
  async group<T>(name: string, fn: () => Promise<T>): Promise<T> {
    this.lines.push(`group: ${name}`);
    return fn();
  }
}

/** Starts the model server on the host on a free port; resolves once it listens. */
export async function startModelServer(
  env: Record<string, string> = {},
): Promise<{ url: string; stop: () => Promise<void>; child: ChildProcess }> {
  // Port 0: the server takes a free port and says which (a random port could be taken: a flaky test).
  const child = spawn(process.execPath, [MODEL_SERVER], {
    env: { ...process.env, PORT: '0', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const port = await new Promise<number>((resolve, reject) => {
    let out = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const listening = /listening on (\d+)/.exec(out);
      if (listening) resolve(Number(listening[1]));
    });
    child.once('exit', (code) => reject(new Error(`model server exited with ${code}`)));
  });
  return {
    url: `http://127.0.0.1:${port}`,
    child,
    stop: () =>
      new Promise<void>((resolve) => {
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}
