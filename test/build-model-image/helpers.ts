import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Annotation, Logger } from '../../actions/shared/platform/types.js';
import type { BuildModelImageOptions } from '../../actions/build-model-image/options.js';
import { parseRepository } from '../../actions/build-model-image/image-reference.js';

/** A logger that keeps every line, for assertions (and secret checks) on what the user would see. */
export class RecordingLogger implements Logger {
  readonly lines: string[] = [];
  readonly warnings: string[] = [];
  debug(message: string): void {
    this.lines.push(`debug: ${message}`);
  }
  info(message: string): void {
    this.lines.push(message);
  }
  notice(message: string, _annotation?: Annotation): void {
    this.lines.push(`notice: ${message}`);
  }
  warning(message: string, _annotation?: Annotation): void {
    this.warnings.push(message);
    this.lines.push(`warning: ${message}`);
  }
  error(message: string, _annotation?: Annotation): void {
    this.lines.push(`error: ${message}`);
  }
  async group<T>(name: string, fn: () => Promise<T>): Promise<T> {
    this.lines.push(`group: ${name}`);
    return fn();
  }
  text(): string {
    return this.lines.join('\n');
  }
}

export function tempDir(prefix: string): string {
  return mkdtempSync(path.join(tmpdir(), `ml-actions-${prefix}-`));
}

/** Writes files (name → content) under a new temp folder and returns it. */
export function writeTree(files: Record<string, string | Buffer>, prefix = 'ctx'): string {
  const root = tempDir(prefix);
  for (const [name, content] of Object.entries(files)) {
    const file = path.join(root, name);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, content);
  }
  return root;
}

/** Options with sensible test defaults; override what the test is about. */
export function testOptions(
  overrides: Partial<Omit<BuildModelImageOptions, 'image'>> & { context: string; image: string },
): BuildModelImageOptions {
  const { image, ...rest } = overrides;
  const repository = parseRepository(image);
  return {
    tags: ['t1'],
    labels: {},
    buildArgs: {},
    push: true,
    registry: repository.registry,
    metrics: {},
    dataFiles: [],
    skipIfExists: true,
    noCache: false,
    ci: { sha: 'f'.repeat(40), branch: 'main', repositoryUrl: 'https://github.com/example/churn' },
    secrets: [],
    cwd: overrides.context,
    pushAttempts: 2,
    pushBackoffMs: 100,
    ...rest,
    image: repository,
  };
}

/** A unique repository path per test run, so reruns against a kept registry start clean. */
export function uniqueRepo(registry: string, name: string): string {
  return `${registry}/test-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 6)}/${name}`;
}

/** A throwaway distribution registry on a loopback port, for tests that stop it. */
export async function startRegistry(
  port: number,
): Promise<{ address: string; process: ChildProcess; stop: () => Promise<void> }> {
  const dir = tempDir('registry');
  const config = path.join(dir, 'config.yml');
  writeFileSync(
    config,
    `version: 0.1\nlog: { level: error }\nstorage:\n  filesystem: { rootdirectory: ${dir}/data }\nhttp:\n  addr: 127.0.0.1:${port}\n`,
  );
  const child = spawn('docker-registry', ['serve', config], { stdio: 'ignore' });
  const address = `127.0.0.1:${port}`;
  for (let i = 0; i < 100; i += 1) {
    const ok = await fetch(`http://${address}/v2/`, { signal: AbortSignal.timeout(500) })
      .then((r) => r.status === 200)
      .catch(() => false);
    if (ok) break;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  const stop = async (): Promise<void> => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill('SIGKILL');
    await new Promise((resolve) => child.once('exit', resolve));
  };
  return { address, process: child, stop };
}
