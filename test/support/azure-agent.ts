/**
 * Executes a step template the way an Azure Pipelines agent would: template
 * expressions `${{ parameters.x }}` are expanded (booleans as True/False, as
 * Azure renders them), the step's env is set, TF_BUILD=True, and the script
 * runs in bash. Returns the output variables its ##vso lines set.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { parseAzureOutputs, spawnCollect } from './run-bundle.js';

interface TemplateParameter {
  name: string;
  type?: string;
  default?: unknown;
}

interface StepTemplate {
  parameters: TemplateParameter[];
  steps: { script?: string; name?: string; env?: Record<string, string>; inputs?: { inlineScript?: string } }[];
}

function render(value: unknown): string {
  if (typeof value === 'boolean') return value ? 'True' : 'False';
  return value === undefined || value === null ? '' : String(value);
}

export function expandTemplate(text: string, parameters: Readonly<Record<string, unknown>>): string {
  return text.replace(/\$\{\{\s*parameters\.([A-Za-z0-9_]+)\s*\}\}/g, (_, name: string) => {
    if (!(name in parameters)) throw new Error(`template expression names an unknown parameter '${name}'`);
    return render(parameters[name]);
  });
}

/** Replaces Azure macros the agent would fill, e.g. $(Build.SourcesDirectory). */
function expandMacros(text: string, macros: Readonly<Record<string, string>>): string {
  return text.replace(/\$\(([A-Za-z0-9_.]+)\)/g, (whole, name: string) => macros[name] ?? whole);
}

export interface AgentRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
  readonly outputs: Record<string, string>;
  readonly stepName: string | undefined;
}

export async function runStepTemplate(
  file: string,
  given: Readonly<Record<string, unknown>>,
  options: { cwd: string; macros: Readonly<Record<string, string>>; node?: string },
): Promise<AgentRun> {
  const template = parse(readFileSync(file, 'utf8')) as StepTemplate;
  const parameters: Record<string, unknown> = {};
  for (const p of template.parameters) {
    if (p.name in given) parameters[p.name] = given[p.name];
    else if ('default' in p) parameters[p.name] = p.default;
    else throw new Error(`${file}: parameter '${p.name}' has no default and was not given`);
  }
  const step = template.steps[0];
  const script = step?.script ?? step?.inputs?.inlineScript;
  if (!step || !script) throw new Error(`${file}: no script step`);
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (value !== undefined && !key.startsWith('INPUT_') && !key.startsWith('GITHUB_')) env[key] = value;
  }
  for (const [key, value] of Object.entries(step.env ?? {}))
    env[key] = expandMacros(expandTemplate(value, parameters), options.macros);
  env.TF_BUILD = 'True';
  env.AGENT_TEMPDIRECTORY = options.macros['Agent.TempDirectory'] ?? options.cwd;
  let command = expandMacros(expandTemplate(script, parameters), options.macros);
  if (options.node) command = command.replace(/^node /, `"${options.node}" `);
  const result = await spawnCollect('bash', ['-c', command], { cwd: options.cwd, env, timeoutMs: 120_000 });
  return { ...result, outputs: parseAzureOutputs(result.stdout), stepName: step.name };
}
