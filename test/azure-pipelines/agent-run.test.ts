/**
 * Runs each step template's script the way an Azure Pipelines agent would —
 * parameters expanded into the env, TF_BUILD=True, bash — on the bundled
 * example, and checks the output variables its ##vso lines set.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { listActions, ROOT } from '../../scripts/actions-list.js';
import { runStepTemplate } from '../support/azure-agent.js';

const example = path.join(ROOT, 'examples', 'churn');
const actions = listActions();

function agent() {
  const temp = mkdtempSync(path.join(tmpdir(), 'azp-agent-'));
  return {
    temp,
    options: {
      cwd: example,
      macros: {
        'Build.SourcesDirectory': path.dirname(ROOT),
        'System.DefaultWorkingDirectory': example,
        'Agent.TempDirectory': temp,
      },
      node: process.env.ML_ACTIONS_TEST_NODE,
    },
  };
}

function template(action: string): string {
  return path.join(ROOT, 'azure-pipelines', 'steps', `${action}.yml`);
}

describe('step templates run as an agent would', () => {
  it.runIf(actions.includes('check-data-drift'))('check-data-drift sets checkDataDrift output variables', async () => {
    const { temp, options } = agent();
    const run = await runStepTemplate(
      template('check-data-drift'),
      {
        mlActionsPath: ROOT,
        reference: 'data/train.csv',
        current: 'data/current.csv',
        ignoreColumns: 'customer_id, churned',
        failOnDrift: false,
        reportDir: path.join(temp, 'report'),
      },
      options,
    );
    expect(run.code, run.stdout + run.stderr).toBe(0);
    expect(run.stepName).toBe('checkDataDrift');
    expect(['true', 'false']).toContain(run.outputs.drift_detected);
    expect(JSON.parse(run.outputs.drifted_columns ?? 'null')).toEqual(expect.arrayContaining(['monthly_charges']));
    expect(Number(run.outputs.drift_share)).toBeGreaterThan(0);
  });

  it.runIf(actions.includes('evaluate-holdout'))('evaluate-holdout sets evaluateHoldout output variables', async () => {
    const { temp, options } = agent();
    const run = await runStepTemplate(
      template('evaluate-holdout'),
      {
        mlActionsPath: ROOT,
        holdout: 'data/holdout.csv',
        targetColumn: 'churned',
        idColumn: 'customer_id',
        predictions: 'predictions/candidate.csv',
        gates: 'roc_auc >= 0.6',
        reportDir: path.join(temp, 'report'),
      },
      options,
    );
    expect(run.code, run.stdout + run.stderr).toBe(0);
    expect(run.stepName).toBe('evaluateHoldout');
    expect(run.outputs.passed).toBe('true');
    expect(JSON.parse(run.outputs.metrics ?? '{}')).toHaveProperty('roc_auc');
    expect(JSON.parse(run.outputs.failed_gates ?? 'null')).toEqual([]);
  });

  it.runIf(actions.includes('deploy-to-aks'))('deploy-to-aks dry-run sets deployToAks output variables', async () => {
    const { temp, options } = agent();
    const image = `churnmodels.azurecr.io/churn-model@sha256:${'ab'.repeat(32)}`;
    const run = await runStepTemplate(
      template('deploy-to-aks'),
      {
        mlActionsPath: ROOT,
        manifests: 'k8s',
        image,
        namespace: 'churn',
        dryRun: true,
        reportDir: path.join(temp, 'report'),
      },
      options,
    );
    expect(run.code, run.stdout + run.stderr).toBe(0);
    expect(run.stepName).toBe('deployToAks');
    expect(run.outputs.status).toBe('dry-run');
    expect(run.outputs.deployed_image).toBe(image);
    expect(run.outputs.manifests).toBe(path.join(temp, 'report', 'manifests.yaml'));
  });

  it.runIf(actions.includes('evaluate-holdout'))('a failing gate fails the step with task.complete', async () => {
    const { temp, options } = agent();
    const run = await runStepTemplate(
      template('evaluate-holdout'),
      {
        mlActionsPath: ROOT,
        holdout: 'data/holdout.csv',
        targetColumn: 'churned',
        idColumn: 'customer_id',
        predictions: 'predictions/candidate.csv',
        gates: 'roc_auc >= 0.99',
        reportDir: path.join(temp, 'report'),
      },
      options,
    );
    expect(run.code).toBe(1);
    expect(run.outputs.passed).toBe('false');
    expect(run.stdout).toMatch(/^##vso\[task\.complete result=Failed\]/m);
  });
});
