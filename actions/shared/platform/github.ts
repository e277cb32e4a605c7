import * as core from '@actions/core';
import { loadArtifactUploader } from './artifact-loader.js';
import { inputFromEnv } from './env-inputs.js';
import type { Annotation, ArtifactResult, Platform } from './types.js';

/** Annotation properties without undefined keys (core prints `::error ::` for an empty-valued set). */
function properties(annotation?: Annotation): core.AnnotationProperties {
  const all: core.AnnotationProperties = {
    title: annotation?.title,
    file: annotation?.file,
    startLine: annotation?.line,
    startColumn: annotation?.column,
  };
  return Object.fromEntries(Object.entries(all).filter(([, value]) => value !== undefined));
}

/**
 * GitHub Actions backend over @actions/core and @actions/artifact (loaded on
 * demand, see artifact-loader.ts). Inputs are
 * read like core.getInput (plus the `_` spelling of dashed names), outputs go
 * to GITHUB_OUTPUT, annotations carry file and line.
 */
export class GitHubPlatform implements Platform {
  readonly kind = 'github' as const;

  constructor(private readonly env: NodeJS.ProcessEnv = process.env) {}

  rawInput(name: string): string | undefined {
    return inputFromEnv(this.env, name);
  }
  setOutput(name: string, value: string, options: { secret?: boolean } = {}): void {
    if (options.secret) core.setSecret(value);
    core.setOutput(name, value);
  }
  setSecret(value: string): void {
    core.setSecret(value);
  }
  debug(message: string): void {
    core.debug(message);
  }
  info(message: string): void {
    core.info(message);
  }
  notice(message: string, annotation?: Annotation): void {
    core.notice(message, properties(annotation));
  }
  warning(message: string, annotation?: Annotation): void {
    core.warning(message, properties(annotation));
  }
  error(message: string, annotation?: Annotation): void {
    core.error(message, properties(annotation));
  }
  group<T>(name: string, fn: () => Promise<T>): Promise<T> {
    return core.group(name, fn);
  }

  async writeSummary(markdown: string): Promise<void> {
    if (!this.env.GITHUB_STEP_SUMMARY) {
      core.info('GITHUB_STEP_SUMMARY is not set: the summary is in the report folder only.');
      return;
    }
    await core.summary.addRaw(markdown, true).write();
  }

  async uploadArtifact(name: string, files: readonly string[], rootDirectory: string): Promise<ArtifactResult> {
    // The artifact service exists only inside a real runner job; elsewhere say where the files are.
    if (!this.env.ACTIONS_RUNTIME_TOKEN || !this.env.ACTIONS_RESULTS_URL) {
      const reason = 'the runner provides no artifact service (ACTIONS_RUNTIME_TOKEN/ACTIONS_RESULTS_URL unset)';
      core.notice(`Artifact '${name}' not uploaded: ${reason}. The files are in ${rootDirectory}.`);
      return { uploaded: false, name, reason, localPath: rootDirectory };
    }
    try {
      const uploader = await loadArtifactUploader();
      if (!uploader) throw new Error('the artifact upload bundle (dist/artifact-upload/index.js) is missing');
      const { id } = await uploader.uploadArtifact(name, files, rootDirectory);
      core.info(`Uploaded artifact '${name}'${id === undefined ? '' : ` (id ${id})`}.`);
      return { uploaded: true, name, id: id === undefined ? undefined : String(id) };
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      core.warning(`Artifact '${name}' could not be uploaded: ${reason}. The files are in ${rootDirectory}.`);
      return { uploaded: false, name, reason, localPath: rootDirectory };
    }
  }

  setFailed(message: string, annotation?: Annotation): void {
    core.error(message, properties(annotation));
    process.exitCode = 1;
  }

  async finish(): Promise<void> {}
}
