import { randomUUID } from 'node:crypto';
import {
  clone,
  conflictingPaths,
  isObject,
  mergeApplied,
  pruneDropped,
  type Json,
  type JsonObject,
} from './object-merge.js';
import { apiVersionOf, type ResourceType } from './resources.js';

export type KubeObj = JsonObject & { metadata: JsonObject };
export type WatchType = 'ADDED' | 'MODIFIED' | 'DELETED';
export interface StoreEvent {
  readonly type: WatchType;
  readonly resource: ResourceType;
  readonly object: KubeObj;
  readonly rv: number;
}

/** A Kubernetes API error the HTTP layer turns into a Status object. */
export class ApiError extends Error {
  constructor(
    readonly code: number,
    readonly reason: string,
    message: string,
  ) {
    super(message);
  }
}

function meta(obj: JsonObject): JsonObject {
  if (!isObject(obj.metadata)) obj.metadata = {};
  return obj.metadata as JsonObject;
}

function str(value: Json | undefined): string {
  return typeof value === 'string' ? value : '';
}

/** The fields a write compares to decide whether anything changed. */
function comparable(obj: JsonObject): string {
  const copy = clone(obj);
  const m = meta(copy);
  delete m.resourceVersion;
  delete m.managedFields;
  delete m.generation;
  return JSON.stringify(copy);
}

export function matchesLabels(obj: JsonObject, selector: string | undefined): boolean {
  if (!selector) return true;
  const labels = isObject(meta(obj).labels) ? (meta(obj).labels as JsonObject) : {};
  return selector.split(',').every((term) => {
    const t = term.trim();
    if (!t) return true;
    const neq = /^([^!=]+)!=(.*)$/.exec(t);
    if (neq) return labels[neq[1]!.trim()] !== neq[2]!.trim();
    const eq = /^([^=]+)==?(.*)$/.exec(t);
    if (eq) return labels[eq[1]!.trim()] === eq[2]!.trim();
    if (t.startsWith('!')) return !(t.slice(1) in labels);
    return t in labels;
  });
}

function fieldValue(obj: JsonObject, path: string): string {
  let current: Json | undefined = obj;
  for (const part of path.split('.')) current = isObject(current) ? current[part] : undefined;
  return current === undefined || current === null ? '' : String(current as string);
}

export function matchesFields(obj: JsonObject, selector: string | undefined): boolean {
  if (!selector) return true;
  return selector.split(',').every((term) => {
    const neq = /^([^!=]+)!=(.*)$/.exec(term);
    if (neq) return fieldValue(obj, neq[1]!) !== neq[2];
    const eq = /^([^=]+)==?(.*)$/.exec(term);
    return eq ? fieldValue(obj, eq[1]!) === eq[2] : true;
  });
}

/** Objects, resource versions, apply bookkeeping and the watch history of the fake. */
export class Store {
  private readonly objects = new Map<string, { resource: ResourceType; object: KubeObj }>();
  private readonly applied = new Map<string, Map<string, Json>>();
  private readonly history: StoreEvent[] = [];
  private readonly listeners = new Set<(event: StoreEvent) => void>();
  private rv = 100;

  private key(resource: ResourceType, namespace: string, name: string): string {
    return `${apiVersionOf(resource)}|${resource.kind}|${resource.namespaced ? namespace : ''}|${name}`;
  }

  get resourceVersion(): number {
    return this.rv;
  }

  /** The oldest resource version a watch can still resume from. */
  get oldestWatchable(): number {
    return this.history[0]?.rv ?? this.rv;
  }

