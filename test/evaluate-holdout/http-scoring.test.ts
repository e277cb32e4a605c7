import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scoreOverHttp } from '../../actions/evaluate-holdout/http-scorer.js';
import { PAYLOAD_FORMATS, defaultPredictPath, type Cell } from '../../actions/evaluate-holdout/payload-formats.js';
import { assemblePredictions } from '../../actions/evaluate-holdout/decoded-predictions.js';
import { RecordingLogger, startModelServer } from './fixtures.js';

const rows = Array.from(
  { length: 103 },
  (_, i) => [Math.round((((i * 37) % 100) / 100) * 1000) / 1000, i % 2 ? 'red' : 'blue'] as Cell[],
);
const base = {
  columns: ['x', 'color'],
  row: (i: number) => rows[i] as Cell[],
  rowCount: rows.length,
  batchSize: 10,
  concurrency: 3,
  retries: 3,
  timeoutMs: 5000,
  backoffMs: 5,
};

describe('scoring over HTTP against the test model server', () => {
  let server: Awaited<ReturnType<typeof startModelServer>>;
  beforeAll(async () => {
    server = await startModelServer();
  });
  afterAll(async () => server.stop());

  it.each(PAYLOAD_FORMATS)('%s: every row comes back in order, with latency', async (format) => {
    const logger = new RecordingLogger();
    const result = await scoreOverHttp({
      ...base,
      url: `${server.url}${defaultPredictPath(format, 'model')}`,
      format,
      logger,
    });
    expect(result.rows).toHaveLength(103);
    const assembled = assemblePredictions(result.rows, 'srv', { classOrder: ['0', '1'], binaryTarget: true });
    const scores = assembled.scores as NonNullable<typeof assembled.scores>;
    const positive = scores.classes === null ? 0 : scores.classes.indexOf('1');
    const column = scores.columns[positive] as Float64Array;
    rows.forEach((row, i) => expect(column[i]).toBeCloseTo(row[0] as number, 12));
    expect(result.latency.requests).toBe(11);
    expect(result.latency.p50_ms).toBeGreaterThan(0);
    expect(result.latency.p95_ms).toBeGreaterThanOrEqual(result.latency.p50_ms);
    expect(result.latency.p99_ms).toBeGreaterThanOrEqual(result.latency.p95_ms);
    expect(result.latency.throughput_rows_per_s).toBeGreaterThan(0);
  });
});

