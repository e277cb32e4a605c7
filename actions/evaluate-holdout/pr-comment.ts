import { readFile } from 'node:fs/promises';
import { timeoutSignal } from './request-timeout.js';

/** Where the sticky comment goes. */
export interface PullRequestTarget {
  readonly apiUrl: string;
  readonly owner: string;
  readonly repo: string;
  readonly number: number;
}

/** The hidden marker that makes the comment findable on the next run. */
export function commentMarker(key: string): string {
  return `<!-- ml-actions:evaluate-holdout:${key.replace(/-->/g, '')} -->`;
}

/**
 * The pull request of the current GitHub event (`pull_request`,
 * `pull_request_target`, or an `issue_comment` on a PR), or undefined.
 */
export async function pullRequestFromEnv(env: NodeJS.ProcessEnv): Promise<PullRequestTarget | undefined> {
  const [owner, repo] = (env.GITHUB_REPOSITORY ?? '').split('/');
  if (!owner || !repo || !env.GITHUB_EVENT_PATH) return undefined;
  let event: { pull_request?: { number?: number }; issue?: { number?: number; pull_request?: unknown } };
  try {
    event = JSON.parse(await readFile(env.GITHUB_EVENT_PATH, 'utf8')) as typeof event;
  } catch {
    return undefined;
  }
  const number = event.pull_request?.number ?? (event.issue?.pull_request ? event.issue.number : undefined);
  if (typeof number !== 'number') return undefined;
  return { apiUrl: (env.GITHUB_API_URL ?? 'https://api.github.com').replace(/\/$/, ''), owner, repo, number };
}

interface IssueComment {
  id: number;
  body?: string;
}

async function call(url: string, token: string, init: { method?: string; body?: unknown } = {}): Promise<Response> {
  const timeout = timeoutSignal(30_000);
  try {
    return await callWithin(url, token, init, timeout.signal);
  } finally {
    timeout.clear();
  }
}

async function callWithin(
  url: string,
  token: string,
  init: { method?: string; body?: unknown },
  signal: AbortSignal,
): Promise<Response> {
  const response = await fetch(url, {
    method: init.method ?? 'GET',
    headers: {
      authorization: `Bearer ${token}`,
      accept: 'application/vnd.github+json',
      'x-github-api-version': '2022-11-28',
      'user-agent': 'ml-actions-evaluate-holdout',
      ...(init.body !== undefined ? { 'content-type': 'application/json' } : {}),
    },
    ...(init.body !== undefined ? { body: JSON.stringify(init.body) } : {}),
    signal,
  });
  if (!response.ok) {
    const text = (await response.text()).slice(0, 300);
    throw new Error(`GitHub API ${init.method ?? 'GET'} ${new URL(url).pathname} answered ${response.status}: ${text}`);
  }
  return response;
}

/**
 * Creates or updates the one comment carrying `marker` on the pull request
 * (GitHub REST: list issue comments page by page, then PATCH the match or
 * POST a new one). Returns what it did and the comment id.
 */
export async function upsertComment(
  target: PullRequestTarget,
  token: string,
  marker: string,
  body: string,
): Promise<{ action: 'created' | 'updated'; id: number }> {
  const base = `${target.apiUrl}/repos/${encodeURIComponent(target.owner)}/${encodeURIComponent(target.repo)}`;
  const full = `${marker}\n${body}`;
  for (let page = 1; page <= 50; page += 1) {
    const response = await call(`${base}/issues/${target.number}/comments?per_page=100&page=${page}`, token);
    const comments = (await response.json()) as IssueComment[];
    const mine = comments.find((comment) => comment.body?.includes(marker));
    if (mine) {
      await call(`${base}/issues/comments/${mine.id}`, token, { method: 'PATCH', body: { body: full } });
      return { action: 'updated', id: mine.id };
    }
    if (comments.length < 100) break;
  }
  const created = (await (
    await call(`${base}/issues/${target.number}/comments`, token, { method: 'POST', body: { body: full } })
  ).json()) as IssueComment;
  return { action: 'created', id: created.id };
}
