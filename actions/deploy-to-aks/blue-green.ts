/**
 * Blue-green: the release runs as `<app>-blue` or `<app>-green`, is
 * smoke-tested through its own Service `<service>-<colour>`, and only then
 * does the main Service's selector switch to its colour. The old colour keeps
 * running until `promote` removes it; `reject` switches back and removes the
 * new colour. The main Service records the colours in annotations.
 */
import { UserError } from '../shared/errors.js';
import type { KubeObject } from '../shared/kube/types.js';
import { applyObjects, deleteObjects } from './apply-objects.js';
import type { StepContext } from './context.js';
import {
  DeployFailure,
  deriveDeployment,
  deriveService,
  imageOf,
  primaryContainer,
  serviceAddress,
} from './context.js';
import { PREFIX } from './lineage.js';
import type { Rendered } from './render.js';
import { revisionOf } from './rollout-watch.js';
import { verifyRelease } from './verify.js';

export const COLOR_LABEL = `${PREFIX}color`;
const ACTIVE = `${PREFIX}active-color`;
const PREVIOUS = `${PREFIX}previous-color`;
type Colour = 'blue' | 'green';

function requireService(rendered: Rendered): KubeObject {
  if (!rendered.service) {
    throw new UserError(
      'Blue-green needs a Service that selects the pods of the Deployment: the manifests hold none.',
      {
        hint: 'Add a Service, or use generated manifests (app-name), which include one.',
      },
    );
  }
  return rendered.service;
}

export interface ColourPlan {
  readonly deployment: KubeObject;
  readonly preview: KubeObject;
  readonly main: KubeObject;
  /** Everything else in the manifests (config, budgets, autoscalers retargeted to the colour). */
  readonly supporting: readonly KubeObject[];
}

/** The objects that put `colour` live; `previous` is kept as an annotation for reject. */
export function colourPlan(rendered: Rendered, colour: Colour, previous: Colour | undefined): ColourPlan {
  const service = requireService(rendered);
  const label = { [COLOR_LABEL]: colour };
  const deployment = deriveDeployment(rendered.main, `${rendered.main.metadata.name}-${colour}`, label);
  const preview = deriveService(service, `${service.metadata.name}-${colour}`, label);
  const main = structuredClone(service);
  (main.spec as { selector: Record<string, string> }).selector = {
    ...((main.spec as { selector?: Record<string, string> }).selector ?? {}),
    ...label,
  };
  main.metadata.annotations = {
    ...(main.metadata.annotations ?? {}),
    [ACTIVE]: colour,
    ...(previous ? { [PREVIOUS]: previous } : {}),
  };
  const supporting = rendered.objects
    .filter((o) => o !== rendered.main && o !== rendered.service)
    .map((o) => {
      const target = (o.spec as { scaleTargetRef?: { kind?: string; name?: string } } | undefined)?.scaleTargetRef;
      if (
        o.kind !== 'HorizontalPodAutoscaler' ||
        target?.kind !== 'Deployment' ||
        target.name !== rendered.main.metadata.name
      )
        return o;
      const copy = structuredClone(o);
      (copy.spec as { scaleTargetRef: { name: string } }).scaleTargetRef.name = deployment.metadata.name;
      return copy;
    });
  return { deployment, preview, main, supporting };
}

async function liveColours(
  ctx: StepContext,
  rendered: Rendered,
): Promise<{ service?: KubeObject; active?: Colour; previous?: Colour }> {
  const service = requireService(rendered);
  const live = await ctx.client.get('v1', 'Service', service.metadata.name, service.metadata.namespace);
  const active = (live?.spec as { selector?: Record<string, string> } | undefined)?.selector?.[COLOR_LABEL] as
    Colour | undefined;
  const previous = live?.metadata.annotations?.[PREVIOUS] as Colour | undefined;
  return { ...(live ? { service: live } : {}), ...(active ? { active } : {}), ...(previous ? { previous } : {}) };
}

const other = (colour: Colour | undefined): Colour => (colour === 'blue' ? 'green' : 'blue');

export async function blueGreenDeploy(ctx: StepContext, rendered: Rendered, image: string): Promise<void> {
  const { client, logger, record, options } = ctx;
  const namespace = rendered.main.metadata.namespace ?? options.namespace;
  const { active } = await liveColours(ctx, rendered);
  const colour = other(active);
  const plan = colourPlan(rendered, colour, active);
  const container = primaryContainer(rendered);
  const activeDeployment = active
    ? await client.get('apps/v1', 'Deployment', `${rendered.main.metadata.name}-${active}`, namespace)
    : undefined;
  const previousImage = imageOf(activeDeployment, container);
  if (previousImage) record.previousImage = previousImage;
  if (activeDeployment) record.previousRevision = revisionOf(activeDeployment);
  record.deployment = `${namespace}/${plan.deployment.metadata.name}`;
  logger.info(`blue-green: releasing ${colour}${active ? ` while ${active} serves` : ' (first release)'}`);
  const staged = [
    ...plan.supporting.filter((o) => o.kind !== 'HorizontalPodAutoscaler'),
    plan.preview,
    plan.deployment,
  ];
  const applied = await logger.group(`apply ${colour}`, () => applyObjects(client, staged, logger));
  record.changes.push(...applied.map((a) => a.change));
  const verdict = await verifyRelease(ctx, plan.deployment.metadata.name, plan.preview);
  if (!verdict.ok) {
    if (!options.rollbackOnFailure) {
      record.status = 'failed';
      throw new DeployFailure(
        `${verdict.message} rollback-on-failure is false: ${plan.deployment.metadata.name} was left in place; the main Service was not switched.`,
        verdict.hint,
      );
    }
    const removed = await deleteObjects(client, [plan.preview, plan.deployment], logger);
    record.rollback = {
      kind: 'removed-colour',
      ok: true,
      removed,
      message: `removed ${colour} (${removed.join(', ')}); the main Service was never switched${active ? `, ${active} kept serving` : ''}`,
    };
    record.status = 'rolled-back';
    record.deployedImage = previousImage ?? '';
    throw new DeployFailure(
      `${verdict.message} The ${colour} release was removed before any traffic reached it.`,
      verdict.hint,
    );
  }
  const switched = await applyObjects(
    client,
    [plan.main, ...plan.supporting.filter((o) => o.kind === 'HorizontalPodAutoscaler')],
    logger,
  );
  record.changes.push(...switched.map((a) => a.change));
  record.changed = [...applied, ...switched].some((a) => a.change.action !== 'unchanged');
  const address = serviceAddress(switched[0]?.after);
  if (address) record.service = address;
  logger.info(
    `switched ${plan.main.metadata.name} to ${colour}${active ? `; ${active} is kept until promote or reject` : ''}`,
  );
  record.blueGreen = { activeColor: colour, ...(active ? { previousColor: active } : {}) };
  record.status = 'deployed';
  record.deployedImage = image;
  record.revision = revisionOf(await client.get('apps/v1', 'Deployment', plan.deployment.metadata.name, namespace));
}

