import { randomUUID } from 'node:crypto';
import { appendFileSync } from 'node:fs';
import { EOL } from 'node:os';
import { loadArtifactUploader } from './artifact-loader.js';
import { inputFromEnv } from './env-inputs.js';
import { githubCommand } from './escape.js';
import type { Annotation, ArtifactResult, Platform } from './types.js';

/** An annotation's properties as the runner reads them (undefined ones are left out). */
function properties(annotation?: Annotation): Record<string, string | number | undefined> {
  return { title: annotation?.title, file: annotation?.file, line: annotation?.line, col: annotation?.column };
}

/** Writes one line of the step's log. */
function log(line: string): void {
  process.stdout.write(`${line}${EOL}`);
}

/**
 * GitHub Actions backend: workflow commands and the runner's files
 * (GITHUB_OUTPUT, GITHUB_STEP_SUMMARY), written as @actions/core writes them
 * but without loading it (with its HTTP client it is most of a bundle and
 * 50 ms of every start); @actions/artifact is loaded on demand (see
 * artifact-loader.ts). Inputs are read like core.getInput (plus the `_`
 * spelling of dashed names), annotations carry file and line.
 */
export class GitHubPlatform implements Platform {
  readonly kind = 'github' as const;

  constructor(private readonly env: NodeJS.ProcessEnv = process.env) {}

  rawInput(name: string): string | undefined {
    return inputFromEnv(this.env, name);
  }
  setOutput(name: string, value: string, options: { secret?: boolean } = {}): void {
    if (options.secret) this.setSecret(value);
    const file = this.env.GITHUB_OUTPUT;
    if (!file) {
      // An old runner without the file: the deprecated command.
      log('');
      log(githubCommand('set-output', { name }, value));
      return;
    }
    // A multi-line value between delimiters no value can contain (as core.setOutput writes it).
    const delimiter = `ghadelimiter_${randomUUID()}`;
    appendFileSync(file, `${name}<<${delimiter}${EOL}${value}${EOL}${delimiter}${EOL}`, 'utf8');
  }
  setSecret(value: string): void {
    log(githubCommand('add-mask', {}, value));
  }
  debug(message: string): void {
    log(githubCommand('debug', {}, message));
  }
  info(message: string): void {
    log(message);
  }
  notice(message: string, annotation?: Annotation): void {
    log(githubCommand('notice', properties(annotation), message));
  }
  warning(message: string, annotation?: Annotation): void {
    log(githubCommand('warning', properties(annotation), message));
  }
  error(message: string, annotation?: Annotation): void {
    log(githubCommand('error', properties(annotation), message));
  }
  async group<T>(name: string, fn: () => Promise<T>): Promise<T> {
    log(githubCommand('group', {}, name));
    try {
      return await fn();
    } finally {
      log(githubCommand('endgroup', {}));
    }
  }

  async writeSummary(markdown: string): Promise<void> {
    const file = this.env.GITHUB_STEP_SUMMARY;
    if (!file) {
      this.info('GITHUB_STEP_SUMMARY is not set: the summary is in the report folder only.');
      return;
    }
    appendFileSync(file, `${markdown}${EOL}`, 'utf8');
  }

  async uploadArtifact(name: string, files: readonly string[], rootDirectory: string): Promise<ArtifactResult> {
    // The artifact service exists only inside a real runner job; elsewhere say where the files are.
    if (!this.env.ACTIONS_RUNTIME_TOKEN || !this.env.ACTIONS_RESULTS_URL) {
      const reason = 'the runner provides no artifact service (ACTIONS_RUNTIME_TOKEN/ACTIONS_RESULTS_URL unset)';
      this.notice(`Artifact '${name}' not uploaded: ${reason}. The files are in ${rootDirectory}.`);
      return { uploaded: false, name, reason, localPath: rootDirectory };
    }
    try {
      const uploader = await loadArtifactUploader();
      if (!uploader) throw new Error('the artifact upload bundle (dist/artifact-upload/index.js) is missing');
      const { id } = await uploader.uploadArtifact(name, files, rootDirectory);
      this.info(`Uploaded artifact '${name}'${id === undefined ? '' : ` (id ${id})`}.`);
      return { uploaded: true, name, id: id === undefined ? undefined : String(id) };
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      this.warning(`Artifact '${name}' could not be uploaded: ${reason}. The files are in ${rootDirectory}.`);
      return { uploaded: false, name, reason, localPath: rootDirectory };
    }
  }

  setFailed(message: string, annotation?: Annotation): void {
    this.error(message, annotation);
    process.exitCode = 1;
  }

  async finish(): Promise<void> {}
}
