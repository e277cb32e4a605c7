/**
 * An in-process Kubernetes API server for tests: a real HTTP server on
 * 127.0.0.1 that speaks the API for the kinds deploy-to-aks uses — discovery,
 * server-side apply PATCH, GET, LIST (label and field selectors), DELETE with
 * garbage collection, watch streams with resourceVersion, the status
 * subresource, pod logs and the service proxy — over a simulated deployment
 * controller with injectable failure modes, API errors and hangs.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { parse as parseYaml } from 'yaml';
import { DeploymentController, type ControllerOptions, type FailureMode } from './controller.js';
import { applyDefaults } from './defaults.js';
import { isObject, type JsonObject } from './object-merge.js';
import { byPlural, discovery, groupList, type ResourceType } from './resources.js';
import { fieldSelectorMatches, readBody, sendJson, sendStatus, statusBody } from './http-util.js';
import { ApiError, Store, matchesLabels, type KubeObj, type StoreEvent } from './store.js';

export interface ProxyRequest {
  readonly namespace: string;
  readonly service: string;
  readonly port: string;
  readonly path: string;
  readonly method: string;
  readonly body: string;
  /** The ready pod the request was routed to. */
  readonly pod: KubeObj;
  /** The image of the pod's first container, for handlers that answer per release. */
  readonly image: string;
}
export interface ProxyResponse {
  readonly status: number;
  readonly body: string;
  readonly contentType?: string;
}

interface Fault {
  readonly match: (method: string, path: string) => boolean;
  readonly status?: number;
  /** Never answer: the client's timeout must fire. */
  readonly hang?: boolean;
  remaining: number;
}

export interface RecordedRequest {
  readonly method: string;
  readonly path: string;
  readonly contentType: string;
  readonly query: URLSearchParams;
}

export interface FakeKubeOptions extends Partial<ControllerOptions> {
  readonly proxy?: (request: ProxyRequest) => ProxyResponse | Promise<ProxyResponse>;
}

export class FakeKube {
  readonly store = new Store();
  readonly controller: DeploymentController;
  readonly requests: RecordedRequest[] = [];
  proxyHandler: (request: ProxyRequest) => ProxyResponse | Promise<ProxyResponse>;
  private readonly server: http.Server;
  private readonly faults: Fault[] = [];
  private readonly openWatches = new Set<http.ServerResponse>();
  private readonly hung = new Set<http.ServerResponse>();
  private roundRobin = 0;

  constructor(options: FakeKubeOptions = {}) {
    this.controller = new DeploymentController(this.store, {
      tickMs: options.tickMs ?? 10,
      readyAfterMs: options.readyAfterMs ?? 30,
      msPerDeadlineSecond: options.msPerDeadlineSecond ?? 2,
    });
    this.proxyHandler =
      options.proxy ?? (() => ({ status: 200, body: '{"status":"ok"}', contentType: 'application/json' }));
    this.server = http.createServer((req, res) => void this.handle(req, res));
  }

  async start(): Promise<string> {
    // Like a real cluster, the default namespace exists from the start.
    for (const name of ['default', 'kube-system']) {
      this.store.write(byPlural('', 'v1', 'namespaces')!, {
        apiVersion: 'v1',
        kind: 'Namespace',
        metadata: { name },
        status: { phase: 'Active' },
      });
    }
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.controller.start();
    return this.url;
  }

  get url(): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  /** A kubeconfig that points the real client at this server. */
  kubeconfig(namespace = 'default'): string {
    return [
      'apiVersion: v1',
      'kind: Config',
      'clusters:',
      '- name: fake',
      '  cluster:',
      `    server: ${this.url}`,
      '    insecure-skip-tls-verify: true',
      'users:',
      '- name: tester',
      '  user:',
      '    token: fake-token-123',
      'contexts:',
      '- name: fake',
      '  context:',
      '    cluster: fake',
      '    user: tester',
      `    namespace: ${namespace}`,
      'current-context: fake',
      '',
    ].join('\n');
  }

