import { workingPath } from '../working-path.js';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { azureCommand, azureVariableName, escapeAzureData } from './escape.js';
import { inputFromEnv } from './env-inputs.js';
import { Masker } from './masker.js';
import type { Annotation, ArtifactResult, Platform } from './types.js';

function issueProperties(
  type: 'error' | 'warning',
  annotation?: Annotation,
): Record<string, string | number | undefined> {
  return {
    type,
    sourcepath: annotation?.file,
    linenumber: annotation?.line,
    columnnumber: annotation?.column,
  };
}

/**
 * Azure Pipelines backend, selected by `TF_BUILD=True`. Everything goes
 * through `##vso[...]` logging commands on stdout; output variables are set
 * with `isOutput=true` so later jobs and stages read them as
 * `<step name>.<output>` (dashes become underscores, as Azure variable names
 * allow only letters, digits, `.` and `_`).
 */
export class AzurePlatform implements Platform {
  readonly kind = 'azure' as const;
  private readonly masker = new Masker();

  constructor(
    private readonly env: NodeJS.ProcessEnv = process.env,
    private readonly write: (line: string) => void = (line) => process.stdout.write(`${line}\n`),
  ) {}

  private print(line: string): void {
    this.write(this.masker.mask(line));
  }

  rawInput(name: string): string | undefined {
    return inputFromEnv(this.env, name);
  }

  setOutput(name: string, value: string, options: { secret?: boolean } = {}): void {
    if (options.secret) this.setSecret(value);
    // Written unmasked on purpose: the agent needs the value; it masks secrets itself.
    this.write(
      azureCommand(
        'task.setvariable',
        { variable: azureVariableName(name), isOutput: true, issecret: options.secret ? true : undefined },
        value,
      ),
    );
  }

  setSecret(value: string): void {
    this.write(azureCommand('task.setsecret', {}, value));
    this.masker.add(value);
  }

  debug(message: string): void {
    this.print(`##[debug]${escapeAzureData(message)}`);
  }
  info(message: string): void {
    this.print(message);
  }
  notice(message: string): void {
    this.print(`##[section]${escapeAzureData(message)}`);
  }
  warning(message: string, annotation?: Annotation): void {
    this.print(azureCommand('task.logissue', issueProperties('warning', annotation), message));
  }
  error(message: string, annotation?: Annotation): void {
    this.print(azureCommand('task.logissue', issueProperties('error', annotation), message));
  }

  async group<T>(name: string, fn: () => Promise<T>): Promise<T> {
    this.print(`##[group]${escapeAzureData(name)}`);
    try {
      return await fn();
    } finally {
      this.print('##[endgroup]');
    }
  }

  async writeSummary(markdown: string): Promise<void> {
    const directory = this.env.AGENT_TEMPDIRECTORY ?? this.env.RUNNER_TEMP ?? workingPath('.ml-actions');
    await mkdir(directory, { recursive: true });
    const file = path.join(directory, `ml-actions-summary-${process.pid}-${Date.now()}.md`);
    await writeFile(file, this.masker.mask(markdown));
    this.print(azureCommand('task.uploadsummary', {}, file));
  }

  async uploadArtifact(name: string, files: readonly string[], rootDirectory: string): Promise<ArtifactResult> {
    // The agent uploads a folder when the command names one; the files already sit under it.
    void files;
    this.print(azureCommand('artifact.upload', { containerfolder: name, artifactname: name }, rootDirectory));
    return { uploaded: true, name };
  }

  setFailed(message: string, annotation?: Annotation): void {
    this.error(message, annotation);
    this.print(azureCommand('task.complete', { result: 'Failed' }, message));
    process.exitCode = 1;
  }

  async finish(): Promise<void> {}
}
