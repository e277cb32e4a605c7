import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import Ajv, { type ErrorObject } from 'ajv';
import { parse } from 'yaml';
import { ROOT } from './run-bundle.js';

/** The Azure Pipelines YAML schema (MIT, microsoft/azure-pipelines-vscode), kept in ../shared beside the checkout. */
export const AZURE_SCHEMA =
  process.env.ML_ACTIONS_AZP_SCHEMA ?? path.resolve(ROOT, '..', 'shared', 'schemas', 'azure-pipelines.schema.json');

export const azureSchemaAvailable = existsSync(AZURE_SCHEMA);

export type AzureValidator = (file: string) => ErrorObject[];

/**
 * The schema declares a template parameter's `default` as `any`, which it
 * defines as string, sequence or mapping: a YAML scalar of any type is meant,
 * and `default: true` on a boolean parameter is Azure's documented syntax. So
 * scalar defaults are handed to the schema as strings; everything else keeps
 * its YAML 1.2 core type (the schema wants real integers and booleans for
 * e.g. a task's timeoutInMinutes and continueOnError).
 */
function normaliseParameterDefaults(document: unknown): unknown {
  const parameters = (document as { parameters?: unknown } | null)?.parameters;
  if (Array.isArray(parameters)) {
    for (const parameter of parameters as Record<string, unknown>[]) {
      const value = parameter.default;
      if (typeof value === 'boolean' || typeof value === 'number') parameter.default = String(value);
    }
  }
  return document;
}

/** Compiles the schema once; its regular expressions compile only without the `u` flag. */
export function azureValidator(): AzureValidator {
  const ajv = new Ajv({ strict: false, unicodeRegExp: false, allErrors: false });
  const validate = ajv.compile(JSON.parse(readFileSync(AZURE_SCHEMA, 'utf8')) as object);
  return (file) =>
    validate(normaliseParameterDefaults(parse(readFileSync(file, 'utf8')))) ? [] : [...(validate.errors ?? [])];
}