  async stop(): Promise<void> {
    this.controller.stop();
    for (const res of [...this.openWatches, ...this.hung]) res.destroy();
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  failImage(match: string | RegExp, failure: FailureMode): void {
    this.controller.failImage(match, failure);
  }

  /** The next `count` requests matching answer with `status` (e.g. 503) or never answer (`hang`). */
  injectFault(fault: { status?: number; hang?: boolean; count?: number; method?: string; path?: RegExp }): void {
    this.faults.push({
      match: (method, path) => (!fault.method || fault.method === method) && (!fault.path || fault.path.test(path)),
      ...(fault.status === undefined ? {} : { status: fault.status }),
      ...(fault.hang ? { hang: true } : {}),
      remaining: fault.count ?? 1,
    });
  }

  clearFaults(): void {
    this.faults.length = 0;
  }

  /** Convenience for tests: the stored object or undefined. */
  get(apiVersion: string, plural: string, namespace: string, name: string): KubeObj | undefined {
    const [group, version] = apiVersion.includes('/') ? apiVersion.split('/') : ['', apiVersion];
    const resource = byPlural(group ?? '', version ?? '', plural);
    return resource ? this.store.get(resource, namespace, name) : undefined;
  }

  list(apiVersion: string, plural: string, namespace?: string, labelSelector?: string): KubeObj[] {
    const [group, version] = apiVersion.includes('/') ? apiVersion.split('/') : ['', apiVersion];
    const resource = byPlural(group ?? '', version ?? '', plural);
    return resource ? this.store.list(resource, namespace, labelSelector) : [];
  }

  private async handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://fake');
    const method = req.method ?? 'GET';
    this.requests.push({
      method,
      path: url.pathname,
      contentType: String(req.headers['content-type'] ?? ''),
      query: url.searchParams,
    });
    const body = await readBody(req);
    const fault = this.faults.find((f) => f.remaining > 0 && f.match(method, url.pathname));
    if (fault) {
      fault.remaining -= 1;
      if (fault.hang) {
        this.hung.add(res);
        return;
      }
      return sendStatus(
        res,
        new ApiError(fault.status ?? 500, 'InternalError', `injected failure ${fault.status ?? 500}`),
      );
    }
    if (req.headers.authorization !== 'Bearer fake-token-123') {
      return sendStatus(res, new ApiError(401, 'Unauthorized', 'Unauthorized'));
    }
    try {
      await this.route(method, url, body, req, res);
    } catch (error) {
      sendStatus(res, error instanceof ApiError ? error : new ApiError(500, 'InternalError', String(error)));
    }
  }

  private async route(
    method: string,
    url: URL,
    body: string,
    req: http.IncomingMessage,
    res: http.ServerResponse,
  ): Promise<void> {
    const parts = url.pathname.split('/').filter(Boolean).map(decodeURIComponent);
    if (url.pathname === '/version') return sendJson(res, 200, { major: '1', minor: '30', gitVersion: 'v1.30.0-fake' });
    if (url.pathname === '/api') return sendJson(res, 200, { kind: 'APIVersions', versions: ['v1'] });
    if (url.pathname === '/apis') return sendJson(res, 200, groupList());
    let group: string;
    let version: string;
    let rest: string[];
    if (parts[0] === 'api') [group, version, rest] = ['', parts[1] ?? '', parts.slice(2)];
    else if (parts[0] === 'apis') [group, version, rest] = [parts[1] ?? '', parts[2] ?? '', parts.slice(3)];
    else throw new ApiError(404, 'NotFound', `the server could not find the requested resource (${url.pathname})`);
    if (rest.length === 0) {
      const list = discovery(group, version);
      if (!list) throw new ApiError(404, 'NotFound', `no resources for ${group}/${version}`);
      return sendJson(res, 200, list);
    }
    let namespace = '';
    if (rest[0] === 'namespaces' && rest.length >= 3 && byPlural(group, version, rest[2] ?? '')?.namespaced) {
      namespace = rest[1] ?? '';
      rest = rest.slice(2);
    }
    const resource = byPlural(group, version, rest[0] ?? '');
    if (!resource)
      throw new ApiError(404, 'NotFound', `the server could not find the requested resource (${url.pathname})`);
    const [, name, sub, ...subPath] = rest;
    if (name === undefined) return this.collection(method, resource, namespace, url, res);
    if (sub === 'proxy' && resource.kind === 'Service')
      return this.serviceProxy(method, namespace, name, `/${subPath.join('/')}${url.search}`, body, res);
    if (sub === 'log' && resource.kind === 'Pod') {
      const lines = this.controller.podLogs(name) ?? [];
      const tail = Number(url.searchParams.get('tailLines') ?? lines.length);
      res.writeHead(200, { 'content-type': 'text/plain' });
      return void res.end(
        lines
          .slice(-tail)
          .map((l) => `${l}\n`)
          .join(''),
      );
    }
    if (sub !== undefined && sub !== 'status') throw new ApiError(404, 'NotFound', `unknown subresource ${sub}`);
    return this.item(
      method,
      resource,
      namespace,
      name,
      sub === 'status',
      url,
      body,
      String(req.headers['content-type'] ?? ''),
      res,
    );
  }

