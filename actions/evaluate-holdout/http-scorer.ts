import { UserError } from '../shared/errors.js';
import type { Logger } from '../shared/platform/types.js';
import { percentile } from './bootstrap.js';
import { timeoutSignal } from './request-timeout.js';
import {
  decodeResponse,
  encodeRequest,
  MalformedResponse,
  type DecodedRow,
  type FeatureBatch,
  type PayloadFormat,
  type Cell,
} from './payload-formats.js';

/** Statuses worth another try: the server is busy, restarting or timed out. */
export const TRANSIENT_STATUS = new Set([408, 425, 429, 500, 502, 503, 504]);

export interface HttpScoringOptions {
  readonly url: string;
  readonly format: PayloadFormat;
  readonly columns: readonly string[];
  /** Feature values of row i, in `columns` order. */
  readonly row: (i: number) => readonly Cell[];
  readonly rowCount: number;
  readonly batchSize: number;
  readonly concurrency: number;
  /** Retries of a batch after a transient failure (so up to retries + 1 attempts). */
  readonly retries: number;
  readonly timeoutMs: number;
  /** First backoff; doubles on each retry. */
  readonly backoffMs?: number;
  readonly headers?: Readonly<Record<string, string>>;
  readonly logger: Logger;
  /** Stops all work (e.g. the container died). */
  readonly signal?: AbortSignal;
}

export interface Latency {
  readonly p50_ms: number;
  readonly p95_ms: number;
  readonly p99_ms: number;
  readonly mean_ms: number;
  readonly requests: number;
  readonly retries: number;
  readonly batch_size: number;
  readonly concurrency: number;
  readonly wall_ms: number;
  readonly throughput_rows_per_s: number;
  /** Batch 1, sent alone before the others and left out of the figures above when there are others. */
  readonly warmup_ms: number;
}

export interface HttpScoringResult {
  readonly rows: DecodedRow[];
  readonly latency: Latency;
}

class TransientFailure extends Error {
  constructor(
    message: string,
    readonly retryAfterMs?: number,
  ) {
    super(message);
  }
}

function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener('abort', () => {
      clearTimeout(timer);
      resolve();
    });
  });
}

function excerpt(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > 300 ? `${flat.slice(0, 300)}…` : flat;
}

function retryAfter(header: string | null): number | undefined {
  if (!header) return undefined;
  const seconds = Number(header);
  return Number.isFinite(seconds) ? Math.min(seconds * 1000, 30_000) : undefined;
}

/** One POST; throws TransientFailure for what may pass on retry, UserError for what will not. */
async function post(options: HttpScoringOptions, body: string, label: string): Promise<{ json: unknown; ms: number }> {
  const started = performance.now();
  let response: Response;
  let text: string;
  const timeout = timeoutSignal(options.timeoutMs, options.signal);
  try {
    response = await fetch(options.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json', ...options.headers },
      body,
      signal: timeout.signal,
    });
    text = await response.text();
  } catch (error) {
    const reason = timeout.signal.reason as { name?: string } | undefined;
    const timedOut = timeout.signal.aborted && reason?.name === 'TimeoutError';
    throw new TransientFailure(
      `${label}: ${timedOut ? `no answer within ${options.timeoutMs} ms` : describeFetchError(error)}`,
    );
  } finally {
    timeout.clear();
  }
  const ms = performance.now() - started;
  if (!response.ok) {
    const message = `${label}: HTTP ${response.status} ${response.statusText} from ${options.url}: ${excerpt(text)}`;
    if (TRANSIENT_STATUS.has(response.status))
      throw new TransientFailure(message, retryAfter(response.headers.get('retry-after')));
    throw new UserError(message, {
      hint: 'The model rejected the request: check payload-format and the feature columns it expects.',
    });
  }
  try {
    return { json: JSON.parse(text), ms };
  } catch {
    throw new UserError(`${label}: the response from ${options.url} is not JSON: ${excerpt(text)}`);
  }
}

function describeFetchError(error: unknown): string {
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  return cause?.code ?? cause?.message ?? (error as Error).message;
}

