/**
 * Follows a collection: one LIST, then a WATCH from the list's resource
 * version, resumed from the last seen version whenever the server ends the
 * stream, and re-listed when that version has expired (410 Gone). This is how
 * informers keep a consistent view without polling.
 */
import type { KubeClient } from './client.js';
import { KubeApiError } from './errors.js';
import type { KubeObject, WatchEventType } from './types.js';

export interface FollowQuery {
  readonly labelSelector?: string;
  readonly fieldSelector?: string;
}

const pause = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** Calls `onChange` for every object and change until it returns true (resolves true) or `signal` aborts (false). */
export async function follow(
  client: KubeClient,
  target: { apiVersion: string; kind: string; namespace?: string },
  query: FollowQuery,
  onChange: (type: WatchEventType, object: KubeObject) => boolean,
  signal: AbortSignal,
): Promise<boolean> {
  let resourceVersion: string | undefined;
  let failures = 0;
  while (!signal.aborted) {
    if (resourceVersion === undefined) {
      const list = await client.list(target.apiVersion, target.kind, target.namespace, query);
      for (const item of list.items) if (onChange('ADDED', item)) return true;
      resourceVersion = list.resourceVersion;
      if (signal.aborted) return false;
    }
    try {
      const done = await client.watch(
        target.apiVersion,
        target.kind,
        target.namespace,
        { ...query, resourceVersion, timeoutSeconds: 60 },
        (type, object) => {
          if (object.metadata?.resourceVersion) resourceVersion = object.metadata.resourceVersion;
          return type === 'BOOKMARK' ? false : onChange(type, object);
        },
        signal,
      );
      if (done) return true;
      failures = 0;
    } catch (error) {
      if (error instanceof KubeApiError && error.status === 410) {
        resourceVersion = undefined;
        continue;
      }
      failures += 1;
      if (failures > 4 || (error instanceof KubeApiError && !error.retriable)) throw error;
      await pause(100 * 2 ** failures);
    }
  }
  return false;
}