  private collection(
    method: string,
    resource: ResourceType,
    namespace: string,
    url: URL,
    res: http.ServerResponse,
  ): void {
    if (method !== 'GET')
      throw new ApiError(405, 'MethodNotAllowed', `${method} on a collection is not supported by the fake`);
    const labelSelector = url.searchParams.get('labelSelector') ?? undefined;
    const fieldSelector = url.searchParams.get('fieldSelector') ?? undefined;
    const watch = url.searchParams.get('watch');
    if (watch === 'true' || watch === '1') return this.watch(resource, namespace, url, res);
    const items = this.store.list(resource, namespace || undefined, labelSelector, fieldSelector);
    sendJson(res, 200, {
      kind: `${resource.kind}List`,
      apiVersion: resource.group ? `${resource.group}/${resource.version}` : resource.version,
      metadata: { resourceVersion: String(this.store.resourceVersion) },
      items,
    });
  }

  private watch(resource: ResourceType, namespace: string, url: URL, res: http.ServerResponse): void {
    const labelSelector = url.searchParams.get('labelSelector') ?? undefined;
    const fieldSelector = url.searchParams.get('fieldSelector') ?? undefined;
    const from = Number(url.searchParams.get('resourceVersion') ?? '0');
    res.writeHead(200, { 'content-type': 'application/json', 'transfer-encoding': 'chunked' });
    this.openWatches.add(res);
    const matches = (e: StoreEvent): boolean =>
      e.resource === resource &&
      (!namespace || e.object.metadata.namespace === namespace) &&
      matchesLabels(e.object, labelSelector) &&
      (!fieldSelector || fieldSelectorMatches(e.object, fieldSelector));
    const send = (e: StoreEvent): void => void res.write(`${JSON.stringify({ type: e.type, object: e.object })}\n`);
    if (from > 0 && from < this.store.oldestWatchable - 1) {
      res.write(
        `${JSON.stringify({ type: 'ERROR', object: statusBody(new ApiError(410, 'Expired', `too old resource version: ${from}`)) })}\n`,
      );
      this.openWatches.delete(res);
      return void res.end();
    }
    if (from > 0) for (const e of this.store.eventsSince(from)) if (matches(e)) send(e);
    if (from === 0) {
      for (const object of this.store.list(resource, namespace || undefined, labelSelector, fieldSelector)) {
        res.write(`${JSON.stringify({ type: 'ADDED', object })}\n`);
      }
    }
    const unsubscribe = this.store.subscribe((e) => matches(e) && send(e));
    const timeout = Number(url.searchParams.get('timeoutSeconds') ?? '0');
    const timer = timeout > 0 ? setTimeout(() => res.end(), timeout * 1000) : undefined;
    res.on('close', () => {
      unsubscribe();
      if (timer) clearTimeout(timer);
      this.openWatches.delete(res);
    });
  }

