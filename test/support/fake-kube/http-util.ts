/** HTTP plumbing of the fake API server: bodies, JSON answers and Status objects. */
import type http from 'node:http';
import { isObject, type JsonObject } from './object-merge.js';
import type { ApiError, KubeObj } from './store.js';

export function fieldSelectorMatches(object: KubeObj, selector: string): boolean {
  return selector.split(',').every((term) => {
    const [path = '', value = ''] = term.split('=');
    let current: unknown = object;
    for (const part of path.split('.')) current = isObject(current) ? current[part] : undefined;
    return String(current ?? '') === value;
  });
}

export function readBody(req: http.IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

export function sendJson(res: http.ServerResponse, code: number, body: unknown): void {
  res.writeHead(code, { 'content-type': 'application/json' });
  res.end(JSON.stringify(body));
}

export function statusBody(error: ApiError): JsonObject {
  return {
    kind: 'Status',
    apiVersion: 'v1',
    metadata: {},
    status: 'Failure',
    message: error.message,
    reason: error.reason,
    code: error.code,
  };
}

export function sendStatus(res: http.ServerResponse, error: ApiError): void {
  sendJson(res, error.code, statusBody(error));
}
