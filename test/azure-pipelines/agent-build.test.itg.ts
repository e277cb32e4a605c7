/**
 * The build-model-image step template, executed as an Azure agent would, on
 * the example model against the real engine and loopback registry.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, it } from 'vitest';
import { ROOT } from '../../scripts/actions-list.js';
import { runStepTemplate } from '../support/azure-agent.js';
import { pythonBaseImage } from '../support/base-images.js';
import { describeDocker, testServices } from '../support/docker.js';

describeDocker('Azure step template: build-model-image', () => {
  it('builds and pushes the example image and sets buildModelImage output variables', async () => {
    const temp = mkdtempSync(path.join(tmpdir(), 'azp-build-'));
    const example = path.join(ROOT, 'examples', 'churn');
    const repository = `${testServices().registry}/ml-actions-azp/churn-model`;
    const run = await runStepTemplate(
      path.join(ROOT, 'azure-pipelines', 'steps', 'build-model-image.yml'),
      {
        mlActionsPath: ROOT,
        context: '.',
        template: 'python-sklearn',
        baseImage: await pythonBaseImage(),
        modelPath: 'model',
        image: repository,
        tags: `azp-${Date.now()}`,
        reportDir: path.join(temp, 'report'),
      },
      {
        cwd: example,
        macros: { 'System.DefaultWorkingDirectory': example, 'Agent.TempDirectory': temp },
        node: process.env.ML_ACTIONS_TEST_NODE,
      },
    );
    expect(run.code, run.stdout + run.stderr).toBe(0);
    expect(run.stepName).toBe('buildModelImage');
    expect(run.outputs.image).toMatch(new RegExp(`^${repository.replace(/\./g, '\\.')}@sha256:[0-9a-f]{64}$`));
    expect(run.outputs.image).toBe(`${repository}@${run.outputs.digest}`);
    expect(['true', 'false']).toContain(run.outputs.built);
    expect(JSON.parse(run.outputs.labels ?? '{}')).toHaveProperty('ml-actions.model.sha256');
  });
});
