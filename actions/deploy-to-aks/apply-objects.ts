/**
 * Applies objects in order with server-side apply and tells, per object,
 * whether it was created, changed or left as it was — the basis of the
 * "no changes" answer on a re-run with the same inputs.
 */
import { validateObject } from '../shared/k8s-schema/validate.js';
import type { KubeClient } from '../shared/kube/client.js';
import { describe } from '../shared/kube/client.js';
import type { KubeObject } from '../shared/kube/types.js';
import type { Logger } from '../shared/platform/types.js';
import type { Change } from './record.js';

/** The object without what the server or controllers write: the part a user's apply controls. */
export function comparable(object: KubeObject | undefined): string {
  if (!object) return '';
  const { status: _status, ...rest } = object;
  void _status;
  const metadata = { ...rest.metadata };
  for (const key of ['resourceVersion', 'managedFields', 'generation', 'uid', 'creationTimestamp', 'selfLink'])
    delete metadata[key];
  if (metadata.annotations) {
    const annotations = { ...metadata.annotations };
    delete annotations['deployment.kubernetes.io/revision'];
    metadata.annotations = annotations;
  }
  return JSON.stringify({ ...rest, metadata });
}

/** An apply that failed part-way: what was applied before the failure, so the caller can undo it. */
export class PartialApplyError extends Error {
  constructor(
    override readonly cause: unknown,
    readonly applied: readonly AppliedObject[],
  ) {
    super(cause instanceof Error ? cause.message : String(cause));
    this.name = 'PartialApplyError';
  }
}

export interface AppliedObject {
  readonly before?: KubeObject;
  readonly after: KubeObject;
  readonly change: Change;
}

export async function applyObjects(
  client: KubeClient,
  objects: readonly KubeObject[],
  logger: Logger,
): Promise<AppliedObject[]> {
  // Objects derived at run time (canary, colours, rollbacks) get the same schema check as the rendered ones.
  for (const object of objects) {
    const { issues } = validateObject(object);
    if (issues.length)
      throw new Error(
        `${describe(object)} fails the OpenAPI schema: ${issues.map((i) => `${i.path}: ${i.message}`).join('; ')}`,
      );
  }
  const results: AppliedObject[] = [];
  for (const object of objects) {
    let before: KubeObject | undefined;
    let after: KubeObject;
    try {
      before = await client.get(object.apiVersion, object.kind, object.metadata.name, object.metadata.namespace);
      after = await client.apply(object);
    } catch (error) {
      throw new PartialApplyError(error, results);
    }
    const action = !before ? 'created' : comparable(before) === comparable(after) ? 'unchanged' : 'configured';
    logger.info(`${describe(object)} ${action}`);
    results.push({
      ...(before ? { before } : {}),
      after,
      change: {
        kind: object.kind,
        name: object.metadata.name,
        ...(object.metadata.namespace ? { namespace: object.metadata.namespace } : {}),
        action,
      },
    });
  }
  return results;
}

/** Deletes objects in reverse apply order; returns what was actually removed. */
export async function deleteObjects(
  client: KubeClient,
  objects: readonly Pick<KubeObject, 'apiVersion' | 'kind' | 'metadata'>[],
  logger: Logger,
): Promise<string[]> {
  const removed: string[] = [];
  for (const object of [...objects].reverse()) {
    if (await client.delete(object.apiVersion, object.kind, object.metadata.name, object.metadata.namespace)) {
      logger.info(`${describe(object)} deleted`);
      removed.push(`${object.kind}/${object.metadata.name}`);
    }
  }
  return removed;
}
