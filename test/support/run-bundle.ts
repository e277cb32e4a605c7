/**
 * Runs a bundled action (dist/<action>/index.js, or any bundle file) as a
 * child process the way each platform would, and parses what it wrote.
 * - github: INPUT_* variables, GITHUB_OUTPUT and GITHUB_STEP_SUMMARY files
 * - azure: INPUT_* variables with TF_BUILD=True; outputs from ##vso lines
 * - cli: the package's bin (`bin/ml-actions.js <action> --name value …`)
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, existsSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

export type BundleMode = 'github' | 'azure' | 'cli';

export interface RunBundleOptions {
  readonly mode: BundleMode;
  readonly inputs: Readonly<Record<string, string>>;
  readonly env?: Readonly<Record<string, string | undefined>>;
  readonly cwd?: string;
  /** A bundle file to run instead of dist/<action>/index.js (github and azure modes). */
  readonly bundle?: string;
  /** Extra CLI arguments (cli mode), e.g. ['--json']. */
  readonly cliArgs?: readonly string[];
  /** The node binary; defaults to this process's. */
  readonly node?: string;
  readonly timeoutMs?: number;
}

export interface BundleResult {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
  readonly outputs: Record<string, string>;
  readonly summary: string;
  /** The folder GITHUB_OUTPUT, summaries and the CLI output dir were put in. */
  readonly workDir: string;
}

/** Parses the `name<<delimiter … delimiter` and `name=value` forms @actions/core writes. */
export function parseGitHubFile(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i += 1) {
    const line = lines[i] ?? '';
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line);
    if (heredoc) {
      const [, name = '', delimiter] = heredoc;
      const value: string[] = [];
      for (i += 1; i < lines.length && lines[i] !== delimiter; i += 1) value.push(lines[i] ?? '');
      out[name] = value.join('\n');
    } else if (line.includes('=')) {
      out[line.slice(0, line.indexOf('='))] = line.slice(line.indexOf('=') + 1);
    }
  }
  return out;
}

function unescapeAzure(value: string): string {
  return value
    .replace(/%3B/g, ';')
    .replace(/%5D/g, ']')
    .replace(/%0D/g, '\r')
    .replace(/%0A/g, '\n')
    .replace(/%AZP25/g, '%');
}

/** Output variables from `##vso[task.setvariable variable=…;isOutput=true]value` lines. */
export function parseAzureOutputs(stdout: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const match of stdout.matchAll(/^##vso\[task\.setvariable ([^\]]*)\](.*)$/gm)) {
    const props = Object.fromEntries(
      (match[1] ?? '')
        .split(';')
        .map((pair) => [pair.slice(0, pair.indexOf('=')), unescapeAzure(pair.slice(pair.indexOf('=') + 1))]),
    );
    if (props.variable) out[props.variable] = unescapeAzure(match[2] ?? '');
  }
  return out;
}

/** Outputs the CLI printed: one JSON object with --json, else trailing name=value lines. */
function parseCliOutputs(workDir: string): Record<string, string> {
  const file = path.join(workDir, 'out', 'outputs.json');
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>) : {};
}

function inputEnv(inputs: Readonly<Record<string, string>>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(inputs).map(([name, value]) => [`INPUT_${name.replace(/ /g, '_').toUpperCase()}`, value]),
  );
}

/** A clean environment: the parent's, less anything that would select another platform. */
function baseEnv(): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (value === undefined || key.startsWith('INPUT_') || key.startsWith('GITHUB_') || key.startsWith('ML_ACTIONS_'))
      continue;
    if (['TF_BUILD', 'ACTIONS_RUNTIME_TOKEN', 'ACTIONS_RESULTS_URL', 'RUNNER_DEBUG'].includes(key)) continue;
    env[key] = value;
  }
  return env;
}

export async function runBundle(action: string, options: RunBundleOptions): Promise<BundleResult> {
  const workDir = mkdtempSync(path.join(tmpdir(), `ml-actions-${options.mode}-`));
  // .ci/run sets ML_ACTIONS_TEST_NODE to run the same suite under Node 24 (GitHub's runtime).
  const node = options.node ?? process.env.ML_ACTIONS_TEST_NODE ?? process.execPath;
  const bundle = options.bundle ?? path.join(ROOT, 'dist', action, 'index.js');
  const env: Record<string, string> = { ...baseEnv() };
  let args: string[];
  if (options.mode === 'cli') {
    args = [path.join(ROOT, 'bin', 'ml-actions.js'), action];
    for (const [name, value] of Object.entries(options.inputs)) args.push(`--${name}`, value);
    args.push('--output-dir', path.join(workDir, 'out'), ...(options.cliArgs ?? []));
  } else {
    args = [bundle];
    Object.assign(env, inputEnv(options.inputs));
    if (options.mode === 'github') {
      Object.assign(env, {
        GITHUB_ACTIONS: 'true',
        GITHUB_OUTPUT: path.join(workDir, 'github_output'),
        GITHUB_STEP_SUMMARY: path.join(workDir, 'step_summary.md'),
        GITHUB_ENV: path.join(workDir, 'github_env'),
        GITHUB_STATE: path.join(workDir, 'github_state'),
        RUNNER_TEMP: workDir,
      });
      // The runner creates these files before a step starts; @actions/core appends to them.
      for (const file of ['github_output', 'step_summary.md', 'github_env', 'github_state'])
        writeFileSync(path.join(workDir, file), '');
    } else {
      Object.assign(env, { TF_BUILD: 'True', AGENT_TEMPDIRECTORY: workDir });
    }
  }
  for (const [key, value] of Object.entries(options.env ?? {})) {
    if (value === undefined) delete env[key];
    else env[key] = value;
  }
  const { code, stdout, stderr } = await spawnCollect(node, args, {
    cwd: options.cwd ?? ROOT,
    env,
    timeoutMs: options.timeoutMs ?? 120_000,
  });
  const read = (file: string) => (existsSync(file) ? readFileSync(file, 'utf8') : '');
  let outputs: Record<string, string>;
  let summary: string;
  if (options.mode === 'github') {
    outputs = parseGitHubFile(read(path.join(workDir, 'github_output')));
    summary = read(path.join(workDir, 'step_summary.md'));
  } else if (options.mode === 'azure') {
    outputs = parseAzureOutputs(stdout);
    const summaryFile = /^##vso\[task\.uploadsummary\](.*)$/m.exec(stdout)?.[1];
    summary = summaryFile ? read(unescapeAzure(summaryFile)) : '';
  } else {
    outputs = parseCliOutputs(workDir);
    summary = read(path.join(workDir, 'out', 'summary.md'));
  }
  return { code, stdout, stderr, outputs, summary, workDir };
}

export function removeWorkDir(result: BundleResult): void {
  rmSync(result.workDir, { recursive: true, force: true });
}

export function spawnCollect(
  command: string,
  args: readonly string[],
  options: { cwd?: string; env?: NodeJS.ProcessEnv; timeoutMs?: number; input?: string },
): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: options.cwd, env: options.env, stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 120_000);
    child.on('error', reject);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ code: code ?? (signal ? 128 : 1), stdout, stderr });
    });
    child.stdin.end(options.input ?? '');
  });
}
