/**
 * The Azure Pipelines step template of each action, generated from its
 * action.yml so parameters, defaults and required-ness cannot drift apart:
 * typed parameters (boolean and number where the default says so), the
 * committed bundle run with `node`, every input passed as an INPUT_*
 * environment variable (secrets never appear on a command line), and a step
 * `name` so outputs are readable as `<name>.<output_with_underscores>`.
 */
import path from 'node:path';
import { stringify } from 'yaml';
import type { ActionContract, InputSpec } from '../actions/shared/platform/contract.js';

export type AzureParameterType = 'string' | 'boolean' | 'number';

export interface AzureParameter {
  readonly name: string;
  readonly type: AzureParameterType;
  readonly displayName?: string;
  readonly default?: string | boolean | number;
}

/** `drift-share` → `driftShare`: Azure parameter names are identifiers. */
export function parameterName(input: string): string {
  return input.replace(/[-. ]+([a-zA-Z0-9])/g, (_, c: string) => c.toUpperCase());
}

export function inputEnvName(input: string): string {
  return `INPUT_${input.replace(/[- ]/g, '_').toUpperCase()}`;
}

export function parameterFor(input: string, spec: InputSpec): AzureParameter {
  const displayName = spec.description.split(/(?<=\.)\s/)[0]?.trim();
  const base = { name: parameterName(input), displayName };
  if (spec.default === 'true' || spec.default === 'false')
    return { ...base, type: 'boolean', default: spec.default === 'true' };
  if (spec.default !== undefined && /^-?\d+(\.\d+)?$/.test(spec.default))
    return { ...base, type: 'number', default: Number(spec.default) };
  if (spec.required && spec.default === undefined) return { ...base, type: 'string' };
  return { ...base, type: 'string', default: azureDefault(spec.default) };
}

/**
 * A GitHub expression default (`${{ github.token }}`) means nothing on Azure,
 * which would even try to expand it as its own template expression: such
 * inputs default to empty there and the pipeline passes a value itself.
 */
export function azureDefault(githubDefault: string | undefined): string {
  return githubDefault === undefined || githubDefault.includes('${{') ? '' : githubDefault;
}

/** The step's name, through which later steps, jobs and stages read its outputs. */
export function stepName(action: string): string {
  return parameterName(action);
}

/** Parameters every step template has besides the action's inputs. */
export function stepParameters(action: string): AzureParameter[] {
  return [
    { name: 'displayName', type: 'string', displayName: 'Shown in the run', default: action },
    {
      name: 'mlActionsPath',
      type: 'string',
      displayName: 'Where the ml-actions repository is checked out',
      default: '$(Build.SourcesDirectory)/ml-actions',
    },
    { name: 'condition', type: 'string', displayName: 'When the step runs', default: 'succeeded()' },
    {
      name: 'workingDirectory',
      type: 'string',
      displayName: 'Working directory of the step',
      default: '$(System.DefaultWorkingDirectory)',
    },
  ];
}

/** Inputs whose credentials come from the Azure CLI: their actions get an AzureCLI@2 variant too. */
const AZURE_CLI_INPUTS = ['acr-name', 'resource-group'];

export function needsAzureCli(contract: ActionContract): boolean {
  return AZURE_CLI_INPUTS.some((name) => name in contract.inputs);
}

export type StepVariant = 'script' | 'azure-cli';

/**
 * The `script` variant runs the bundle in a plain step. The `azure-cli`
 * variant runs it inside AzureCLI@2, logged in through a service connection,
 * for `az acr login` / `az aks get-credentials`. Two files rather than one
 * with `${{ if }}` insertion: the Azure Pipelines schema accepts only the former.
 */
export function renderStepTemplate(action: string, contract: ActionContract, variant: StepVariant = 'script'): string {
  const inputs = Object.entries(contract.inputs);
  const own = stepParameters(action);
  if (variant === 'azure-cli') {
    own.push({ name: 'azureSubscription', type: 'string', displayName: 'Azure Resource Manager service connection' });
  }
  const parameters = [...own, ...inputs.map(([name, spec]) => parameterFor(name, spec))];
  const env: Record<string, string> = {};
  for (const [name] of inputs) env[inputEnvName(name)] = `\${{ parameters.${parameterName(name)} }}`;
  const run = `node "\${{ parameters.mlActionsPath }}/${path.posix.join('dist', action, 'index.js')}"`;
  const common = {
    // A fixed name: the schema allows no expression here, and outputs are read through it.
    name: stepName(action),
    displayName: '${{ parameters.displayName }}',
    condition: '${{ parameters.condition }}',
  };
  const step =
    variant === 'script'
      ? { script: run, ...common, workingDirectory: '${{ parameters.workingDirectory }}', env }
      : {
          task: 'AzureCLI@2',
          ...common,
          inputs: {
            azureSubscription: '${{ parameters.azureSubscription }}',
            scriptType: 'bash',
            scriptLocation: 'inlineScript',
            inlineScript: run,
            workingDirectory: '${{ parameters.workingDirectory }}',
          },
          env,
        };
  const template = { parameters, steps: [step] };
  const header = [
    `# ${action}: ${contract.description.replace(/\s+/g, ' ').trim()}`,
    '# Generated from the action.yml by scripts/gen-azure-steps.ts (npm run build). Do not edit.',
    variant === 'azure-cli'
      ? '# Runs inside AzureCLI@2, logged in with the azureSubscription service connection.'
      : '# Runs the committed bundle with node; every input is passed as an INPUT_* environment variable.',
    `# Outputs: ${Object.keys(contract.outputs)
      .map((o) => `${stepName(action)}.${o.replace(/[^A-Za-z0-9._]/g, '_')}`)
      .join(', ')}`,
    '',
  ].join('\n');
  return header + stringify(template, { lineWidth: 0 });
}
