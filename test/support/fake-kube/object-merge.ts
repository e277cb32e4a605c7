/**
 * The part of server-side apply the fake needs: a manager's applied
 * configuration is merged over the live object, and fields that manager
 * applied before but no longer applies are removed. Lists of objects with a
 * merge key (containers and env by `name`, ports by `containerPort`/`port`)
 * merge per item, as the real API's listType=map does; other lists are atomic.
 */
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type JsonObject = { [key: string]: Json };

export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function itemKey(item: Json): string | undefined {
  if (!isObject(item)) return undefined;
  for (const field of ['name', 'containerPort', 'port', 'type', 'key', 'mountPath']) {
    const value = item[field];
    if (typeof value === 'string' || typeof value === 'number') return `${field}=${value}`;
  }
  return undefined;
}

function keyed(list: Json[]): Map<string, Json> | undefined {
  const map = new Map<string, Json>();
  for (const item of list) {
    const key = itemKey(item);
    if (key === undefined) return undefined;
    map.set(key, item);
  }
  return map;
}

export function clone<T>(value: T): T {
  return structuredClone(value);
}

/** Merges `patch` over `base` (both left untouched) with apply semantics. */
export function mergeApplied(base: Json | undefined, patch: Json): Json {
  if (isObject(patch) && isObject(base)) {
    const out: JsonObject = { ...clone(base) };
    for (const [key, value] of Object.entries(patch)) out[key] = mergeApplied(base[key], value);
    return out;
  }
  if (Array.isArray(patch) && Array.isArray(base)) {
    const baseMap = keyed(base);
    const patchMap = keyed(patch);
    if (baseMap && patchMap) {
      const merged = patch.map((item) => mergeApplied(baseMap.get(itemKey(item) ?? ''), item));
      // Items another manager owns stay, after the applied ones.
      for (const [key, item] of baseMap) if (!patchMap.has(key)) merged.push(clone(item));
      return merged;
    }
  }
  return clone(patch);
}

/** Removes from `live` what `previous` applied and `next` no longer applies. */
export function pruneDropped(live: Json, previous: Json, next: Json | undefined): void {
  if (isObject(live) && isObject(previous)) {
    const nextObject = isObject(next) ? next : {};
    for (const [key, value] of Object.entries(previous)) {
      if (!(key in nextObject)) delete live[key];
      else if (live[key] !== undefined) pruneDropped(live[key], value, nextObject[key]);
    }
    return;
  }
  if (Array.isArray(live) && Array.isArray(previous)) {
    const nextMap = Array.isArray(next) ? keyed(next) : undefined;
    const prevMap = keyed(previous);
    if (!nextMap || !prevMap) return;
    for (let i = live.length - 1; i >= 0; i -= 1) {
      const key = itemKey(live[i] ?? null);
      if (key === undefined || !prevMap.has(key)) continue;
      if (!nextMap.has(key)) live.splice(i, 1);
      else pruneDropped(live[i] ?? null, prevMap.get(key) ?? null, nextMap.get(key));
    }
  }
}

/** Paths whose scalar values differ between two applied configurations (for conflicts). */
export function conflictingPaths(a: Json, b: Json, path = ''): string[] {
  if (isObject(a) && isObject(b)) {
    return Object.keys(a)
      .filter((key) => key in b)
      .flatMap((key) => conflictingPaths(a[key] ?? null, b[key] ?? null, `${path}.${key}`));
  }
  if (Array.isArray(a) || Array.isArray(b) || isObject(a) || isObject(b)) return [];
  return a === b ? [] : [path];
}
