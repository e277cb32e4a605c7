/** Waits for a rollout, names the cause when it fails, then runs the smoke test. */
import type { KubeObject } from '../shared/kube/types.js';
import type { StepContext } from './context.js';
import { servicePort } from './context.js';
import { diagnoseRollout } from './diagnose.js';
import { waitForRollout } from './rollout-watch.js';
import { runSmokeTest } from './smoke-test.js';

export type Verification =
  { readonly ok: true } | { readonly ok: false; readonly message: string; readonly hint?: string };

export async function verifyRelease(
  ctx: StepContext,
  deploymentName: string,
  service: KubeObject | undefined,
): Promise<Verification> {
  const { client, options, logger, record } = ctx;
  const namespace = options.namespace;
  const outcome = await logger.group(`rollout of ${deploymentName}`, () =>
    waitForRollout(client, { namespace, name: deploymentName, timeoutMs: options.timeoutMs }, logger),
  );
  record.rollout = {
    deployment: deploymentName,
    ok: outcome.ok,
    ...(outcome.ok ? {} : { reason: outcome.reason, message: outcome.message }),
    revision: outcome.revision,
    progress: outcome.progress,
    durationMs: outcome.durationMs,
  };
  if (!outcome.ok) {
    let cause: string;
    let hint: string | undefined;
    try {
      const diagnosis = await diagnoseRollout(client, namespace, deploymentName);
      record.diagnosis = diagnosis;
      cause = ` Cause: ${diagnosis.summary}`;
      hint = diagnosis.hint;
    } catch (error) {
      cause = ` (the cause could not be read: ${error instanceof Error ? error.message : String(error)})`;
    }
    return {
      ok: false,
      message: `The rollout of ${deploymentName} failed (${outcome.reason}): ${outcome.message}.${cause}`,
      ...(hint ? { hint } : {}),
    };
  }
  if (!options.smokeTest) {
    record.smokeTest = { skipped: true, reason: "no 'smoke-test-path' given" };
    return { ok: true };
  }
  if (!service) {
    record.smokeTest = { skipped: true, reason: 'no Service selects the pods' };
    logger.warning(`smoke test skipped: no Service in the manifests selects the pods of ${deploymentName}`);
    return { ok: true };
  }
  const result = await runSmokeTest(
    client,
    { namespace: service.metadata.namespace ?? namespace, service: service.metadata.name, port: servicePort(service) },
    options.smokeTest,
    logger,
  );
  record.smokeTest = result;
  if (result.ok) return { ok: true };
  return {
    ok: false,
    message: `The smoke test ${result.request} failed after ${result.attempts} attempt(s): ${result.message}${result.body ? `; body: ${result.body.slice(0, 200)}` : ''}.`,
    hint: "Check smoke-test-path, smoke-test-payload and smoke-test-expect against the model server's API, and its logs.",
  };
}
