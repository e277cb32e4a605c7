import type { ActionContract } from '../shared/platform/contract.js';

function wrap(text: string, width: number, indent: string): string {
  const words = text.replace(/\s+/g, ' ').trim().split(' ');
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    if (line && line.length + word.length + 1 > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines.join(`\n${indent}`);
}

/** `ml-actions --help`, generated from the action.yml contracts. */
export function renderHelp(contracts: Readonly<Record<string, ActionContract>>): string {
  const names = Object.keys(contracts);
  const width = Math.max(...names.map((n) => n.length), 8);
  return [
    'ml-actions: run the ml-actions gates on this machine, with the inputs their action.yml declares.',
    '',
    'Usage: ml-actions <action> --<input> <value> … [--json] [--output-dir DIR]',
    '       ml-actions <action> --help',
    '',
    'Actions:',
    ...names.map((n) => `  ${n.padEnd(width)}  ${wrap(contracts[n]?.description ?? '', 70, ' '.repeat(width + 4))}`),
    '',
    'Outputs print as name=value (one JSON object with --json). Summary, reports and',
    'artifacts land in the output folder (default ml-actions-output/<action>).',
  ].join('\n');
}

/** `ml-actions <action> --help`: every input with required/default, and every output. */
export function renderActionHelp(action: string, contract: ActionContract): string {
  const inputs = Object.entries(contract.inputs).map(([name, spec]) => {
    const tags = [
      spec.required && spec.default === undefined ? 'required' : undefined,
      spec.default !== undefined && spec.default !== '' ? `default: ${JSON.stringify(spec.default)}` : undefined,
    ]
      .filter(Boolean)
      .join(', ');
    return `  --${name}${tags ? ` (${tags})` : ''}\n      ${wrap(spec.description, 76, '      ')}`;
  });
  const outputs = Object.entries(contract.outputs).map(
    ([name, spec]) => `  ${name}\n      ${wrap(spec.description, 76, '      ')}`,
  );
  return [
    `ml-actions ${action}: ${wrap(contract.description, 76, '  ')}`,
    '',
    `Usage: ml-actions ${action} --<input> <value> … [--json] [--output-dir DIR]`,
    '',
    'Inputs:',
    ...inputs,
    '',
    'Outputs:',
    ...outputs,
  ].join('\n');
}
