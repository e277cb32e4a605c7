/**
 * The one wrapper over the Kubernetes API that ml-actions uses.
 *
 * Authentication, TLS and exec credential plugins (kubelogin) come from
 * @kubernetes/client-node's KubeConfig, and watch streams from its Watch.
 * Requests are plain JSON over node's http(s) with the options the KubeConfig
 * fills in, rather than the generated API classes: those deserialise into model
 * classes (dates become Date objects, unknown fields are dropped), which would
 * corrupt the diffs, the rollback templates and the idempotence check, and
 * offer no per-request timeout. Every call has a timeout; retriable failures
 * (5xx, 429, timeouts, dropped connections) are retried with backoff.
 */
import http from 'node:http';
import https from 'node:https';
import { KubeConfig, Watch } from '@kubernetes/client-node';
import type { Logger } from '../platform/types.js';
import { KubeApiError, fromNetwork, fromResponse } from './errors.js';
import type { KubeObject, ProxyResult, ResourceRef, WatchEventType } from './types.js';

export interface KubeClientOptions {
  /** Field manager for server-side apply; fixed per action so re-runs own the same fields. */
  readonly fieldManager: string;
  /** Retries after the first attempt for retriable failures. */
  readonly retries?: number;
  /** First backoff delay; doubles after each retry. */
  readonly retryDelayMs?: number;
  /** Timeout of one request. */
  readonly requestTimeoutMs?: number;
  readonly logger?: Pick<Logger, 'debug' | 'warning'>;
}

interface RequestOptions {
  readonly body?: string;
  readonly contentType?: string;
  readonly query?: Record<string, string | undefined>;
  /** Proxy requests are answered as they are; the smoke test decides what to retry. */
  readonly raw?: boolean;
  readonly retry?: boolean;
}

interface ApiResourceList {
  resources?: { name: string; kind: string; namespaced: boolean }[];
}

const delay = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

export class KubeClient {
  readonly server: string;
  private readonly discovery = new Map<string, Promise<ApiResourceList>>();
  private readonly retries: number;
  private readonly retryDelayMs: number;
  private readonly requestTimeoutMs: number;

  constructor(
    readonly config: KubeConfig,
    private readonly options: KubeClientOptions,
  ) {
    const cluster = config.getCurrentCluster();
    if (!cluster) throw new KubeApiError('the kubeconfig has no current cluster', undefined, 'NoCluster', false);
    this.server = cluster.server.replace(/\/+$/, '');
    this.retries = options.retries ?? 4;
    this.retryDelayMs = options.retryDelayMs ?? 500;
    this.requestTimeoutMs = options.requestTimeoutMs ?? 30_000;
  }

  /** Loads a kubeconfig file and optionally switches context. */
  static fromFile(file: string, options: KubeClientOptions & { context?: string }): KubeClient {
    const config = new KubeConfig();
    config.loadFromFile(file);
    if (options.context) config.setCurrentContext(options.context);
    return new KubeClient(config, options);
  }

  /** The namespace of the current context, when it names one. */
  get contextNamespace(): string | undefined {
    const context = this.config.getContextObject(this.config.getCurrentContext());
    return context?.namespace;
  }

  async serverVersion(): Promise<string> {
    const answer = JSON.parse(await this.call('GET', '/version', 'GET /version')) as { gitVersion?: string };
    return answer.gitVersion ?? 'unknown';
  }

  /** Resolves a kind to its REST path through discovery (cached per group version). */
  async resource(apiVersion: string, kind: string): Promise<ResourceRef> {
    const base = apiVersion.includes('/') ? `/apis/${apiVersion}` : `/api/${apiVersion}`;
    let list = this.discovery.get(apiVersion);
    if (!list) {
      list = this.call('GET', base, `discovery of ${apiVersion}`).then((text) => JSON.parse(text) as ApiResourceList);
      this.discovery.set(apiVersion, list);
      list.catch(() => this.discovery.delete(apiVersion));
    }
    const found = (await list).resources?.find((r) => r.kind === kind && !r.name.includes('/'));
    if (!found) throw new KubeApiError(`the cluster has no kind ${kind} in ${apiVersion}`, 404, 'NotFound', false);
    return { apiVersion, kind, plural: found.name, namespaced: found.namespaced };
  }

