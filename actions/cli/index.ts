import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describeError, isUserError } from '../shared/errors.js';
import { LOCAL_INPUTS_ENV, LOCAL_JSON_ENV, LOCAL_OUTPUT_DIR_ENV } from '../shared/platform/local-env.js';
import { parseArgs, type CliRun } from './args.js';
import { contracts } from './contracts.js';
import { renderActionHelp, renderHelp } from './help.js';

const here = path.dirname(fileURLToPath(import.meta.url));

/** Runs an action's own bundle (dist/<action>/index.js) in the local mode: the CLI and CI share one code path. */
function runBundle(command: CliRun): Promise<number> {
  const bundle = path.resolve(here, '..', command.action, 'index.js');
  if (!existsSync(bundle)) throw new Error(`the bundle ${bundle} is missing; run npm run build`);
  const outputDirectory = path.resolve(command.outputDirectory ?? path.join('ml-actions-output', command.action));
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [bundle], {
      stdio: 'inherit',
      env: {
        ...process.env,
        [LOCAL_INPUTS_ENV]: JSON.stringify(command.inputs),
        [LOCAL_OUTPUT_DIR_ENV]: outputDirectory,
        [LOCAL_JSON_ENV]: command.json ? '1' : '0',
      },
    });
    child.on('error', reject);
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 128 : 1)));
  });
}

function version(): string {
  const file = path.resolve(here, '..', '..', 'package.json');
  return existsSync(file)
    ? String((JSON.parse(readFileSync(file, 'utf8')) as { version?: string }).version)
    : 'unknown';
}

async function main(argv: readonly string[]): Promise<number> {
  const command = parseArgs(argv, contracts);
  switch (command.kind) {
    case 'help':
      console.log(renderHelp(contracts));
      return 0;
    case 'version':
      console.log(version());
      return 0;
    case 'action-help': {
      const contract = contracts[command.action];
      if (contract) console.log(renderActionHelp(command.action, contract));
      return 0;
    }
    case 'run':
      return runBundle(command);
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(`ml-actions: ${describeError(error)}`);
    if (!isUserError(error) && error instanceof Error) console.error('This is a bug in ml-actions; please report it.');
    process.exitCode = isUserError(error) ? 2 : 1;
  },
);