describe('retries and failures', () => {
  it('retries transient 503s with backoff and succeeds', async () => {
    const server = await startModelServer({ FAIL_FIRST: '2' });
    try {
      const logger = new RecordingLogger();
      const result = await scoreOverHttp({
        ...base,
        concurrency: 1,
        url: `${server.url}/invocations`,
        format: 'mlflow',
        logger,
      });
      expect(result.latency.retries).toBe(2);
      expect(logger.lines.filter((l) => l.startsWith('warning:')).join('\n')).toMatch(
        /Batch 1 of 11 \(rows 1–10\): HTTP 503.*retrying in 5 ms.*\n.*retrying in 10 ms/,
      );
    } finally {
      await server.stop();
    }
  });

  it('gives up after max-retries naming the batch', async () => {
    const server = await startModelServer({ FAIL_FIRST: '100' });
    try {
      await expect(
        scoreOverHttp({
          ...base,
          retries: 2,
          concurrency: 1,
          url: `${server.url}/invocations`,
          format: 'mlflow',
          logger: new RecordingLogger(),
        }),
      ).rejects.toThrow(/Batch 1 of 11 \(rows 1–10\): HTTP 503 .*model is warming up \(gave up after 3 attempts\)/);
    } finally {
      await server.stop();
    }
  });

  it('does not retry a 4xx, and names the batch', async () => {
    const server = await startModelServer({ FAIL_FIRST: '1', FAIL_STATUS: '422' });
    try {
      await expect(
        scoreOverHttp({
          ...base,
          concurrency: 1,
          url: `${server.url}/invocations`,
          format: 'mlflow',
          logger: new RecordingLogger(),
        }),
      ).rejects.toThrow(/Batch 1 of 11 \(rows 1–10\): HTTP 422/);
    } finally {
      await server.stop();
    }
  });

  it('reports a malformed response', async () => {
    const server = await startModelServer({ MALFORMED: '1' });
    try {
      await expect(
        scoreOverHttp({
          ...base,
          url: `${server.url}/v1/models/model:predict`,
          format: 'kserve-v1',
          logger: new RecordingLogger(),
        }),
      ).rejects.toThrow(/malformed kserve-v1 response .*: it has 9 predictions for 10 rows/);
    } finally {
      await server.stop();
    }
  });

  it('retries a connection refused and then fails', async () => {
    const closed = http.createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const { port } = closed.address() as AddressInfo;
    await new Promise((resolve) => closed.close(resolve));
    await expect(
      scoreOverHttp({
        ...base,
        retries: 1,
        url: `http://127.0.0.1:${port}/invocations`,
        format: 'mlflow',
        logger: new RecordingLogger(),
      }),
    ).rejects.toThrow(/ECONNREFUSED \(gave up after 2 attempts\)/);
  });

  it('honours the concurrency limit', async () => {
    let inFlight = 0;
    let peak = 0;
    const server = http.createServer((req, res) => {
      inFlight += 1;
      peak = Math.max(peak, inFlight);
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        const body = JSON.parse(Buffer.concat(chunks).toString()) as unknown[];
        setTimeout(() => {
          inFlight -= 1;
          res.end(JSON.stringify(body.map(() => 1)));
        }, 20);
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    try {
      await scoreOverHttp({
        ...base,
        concurrency: 4,
        url: `http://127.0.0.1:${port}/predict`,
        format: 'records',
        logger: new RecordingLogger(),
      });
      expect(peak).toBe(4);
    } finally {
      server.close();
    }
  });
});

describe('request timeouts', () => {
  it('abort with a TimeoutError on a ref’d timer, follow an outer signal, and clear', async () => {
    const { timeoutSignal } = await import('../../actions/evaluate-holdout/request-timeout.js');
    const short = timeoutSignal(10);
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect((short.signal.reason as Error).name).toBe('TimeoutError');
    const outer = new AbortController();
    const linked = timeoutSignal(10_000, outer.signal);
    outer.abort(new Error('cancelled'));
    expect((linked.signal.reason as Error).message).toBe('cancelled');
    linked.clear();
    const cleared = timeoutSignal(10);
    cleared.clear();
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(cleared.signal.aborted).toBe(false);
  });

  it('a server that accepts but never answers is a timeout, retried, then an error', async () => {
    const net = await import('node:net');
    const sockets: import('node:net').Socket[] = [];
    const silent = net.createServer((socket) => sockets.push(socket));
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    const { port } = silent.address() as AddressInfo;
    try {
      await expect(
        scoreOverHttp({
          ...base,
          rowCount: 5,
          retries: 1,
          timeoutMs: 200,
          url: `http://127.0.0.1:${port}/invocations`,
          format: 'mlflow',
          logger: new RecordingLogger(),
        }),
      ).rejects.toThrow(/Batch 1 of 1 \(rows 1–5\): no answer within 200 ms \(gave up after 2 attempts\)/);
    } finally {
      sockets.forEach((s) => s.destroy());
      silent.close();
    }
  });
});

describe('warm-up', () => {
  it('sends batch 1 alone first and leaves its latency out of the percentiles', async () => {
    let requests = 0;
    let inFlight = 0;
    let maxInFlightDuringFirst = 0;
    const server = http.createServer((req, res) => {
      requests += 1;
      const first = requests === 1;
      inFlight += 1;
      let body = '';
      req.on('data', (chunk: Buffer) => (body += chunk.toString()));
      req.on('end', () => {
        // The records format posts a JSON array of row objects.
        const rowsIn = (JSON.parse(body) as unknown[]).length;
        const answer = (): void => {
          if (first) maxInFlightDuringFirst = inFlight;
          inFlight -= 1;
          res.setHeader('content-type', 'application/json');
          res.end(JSON.stringify({ predictions: Array.from({ length: rowsIn }, () => 0.5) }));
        };
        // The cold first request is slow, as a real server's is.
        setTimeout(answer, first ? 300 : 1);
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const { port } = server.address() as AddressInfo;
      const result = await scoreOverHttp({
        ...base,
        url: `http://127.0.0.1:${port}/predict`,
        format: 'records',
        logger: new RecordingLogger(),
      });
      expect(result.rows).toHaveLength(103);
      expect(maxInFlightDuringFirst).toBe(1);
      expect(result.latency.warmup_ms).toBeGreaterThanOrEqual(290);
      expect(result.latency.p99_ms).toBeLessThan(250);
      expect(result.latency.requests).toBe(11);
    } finally {
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });
});