export async function blueGreenPromote(ctx: StepContext, rendered: Rendered): Promise<void> {
  const { client, logger, record, options } = ctx;
  const { active, previous } = await liveColours(ctx, rendered);
  if (!active)
    throw new UserError(
      `The Service ${requireService(rendered).metadata.name} has no active colour: nothing to promote.`,
      { hint: 'Run with strategy: blue-green and action: deploy first.' },
    );
  const namespace = rendered.main.metadata.namespace ?? options.namespace;
  const container = primaryContainer(rendered);
  const activeDeployment = await client.get(
    'apps/v1',
    'Deployment',
    `${rendered.main.metadata.name}-${active}`,
    namespace,
  );
  const current = imageOf(activeDeployment, container) ?? '';
  const plan = colourPlan(await ctx.render(current), active, undefined);
  let removed: string[] = [];
  if (previous) {
    const old = colourPlan(rendered, previous, undefined);
    const oldDeployment = await client.get('apps/v1', 'Deployment', old.deployment.metadata.name, namespace);
    const oldImage = imageOf(oldDeployment, container);
    if (oldImage) record.previousImage = oldImage;
    removed = await deleteObjects(client, [old.preview, old.deployment], logger);
  }
  // Re-apply the main Service without the previous-colour annotation: nothing is left to go back to.
  await applyObjects(client, [plan.main], logger);
  record.rollback = {
    kind: 'removed-colour',
    ok: true,
    removed,
    message: removed.length
      ? `removed the old colour ${previous} (${removed.join(', ')})`
      : 'there was no old colour to remove',
  };
  record.blueGreen = { activeColor: active };
  record.status = 'promoted';
  record.deployedImage = current;
  record.revision = revisionOf(activeDeployment);
  record.service = serviceAddress(await client.get('v1', 'Service', plan.main.metadata.name, namespace)) ?? {
    name: plan.main.metadata.name,
  };
}

export async function blueGreenReject(ctx: StepContext, rendered: Rendered): Promise<void> {
  const { client, logger, record, options } = ctx;
  const { active, previous } = await liveColours(ctx, rendered);
  if (!active)
    throw new UserError(
      `The Service ${requireService(rendered).metadata.name} has no active colour: nothing to reject.`,
    );
  if (!previous) {
    throw new UserError(
      `There is no previous colour to return to: ${active} is the only release of ${rendered.main.metadata.name}, and rejecting it would leave nothing serving.`,
      {
        hint: 'Deploy a fixed image instead, or delete the release by hand.',
      },
    );
  }
  const namespace = rendered.main.metadata.namespace ?? options.namespace;
  const container = primaryContainer(rendered);
  const previousDeployment = await client.get(
    'apps/v1',
    'Deployment',
    `${rendered.main.metadata.name}-${previous}`,
    namespace,
  );
  const previousImage = imageOf(previousDeployment, container);
  if (!previousDeployment || !previousImage)
    throw new UserError(
      `The previous colour's Deployment ${rendered.main.metadata.name}-${previous} is gone: nothing to switch back to.`,
    );
  const rejected = colourPlan(rendered, active, undefined);
  const rejectedImage = imageOf(
    await client.get('apps/v1', 'Deployment', rejected.deployment.metadata.name, namespace),
    container,
  );
  const back = colourPlan(await ctx.render(previousImage), previous, undefined);
  await applyObjects(
    client,
    [back.main, ...back.supporting.filter((o) => o.kind === 'HorizontalPodAutoscaler')],
    logger,
  );
  logger.info(`switched ${back.main.metadata.name} back to ${previous}`);
  const removed = await deleteObjects(client, [rejected.preview, rejected.deployment], logger);
  record.rollback = {
    kind: 'removed-colour',
    ok: true,
    removed,
    message: `switched back to ${previous} and removed ${active} (${removed.join(', ')})`,
  };
  record.blueGreen = { activeColor: previous };
  record.status = 'rejected';
  if (rejectedImage) record.previousImage = rejectedImage;
  record.deployedImage = previousImage;
  record.revision = revisionOf(previousDeployment);
  record.service = serviceAddress(await client.get('v1', 'Service', back.main.metadata.name, namespace)) ?? {
    name: back.main.metadata.name,
  };
}