  async path(apiVersion: string, kind: string, namespace: string | undefined, name?: string): Promise<string> {
    const ref = await this.resource(apiVersion, kind);
    const base = apiVersion.includes('/') ? `/apis/${apiVersion}` : `/api/${apiVersion}`;
    const ns = ref.namespaced ? `/namespaces/${encodeURIComponent(namespace ?? 'default')}` : '';
    return `${base}${ns}/${ref.plural}${name === undefined ? '' : `/${encodeURIComponent(name)}`}`;
  }

  /** Server-side apply with the fixed field manager; `force` takes over fields other managers set by hand. */
  async apply(object: KubeObject, options: { dryRun?: boolean; force?: boolean } = {}): Promise<KubeObject> {
    const path = await this.path(object.apiVersion, object.kind, object.metadata.namespace, object.metadata.name);
    const text = await this.call('PATCH', path, `apply ${describe(object)}`, {
      body: JSON.stringify(object),
      contentType: 'application/apply-patch+yaml',
      query: {
        fieldManager: this.options.fieldManager,
        force: String(options.force ?? true),
        fieldValidation: 'Strict',
        dryRun: options.dryRun ? 'All' : undefined,
      },
    });
    return JSON.parse(text) as KubeObject;
  }

  async get(apiVersion: string, kind: string, name: string, namespace?: string): Promise<KubeObject | undefined> {
    const path = await this.path(apiVersion, kind, namespace, name);
    try {
      return JSON.parse(await this.call('GET', path, `get ${kind} ${name}`)) as KubeObject;
    } catch (error) {
      if (error instanceof KubeApiError && error.status === 404) return undefined;
      throw error;
    }
  }

  async list(
    apiVersion: string,
    kind: string,
    namespace: string | undefined,
    selectors: { labelSelector?: string; fieldSelector?: string } = {},
  ): Promise<{ items: KubeObject[]; resourceVersion: string }> {
    const path = await this.path(apiVersion, kind, namespace);
    const text = await this.call('GET', path, `list ${kind}`, { query: { ...selectors } });
    const list = JSON.parse(text) as { items?: KubeObject[]; metadata?: { resourceVersion?: string } };
    const items = (list.items ?? []).map((item) => ({ ...item, apiVersion, kind }));
    return { items, resourceVersion: list.metadata?.resourceVersion ?? '' };
  }

  /** Deletes an object; returns false when it was already gone. Dependents are garbage-collected in the background. */
  async delete(apiVersion: string, kind: string, name: string, namespace?: string): Promise<boolean> {
    const path = await this.path(apiVersion, kind, namespace, name);
    try {
      await this.call('DELETE', path, `delete ${kind} ${name}`, { query: { propagationPolicy: 'Background' } });
      return true;
    } catch (error) {
      if (error instanceof KubeApiError && error.status === 404) return false;
      throw error;
    }
  }

  async podLogs(
    namespace: string,
    pod: string,
    options: { container?: string; tailLines?: number; previous?: boolean } = {},
  ): Promise<string> {
    const path = `/api/v1/namespaces/${encodeURIComponent(namespace)}/pods/${encodeURIComponent(pod)}/log`;
    return this.call('GET', path, `logs of pod ${pod}`, {
      query: {
        container: options.container,
        tailLines: options.tailLines === undefined ? undefined : String(options.tailLines),
        previous: options.previous ? 'true' : undefined,
      },
    });
  }

  /** A request to a Service through the API server's proxy: no public IP or port-forward needed. */
  async proxy(
    namespace: string,
    service: string,
    port: string | number,
    path: string,
    options: { method?: string; body?: string; contentType?: string } = {},
  ): Promise<ProxyResult> {
    const target = `/api/v1/namespaces/${encodeURIComponent(namespace)}/services/${encodeURIComponent(`${service}:${port}`)}/proxy${path.startsWith('/') ? path : `/${path}`}`;
    return this.request(options.method ?? 'GET', target, {
      raw: true,
      ...(options.body === undefined
        ? {}
        : { body: options.body, contentType: options.contentType ?? 'application/json' }),
    });
  }

