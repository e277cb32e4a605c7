import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import type { ActionContract, InputSpec, OutputSpec } from '../actions/shared/platform/contract.js';

interface RawActionYaml {
  name?: unknown;
  description?: unknown;
  inputs?: Record<string, { description?: unknown; required?: unknown; default?: unknown }>;
  outputs?: Record<string, { description?: unknown }>;
}

/** Reads an action.yml into the contract shape the code is checked against. */
export function readActionYaml(file: string): ActionContract {
  const raw = parse(readFileSync(file, 'utf8')) as RawActionYaml;
  const inputs: Record<string, InputSpec> = {};
  for (const [name, spec] of Object.entries(raw.inputs ?? {})) {
    inputs[name] = {
      description: String(spec.description ?? ''),
      ...(spec.required === true ? { required: true } : {}),
      ...(spec.default === undefined ? {} : { default: String(spec.default) }),
    };
  }
  const outputs: Record<string, OutputSpec> = {};
  for (const [name, spec] of Object.entries(raw.outputs ?? {}))
    outputs[name] = { description: String(spec.description ?? '') };
  return { name: String(raw.name ?? ''), description: String(raw.description ?? ''), inputs, outputs };
}
