/**
 * Lineage annotations: from a running pod anyone can walk back to the commit,
 * the run, the image digest, the model file and its metrics. Everything comes
 * from inputs and the runner's environment (read by main.ts), so no extra
 * GitHub token permission is needed (unlike k8s-deploy's `actions: read`, #226).
 * The run URL goes on object metadata only: on the pod template it would
 * restart every pod on each new run of an unchanged release.
 */
import type { KubeObject } from '../shared/kube/types.js';
import { digestOf } from './image-ref.js';
import { podSpecPath } from './image-substitution.js';
import type { Lineage } from './options.js';

export const PREFIX = 'ml-actions.io/';

export function lineageAnnotations(
  lineage: Lineage,
  image: string | undefined,
): { object: Record<string, string>; template: Record<string, string> } {
  const template: Record<string, string> = {};
  if (lineage.commit) template[`${PREFIX}commit`] = lineage.commit;
  if (image) template[`${PREFIX}image`] = image;
  const digest = image ? digestOf(image) : undefined;
  if (digest) template[`${PREFIX}image-digest`] = digest;
  if (lineage.modelHash) template[`${PREFIX}model-hash`] = lineage.modelHash;
  if (lineage.metrics && Object.keys(lineage.metrics).length > 0) {
    const sorted = Object.fromEntries(Object.entries(lineage.metrics).sort(([a], [b]) => a.localeCompare(b)));
    template[`${PREFIX}metrics`] = JSON.stringify(sorted);
  }
  return { object: { ...template, ...(lineage.runUrl ? { [`${PREFIX}run-url`]: lineage.runUrl } : {}) }, template };
}

function annotate(target: { annotations?: Record<string, string> }, values: Record<string, string>): void {
  if (Object.keys(values).length === 0) return;
  target.annotations = { ...(target.annotations ?? {}), ...values };
}

/** Adds lineage and user annotations to every object and to every pod template. */
export function addAnnotations(
  objects: KubeObject[],
  lineage: Lineage,
  image: string | undefined,
  extra: Readonly<Record<string, string>>,
): void {
  const { object, template } = lineageAnnotations(lineage, image);
  for (const item of objects) {
    annotate(item.metadata, { ...object, ...extra });
    const specPath = podSpecPath(item.kind);
    if (!specPath || item.kind === 'Pod') continue;
    let holder: Record<string, unknown> | undefined = item as unknown as Record<string, unknown>;
    for (const part of specPath.slice(0, -1)) {
      const next: unknown = holder?.[part];
      holder = typeof next === 'object' && next !== null ? (next as Record<string, unknown>) : undefined;
    }
    if (!holder) continue;
    const metadata = (holder.metadata ??= {}) as { annotations?: Record<string, string> };
    annotate(metadata, { ...template, ...extra });
  }
}