/**
 * Posts the rows in batches to a model server with a fixed number of
 * requests in flight, retries transient failures with exponential backoff,
 * and measures the latency of every successful request.
 */
export async function scoreOverHttp(options: HttpScoringOptions): Promise<HttpScoringResult> {
  const batches = Math.ceil(options.rowCount / options.batchSize);
  const out: DecodedRow[] = new Array<DecodedRow>(options.rowCount);
  const latencies = new Float64Array(batches);
  let next = 0;
  let retries = 0;
  let failure: unknown;
  const worker = async (end: number): Promise<void> => {
    while (failure === undefined && next < end) {
      const b = next++;
      const from = b * options.batchSize;
      const to = Math.min(options.rowCount, from + options.batchSize);
      const label = `Batch ${b + 1} of ${batches} (rows ${from + 1}–${to})`;
      const batch: FeatureBatch = {
        columns: options.columns,
        rows: Array.from({ length: to - from }, (_, i) => options.row(from + i)),
      };
      const body = JSON.stringify(encodeRequest(options.format, batch));
      for (let attempt = 0; ; attempt += 1) {
        try {
          const { json, ms } = await post(options, body, label);
          let decoded: DecodedRow[];
          try {
            decoded = decodeResponse(options.format, json, to - from);
          } catch (error) {
            if (!(error instanceof MalformedResponse)) throw error;
            throw new UserError(
              `${label}: malformed ${options.format} response from ${options.url}: ${error.message}.`,
              {
                hint: `Check payload-format; the response began: ${excerpt(JSON.stringify(json))}`,
              },
            );
          }
          for (let i = 0; i < decoded.length; i += 1) out[from + i] = decoded[i] as DecodedRow;
          latencies[b] = ms;
          break;
        } catch (error) {
          if (!(error instanceof TransientFailure) || options.signal?.aborted) throw error;
          if (attempt >= options.retries) {
            throw new UserError(`${error.message} (gave up after ${attempt + 1} attempts).`, {
              hint: 'The model server kept failing; see its logs. Raise max-retries or request-timeout if it is only slow.',
            });
          }
          const wait = error.retryAfterMs ?? (options.backoffMs ?? 250) * 2 ** attempt;
          retries += 1;
          options.logger.warning(
            `${error.message}; retrying in ${Math.round(wait)} ms (attempt ${attempt + 2} of ${options.retries + 1})`,
          );
          await sleep(wait, options.signal);
        }
      }
    }
  };
  const pool = async (count: number, end: number): Promise<void> => {
    await Promise.all(
      Array.from({ length: count }, () =>
        worker(end).catch((error: unknown) => {
          failure ??= error;
        }),
      ),
    );
    if (failure !== undefined) throw failure;
  };
  // A server's first request pays for lazy imports and allocations (about a
  // second for a scikit-learn server); latency gates are about the steady
  // state, so batch 1 goes alone first and is reported apart as warmup_ms.
  const warmup = batches > 1;
  if (warmup) await pool(1, 1);
  const started = performance.now();
  await pool(Math.max(1, Math.min(options.concurrency, batches - next)), batches);
  const wall = performance.now() - started;
  const measured = warmup ? latencies.subarray(1) : latencies;
  const measuredRows = warmup ? options.rowCount - Math.min(options.batchSize, options.rowCount) : options.rowCount;
  const sorted = Float64Array.from(measured);
  let sum = 0;
  for (const ms of measured) sum += ms;
  return {
    rows: out,
    latency: {
      p50_ms: percentile(sorted, 50),
      p95_ms: percentile(sorted, 95),
      p99_ms: percentile(sorted, 99),
      mean_ms: measured.length ? sum / measured.length : Number.NaN,
      requests: batches,
      retries,
      batch_size: options.batchSize,
      concurrency: options.concurrency,
      wall_ms: wall,
      throughput_rows_per_s: wall > 0 ? (measuredRows / wall) * 1000 : Number.NaN,
      warmup_ms: warmup ? (latencies[0] ?? Number.NaN) : Number.NaN,
    },
  };
}