  /**
   * Streams watch events for a collection until `onEvent` returns true (done),
   * the server closes the stream (resolves false), or `signal` aborts.
   */
  async watch(
    apiVersion: string,
    kind: string,
    namespace: string | undefined,
    query: { labelSelector?: string; fieldSelector?: string; resourceVersion?: string; timeoutSeconds?: number },
    onEvent: (type: WatchEventType, object: KubeObject) => boolean,
    signal?: AbortSignal,
  ): Promise<boolean> {
    const path = await this.path(apiVersion, kind, namespace);
    // An abort that happened before the stream opened would never fire the listener below.
    if (signal?.aborted) return false;
    const params: Record<string, string | number | boolean | undefined> = { allowWatchBookmarks: true, ...query };
    for (const key of Object.keys(params)) if (params[key] === undefined || params[key] === '') delete params[key];
    return new Promise<boolean>((resolve, reject) => {
      let finished = false;
      let controller: AbortController | undefined;
      const finish = (result: boolean | Error): void => {
        if (finished) return;
        finished = true;
        signal?.removeEventListener('abort', onAbort);
        controller?.abort();
        if (result instanceof Error) reject(result);
        else resolve(result);
      };
      const onAbort = (): void => finish(false);
      signal?.addEventListener('abort', onAbort);
      new Watch(this.config)
        .watch(
          path,
          params,
          (phase, object: KubeObject) => {
            if (phase === 'ERROR') {
              const status = object as unknown as { code?: number; message?: string; reason?: string };
              finish(
                new KubeApiError(
                  `watch ${kind}: ${status.message ?? 'error'}`,
                  status.code,
                  status.reason ?? 'Error',
                  status.code === 410,
                ),
              );
              return;
            }
            if (onEvent(phase as WatchEventType, { ...object, apiVersion, kind })) finish(true);
          },
          (error: unknown) => {
            if (error && !finished && !signal?.aborted) {
              const status = (error as { statusCode?: number }).statusCode;
              finish(status ? fromResponse(status, '', `watch ${kind}`) : fromNetwork(error, `watch ${kind}`));
            } else finish(false);
          },
        )
        .then((c) => {
          controller = c;
          if (finished) c.abort();
        })
        .catch((error: unknown) => finish(fromNetwork(error, `watch ${kind}`)));
    });
  }

  private async call(method: string, path: string, what: string, options: RequestOptions = {}): Promise<string> {
    const result = await this.withRetry(what, () => this.request(method, path, options), options.retry ?? true);
    return result.body;
  }

  private async withRetry(what: string, attempt: () => Promise<ProxyResult>, retry: boolean): Promise<ProxyResult> {
    for (let i = 0; ; i += 1) {
      try {
        const result = await attempt();
        if (result.status >= 200 && result.status < 300) return result;
        throw fromResponse(result.status, result.body, what);
      } catch (error) {
        const apiError = error instanceof KubeApiError ? error : fromNetwork(error, what);
        if (!retry || !apiError.retriable || i >= this.retries) {
          if (i > 0) apiError.message = `${apiError.message} (after ${i + 1} attempts)`;
          throw apiError;
        }
        const wait = this.retryDelayMs * 2 ** i;
        this.options.logger?.warning(
          `${apiError.message}; retrying in ${wait} ms (attempt ${i + 2} of ${this.retries + 1})`,
        );
        await delay(wait);
      }
    }
  }

  private async request(method: string, path: string, options: RequestOptions): Promise<ProxyResult> {
    const url = new URL(`${this.server}${path}`);
    for (const [key, value] of Object.entries(options.query ?? {}))
      if (value !== undefined && value !== '') url.searchParams.set(key, value);
    const requestOptions: https.RequestOptions = {
      method,
      headers: {
        accept: 'application/json, */*',
        ...(options.contentType ? { 'content-type': options.contentType } : {}),
      },
    };
    await this.config.applyToHTTPSOptions(requestOptions);
    const transport = url.protocol === 'http:' ? http : https;
    this.options.logger?.debug(`${method} ${url.pathname}${url.search}`);
    return new Promise<ProxyResult>((resolve, reject) => {
      const req = transport.request(url, requestOptions, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => {
          clearTimeout(timer);
          resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') });
        });
        res.on('error', reject);
      });
      const timer = setTimeout(() => {
        req.destroy(Object.assign(new Error(`no answer within ${this.requestTimeoutMs} ms`), { code: 'ETIMEDOUT' }));
      }, this.requestTimeoutMs);
      req.on('error', (error) => {
        clearTimeout(timer);
        reject(error);
      });
      req.end(options.body);
    });
  }
}

export function describe(object: Pick<KubeObject, 'kind' | 'metadata'>): string {
  return `${object.kind} ${object.metadata.namespace ? `${object.metadata.namespace}/` : ''}${object.metadata.name}`;
}
