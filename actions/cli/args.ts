import type { ActionContract } from '../shared/platform/contract.js';
import { UserError } from '../shared/errors.js';

export interface CliRun {
  readonly kind: 'run';
  readonly action: string;
  readonly inputs: Readonly<Record<string, string>>;
  readonly json: boolean;
  readonly outputDirectory: string | undefined;
}

export type CliCommand =
  | { readonly kind: 'help' }
  | { readonly kind: 'version' }
  | { readonly kind: 'action-help'; readonly action: string }
  | CliRun;

/** Flags of the CLI itself; every other `--name` must be an input of the action. */
const OWN_FLAGS = new Set(['json', 'output-dir', 'help']);

/**
 * Parses `ml-actions <action> --<input> <value> …`. `--name=value` works too;
 * a flag given twice is joined with a newline (list and line inputs read that);
 * a flag with no value (last, or followed by another flag) means `true`.
 */
export function parseArgs(argv: readonly string[], contracts: Readonly<Record<string, ActionContract>>): CliCommand {
  const [first, ...rest] = argv;
  if (first === undefined || first === '--help' || first === '-h' || first === 'help') return { kind: 'help' };
  if (first === '--version' || first === '-v') return { kind: 'version' };
  const contract = contracts[first];
  if (!contract) {
    throw new UserError(`Unknown action '${first}'. Available: ${Object.keys(contracts).join(', ')}.`, {
      hint: 'Run `ml-actions --help` for the list.',
    });
  }
  const inputs: Record<string, string> = {};
  let json = false;
  let outputDirectory: string | undefined;
  for (let i = 0; i < rest.length; i += 1) {
    const token = rest[i] ?? '';
    if (token === '-h') return { kind: 'action-help', action: first };
    if (!token.startsWith('--'))
      throw new UserError(`Unexpected argument '${token}': inputs are given as --<input> <value>.`);
    const eq = token.indexOf('=');
    const name = token.slice(2, eq === -1 ? undefined : eq);
    let value: string;
    if (eq !== -1) value = token.slice(eq + 1);
    else if (i + 1 < rest.length && !(rest[i + 1] ?? '').startsWith('--')) value = rest[++i] ?? '';
    else value = 'true';
    if (name === 'help') return { kind: 'action-help', action: first };
    if (name === 'json') json = value !== 'false';
    else if (name === 'output-dir') outputDirectory = value;
    else if (!(name in contract.inputs) || OWN_FLAGS.has(name)) throw unknownInput(first, name, contract);
    else inputs[name] = name in inputs ? `${inputs[name]}\n${value}` : value;
  }
  for (const [name, spec] of Object.entries(contract.inputs)) {
    if (spec.required && spec.default === undefined && !(name in inputs)) {
      throw new UserError(`Input '${name}' is required for ${first}: pass --${name} <value>.`);
    }
  }
  return { kind: 'run', action: first, inputs, json, outputDirectory };
}

function unknownInput(action: string, name: string, contract: ActionContract): UserError {
  const close = Object.keys(contract.inputs).filter(
    (known) => known.includes(name) || name.includes(known) || editDistance(known, name) <= 2,
  );
  return new UserError(`Unknown input '--${name}' for ${action}.`, {
    hint: close.length
      ? `Did you mean ${close.map((c) => `--${c}`).join(' or ')}?`
      : `Run \`ml-actions ${action} --help\` for its inputs.`,
  });
}

function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    let previous = row[0] ?? 0;
    row[0] = i;
    for (let j = 1; j <= b.length; j += 1) {
      const current = row[j] ?? 0;
      row[j] = Math.min(current + 1, (row[j - 1] ?? 0) + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
      previous = current;
    }
  }
  return row[b.length] ?? 0;
}
