import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commentMarker, pullRequestFromEnv, upsertComment } from '../../actions/evaluate-holdout/pr-comment.js';

interface Comment {
  id: number;
  body: string;
}

/** A stand-in for the GitHub REST API's issue-comment routes, with pagination. */
class FakeGitHub {
  comments: Comment[] = [];
  requests: { method: string; url: string; auth: string | undefined }[] = [];
  private server = http.createServer((req, res) => this.handle(req, res));
  private nextId = 1000;
  url = '';

  async start(): Promise<void> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }
  stop(): void {
    this.server.close();
  }

  private handle(req: http.IncomingMessage, res: http.ServerResponse): void {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      this.requests.push({ method: req.method ?? '', url: req.url ?? '', auth: req.headers.authorization });
      const url = new URL(req.url ?? '/', this.url);
      const send = (status: number, body: unknown) => {
        res.writeHead(status, { 'content-type': 'application/json' });
        res.end(JSON.stringify(body));
      };
      if (req.headers.authorization !== 'Bearer t0ken') return send(401, { message: 'Bad credentials' });
      const list = /^\/repos\/acme\/churn\/issues\/7\/comments$/.exec(url.pathname);
      const one = /^\/repos\/acme\/churn\/issues\/comments\/(\d+)$/.exec(url.pathname);
      if (list && req.method === 'GET') {
        const page = Number(url.searchParams.get('page') ?? 1);
        const per = Number(url.searchParams.get('per_page') ?? 30);
        return send(200, this.comments.slice((page - 1) * per, page * per));
      }
      if (list && req.method === 'POST') {
        const comment = { id: this.nextId++, body: (JSON.parse(Buffer.concat(chunks).toString()) as Comment).body };
        this.comments.push(comment);
        return send(201, comment);
      }
      if (one && req.method === 'PATCH') {
        const comment = this.comments.find((c) => c.id === Number(one[1]));
        if (!comment) return send(404, { message: 'Not Found' });
        comment.body = (JSON.parse(Buffer.concat(chunks).toString()) as Comment).body;
        return send(200, comment);
      }
      send(404, { message: 'Not Found' });
    });
  }
}

describe('sticky PR comment', () => {
  const github = new FakeGitHub();
  beforeAll(() => github.start());
  afterAll(() => github.stop());

  it('creates the comment once, then updates it in place, past the first page', async () => {
    github.comments = Array.from({ length: 150 }, (_, i) => ({ id: i + 1, body: `chatter ${i}` }));
    const target = { apiUrl: github.url, owner: 'acme', repo: 'churn', number: 7 };
    const marker = commentMarker('evaluate-holdout-report');
    const first = await upsertComment(target, 't0ken', marker, '✅ passed');
    expect(first.action).toBe('created');
    const second = await upsertComment(target, 't0ken', marker, '❌ failed');
    expect(second).toEqual({ action: 'updated', id: first.id });
    const mine = github.comments.filter((c) => c.body.includes(marker));
    expect(mine).toHaveLength(1);
    expect(mine[0]?.body).toBe(`${marker}\n❌ failed`);
    // The second run read page 1 and page 2 before finding its comment at position 151.
    expect(
      github.requests.filter((r) => r.method === 'GET').map((r) => new URL(r.url, github.url).searchParams.get('page')),
    ).toEqual(['1', '2', '1', '2']);
  });

  it('keeps separate comments for different markers', async () => {
    github.comments = [];
    const target = { apiUrl: github.url, owner: 'acme', repo: 'churn', number: 7 };
    await upsertComment(target, 't0ken', commentMarker('a'), 'A');
    await upsertComment(target, 't0ken', commentMarker('b'), 'B');
    expect(github.comments).toHaveLength(2);
  });

  it('surfaces API errors with status and message', async () => {
    const target = { apiUrl: github.url, owner: 'acme', repo: 'churn', number: 7 };
    await expect(upsertComment(target, 'wrong', commentMarker('a'), 'A')).rejects.toThrow(
      /answered 401: .*Bad credentials/,
    );
  });

  it('finds the pull request in the event payload', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'eh-event-'));
    const pr = path.join(dir, 'pr.json');
    writeFileSync(pr, JSON.stringify({ pull_request: { number: 12 } }));
    const push = path.join(dir, 'push.json');
    writeFileSync(push, JSON.stringify({ ref: 'refs/heads/main' }));
    const comment = path.join(dir, 'comment.json');
    writeFileSync(comment, JSON.stringify({ issue: { number: 5, pull_request: {} } }));
    const env = { GITHUB_REPOSITORY: 'acme/churn', GITHUB_API_URL: 'https://ghe.example/api/v3/' };
    expect(await pullRequestFromEnv({ ...env, GITHUB_EVENT_PATH: pr })).toEqual({
      apiUrl: 'https://ghe.example/api/v3',
      owner: 'acme',
      repo: 'churn',
      number: 12,
    });
    expect(await pullRequestFromEnv({ ...env, GITHUB_EVENT_PATH: push })).toBeUndefined();
    expect((await pullRequestFromEnv({ ...env, GITHUB_EVENT_PATH: comment }))?.number).toBe(5);
  });
});