  subscribe(listener: (event: StoreEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  eventsSince(rv: number): StoreEvent[] {
    return this.history.filter((e) => e.rv > rv);
  }

  private emit(type: WatchType, resource: ResourceType, object: KubeObj): void {
    const event = { type, resource, object: clone(object), rv: this.rv };
    this.history.push(event);
    if (this.history.length > 20_000) this.history.splice(0, 5_000);
    for (const listener of this.listeners) listener(event);
  }

  get(resource: ResourceType, namespace: string, name: string): KubeObj | undefined {
    const entry = this.objects.get(this.key(resource, namespace, name));
    return entry ? clone(entry.object) : undefined;
  }

  mustGet(resource: ResourceType, namespace: string, name: string): KubeObj {
    const found = this.get(resource, namespace, name);
    if (!found) throw new ApiError(404, 'NotFound', `${resource.plural} "${name}" not found`);
    return found;
  }

  list(resource: ResourceType, namespace?: string, labelSelector?: string, fieldSelector?: string): KubeObj[] {
    return [...this.objects.values()]
      .filter((e) => e.resource === resource)
      .map((e) => e.object)
      .filter((o) => !namespace || !resource.namespaced || str(o.metadata.namespace) === namespace)
      .filter((o) => matchesLabels(o, labelSelector) && matchesFields(o, fieldSelector))
      .sort((a, b) => str(a.metadata.name).localeCompare(str(b.metadata.name)))
      .map((o) => clone(o));
  }

  /** Writes an object when it differs from what is stored; returns the stored object. */
  write(
    resource: ResourceType,
    object: KubeObj,
    options: { dryRun?: boolean } = {},
  ): { object: KubeObj; changed: boolean } {
    const m = object.metadata;
    const namespace = resource.namespaced ? str(m.namespace) : '';
    const key = this.key(resource, namespace, str(m.name));
    const current = this.objects.get(key)?.object;
    object.apiVersion = apiVersionOf(resource);
    object.kind = resource.kind;
    if (resource.namespaced) m.namespace = namespace;
    else delete m.namespace;
    if (current) {
      m.uid = current.metadata.uid ?? null;
      m.creationTimestamp = current.metadata.creationTimestamp ?? null;
      m.generation = current.metadata.generation ?? 1;
      if (
        comparable(current) === comparable(object) &&
        JSON.stringify(current.metadata.managedFields) === JSON.stringify(m.managedFields)
      ) {
        return { object: clone(current), changed: false };
      }
      if (JSON.stringify(current.spec ?? null) !== JSON.stringify(object.spec ?? null))
        m.generation = Number(m.generation) + 1;
    } else {
      m.uid = randomUUID();
      m.creationTimestamp = new Date().toISOString().replace(/\.\d+Z$/, 'Z');
      m.generation = 1;
    }
    if (options.dryRun) return { object: clone(object), changed: true };
    this.rv += 1;
    m.resourceVersion = String(this.rv);
    this.objects.set(key, { resource, object: clone(object) });
    this.emit(current ? 'MODIFIED' : 'ADDED', resource, object);
    return { object: clone(object), changed: true };
  }

  /** Server-side apply of `body` by `manager`: merge, prune what it dropped, detect conflicts. */
  apply(
    resource: ResourceType,
    namespace: string,
    name: string,
    body: JsonObject,
    manager: string,
    options: { force: boolean; dryRun: boolean; defaults: (obj: KubeObj, previous?: KubeObj) => void },
  ): KubeObj {
    const bodyMeta = isObject(body.metadata) ? body.metadata : {};
    if (str(bodyMeta.name) !== name)
      throw new ApiError(
        400,
        'BadRequest',
        `the name of the object (${str(bodyMeta.name)}) does not match the name on the URL (${name})`,
      );
    if (str(body.apiVersion) !== apiVersionOf(resource) || str(body.kind) !== resource.kind) {
      throw new ApiError(
        400,
        'BadRequest',
        `apiVersion/kind ${str(body.apiVersion)}/${str(body.kind)} do not match the URL (${apiVersionOf(resource)}/${resource.kind})`,
      );
    }
    const applyBody = clone(body);
    delete applyBody.status;
    const key = this.key(resource, namespace, name);
    const managers = this.applied.get(key) ?? new Map<string, Json>();
    if (!options.force) {
      for (const [other, config] of managers) {
        if (other === manager) continue;
        const paths = conflictingPaths(config, applyBody);
        if (paths.length > 0) {
          throw new ApiError(
            409,
            'Conflict',
            `Apply failed with ${paths.length} conflict(s): conflict with "${other}": ${paths.join(', ')}`,
          );
        }
      }
    }
    const current = this.get(resource, namespace, name);
    const base: JsonObject = current ? clone(current) : {};
    const previous = managers.get(manager);
    if (previous !== undefined) pruneDropped(base, previous, applyBody);
    const merged = mergeApplied(base, applyBody) as KubeObj;
    const m = meta(merged);
    if (resource.namespaced) m.namespace = namespace;
    options.defaults(merged, current);
    const nextManagers = new Map(managers);
    nextManagers.set(manager, applyBody);
    const unchangedConfig = previous !== undefined && JSON.stringify(previous) === JSON.stringify(applyBody);
    const previousTime = (Array.isArray(current?.metadata.managedFields) ? current.metadata.managedFields : [])
      .filter(isObject)
      .find((f) => f.manager === manager)?.time;
    m.managedFields = [...nextManagers.keys()].map((name) => ({
      manager: name,
      operation: 'Apply',
      apiVersion: apiVersionOf(resource),
      fieldsType: 'FieldsV1',
      fieldsV1: {},
      time:
        name === manager && !unchangedConfig
          ? new Date().toISOString().replace(/\.\d+Z$/, 'Z')
          : (previousTime ?? new Date().toISOString().replace(/\.\d+Z$/, 'Z')),
    }));
    if (current && current.status !== undefined) merged.status = current.status;
    const { object, changed } = this.write(resource, merged, { dryRun: options.dryRun });
    if (changed && !options.dryRun) this.applied.set(key, nextManagers);
    return object;
  }

  /** Replaces only `status` (the status subresource). */
  writeStatus(resource: ResourceType, namespace: string, name: string, status: Json): KubeObj {
    const current = this.mustGet(resource, namespace, name);
    current.status = status;
    return this.write(resource, current).object;
  }

  delete(resource: ResourceType, namespace: string, name: string): KubeObj | undefined {
    const key = this.key(resource, namespace, name);
    const entry = this.objects.get(key);
    if (!entry) return undefined;
    this.objects.delete(key);
    this.applied.delete(key);
    this.rv += 1;
    entry.object.metadata.resourceVersion = String(this.rv);
    this.emit('DELETED', resource, entry.object);
    this.collectGarbage(str(entry.object.metadata.uid));
    return clone(entry.object);
  }

  /** Deletes dependents whose ownerReferences name a deleted object (foreground GC, simplified). */
  private collectGarbage(uid: string): void {
    for (const { resource, object } of [...this.objects.values()]) {
      const owners = Array.isArray(object.metadata.ownerReferences) ? object.metadata.ownerReferences : [];
      if (owners.some((o) => isObject(o) && o.uid === uid)) {
        this.delete(resource, str(object.metadata.namespace), str(object.metadata.name));
      }
    }
  }
}
