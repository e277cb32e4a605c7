import { AzurePlatform } from './azure.js';
import { GitHubPlatform } from './github.js';
import { LocalPlatform } from './local.js';
import type { Platform } from './types.js';

import { LOCAL_INPUTS_ENV, LOCAL_JSON_ENV, LOCAL_OUTPUT_DIR_ENV } from './local-env.js';

export { LOCAL_INPUTS_ENV, LOCAL_JSON_ENV, LOCAL_OUTPUT_DIR_ENV };

/**
 * Picks the backend from the environment: the CLI's own marker first, then
 * Azure Pipelines (`TF_BUILD=True`), then GitHub Actions; anything else runs
 * locally with inputs from `INPUT_*` variables.
 */
export function selectPlatform(env: NodeJS.ProcessEnv = process.env): Platform {
  const localInputs = env[LOCAL_INPUTS_ENV];
  if (localInputs !== undefined) {
    return new LocalPlatform({
      inputs: JSON.parse(localInputs) as Record<string, string>,
      outputDirectory: env[LOCAL_OUTPUT_DIR_ENV] ?? 'ml-actions-output',
      json: env[LOCAL_JSON_ENV] === '1',
    });
  }
  if (env.TF_BUILD?.toLowerCase() === 'true') return new AzurePlatform(env);
  if (env.GITHUB_ACTIONS === 'true' || env.GITHUB_OUTPUT !== undefined) return new GitHubPlatform(env);
  return new LocalPlatform({
    inputs: Object.fromEntries(
      Object.entries(env)
        .filter(([key]) => key.startsWith('INPUT_'))
        .map(([key, value]) => [key.slice(6).toLowerCase().replace(/_/g, '-'), value ?? '']),
    ),
    outputDirectory: env[LOCAL_OUTPUT_DIR_ENV] ?? 'ml-actions-output',
    json: env[LOCAL_JSON_ENV] === '1',
  });
}