  private item(
    method: string,
    resource: ResourceType,
    namespace: string,
    name: string,
    status: boolean,
    url: URL,
    body: string,
    contentType: string,
    res: http.ServerResponse,
  ): void {
    const dryRun = url.searchParams.get('dryRun') === 'All';
    if (method === 'GET') return sendJson(res, 200, this.store.mustGet(resource, namespace, name));
    if (method === 'DELETE') {
      const deleted = dryRun
        ? this.store.mustGet(resource, namespace, name)
        : this.store.delete(resource, namespace, name);
      if (!deleted) throw new ApiError(404, 'NotFound', `${resource.plural} "${name}" not found`);
      return sendJson(res, 200, {
        kind: 'Status',
        apiVersion: 'v1',
        status: 'Success',
        details: { name, kind: resource.plural },
      });
    }
    if (method === 'PATCH' && contentType.startsWith('application/apply-patch')) {
      const manager = url.searchParams.get('fieldManager');
      if (!manager)
        throw new ApiError(
          400,
          'BadRequest',
          'PatchOptions.meta.k8s.io "" is invalid: fieldManager: Required value: is required for apply patch',
        );
      const parsed: unknown = parseYaml(body);
      if (!isObject(parsed)) throw new ApiError(400, 'BadRequest', 'apply patch body must be an object');
      if (status) throw new ApiError(405, 'MethodNotAllowed', 'the fake applies status only through its controller');
      if (resource.namespaced && !this.store.get(byPlural('', 'v1', 'namespaces')!, '', namespace)) {
        throw new ApiError(404, 'NotFound', `namespaces "${namespace}" not found`);
      }
      const saved = this.store.apply(resource, namespace, name, parsed as JsonObject, manager, {
        force: url.searchParams.get('force') === 'true',
        dryRun,
        defaults: (obj, previous) => applyDefaults(resource.kind, obj, previous),
      });
      return sendJson(res, 200, saved);
    }
    if ((method === 'PUT' || method === 'PATCH') && status) {
      const parsed = JSON.parse(body) as JsonObject;
      return sendJson(res, 200, this.store.writeStatus(resource, namespace, name, parsed.status ?? null));
    }
    throw new ApiError(415, 'UnsupportedMediaType', `${method} with ${contentType} is not supported by the fake`);
  }

  private async serviceProxy(
    method: string,
    namespace: string,
    target: string,
    path: string,
    body: string,
    res: http.ServerResponse,
  ): Promise<void> {
    const [scheme, svcName, port] = target.split(':').length === 3 ? target.split(':') : ['http', ...target.split(':')];
    void scheme;
    const serviceType = byPlural('', 'v1', 'services')!;
    const service = this.store.mustGet(serviceType, namespace, svcName ?? '');
    const selector = isObject(service.spec) && isObject(service.spec.selector) ? service.spec.selector : {};
    const selectorText = Object.entries(selector)
      .map(([k, v]) => `${k}=${String(v)}`)
      .join(',');
    const ready = this.store
      .list(byPlural('', 'v1', 'pods')!, namespace, selectorText || 'no-selector-matches-nothing')
      .filter(
        (p) =>
          isObject(p.status) &&
          Array.isArray(p.status.conditions) &&
          p.status.conditions.some((c) => isObject(c) && c.type === 'Ready' && c.status === 'True'),
      );
    if (ready.length === 0)
      throw new ApiError(503, 'ServiceUnavailable', `no endpoints available for service "${svcName}"`);
    const pod = ready[this.roundRobin++ % ready.length]!;
    const containers = isObject(pod.spec) && Array.isArray(pod.spec.containers) ? pod.spec.containers : [];
    const image = String((isObject(containers[0]) && containers[0].image) || '');
    const answer = await this.proxyHandler({
      namespace,
      service: svcName ?? '',
      port: port ?? '',
      path,
      method,
      body,
      pod,
      image,
    });
    res.writeHead(answer.status, { 'content-type': answer.contentType ?? 'text/plain' });
    res.end(answer.body);
  }
}
