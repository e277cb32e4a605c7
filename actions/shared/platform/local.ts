import { copyFile, mkdir, writeFile, appendFile } from 'node:fs/promises';
import path from 'node:path';
import type { Annotation, ArtifactResult, Platform } from './types.js';
import { Masker } from './masker.js';

export interface LocalOptions {
  readonly inputs: Readonly<Record<string, string>>;
  /** Where summary.md, outputs.json and artifacts land. */
  readonly outputDirectory: string;
  readonly json: boolean;
  readonly write?: (line: string) => void;
  readonly writeError?: (line: string) => void;
}

function where(annotation?: Annotation): string {
  if (!annotation?.file) return '';
  const line =
    annotation.line === undefined
      ? ''
      : `:${annotation.line}${annotation.column === undefined ? '' : `:${annotation.column}`}`;
  return `${annotation.file}${line}: `;
}

/**
 * The laptop backend used by `ml-actions <action>`: readable logs, outputs
 * printed at the end as `name=value` (or one JSON object), and summary and
 * artifacts written into an output folder.
 */
export class LocalPlatform implements Platform {
  readonly kind = 'local' as const;
  private readonly masker = new Masker();
  private readonly outputs: Record<string, string> = {};
  private readonly secretOutputs = new Set<string>();
  private readonly write: (line: string) => void;
  private readonly writeError: (line: string) => void;
  private depth = 0;

  constructor(private readonly options: LocalOptions) {
    this.write = options.write ?? ((line) => process.stdout.write(`${line}\n`));
    this.writeError = options.writeError ?? ((line) => process.stderr.write(`${line}\n`));
  }

  rawInput(name: string): string | undefined {
    const value = this.options.inputs[name];
    return value === undefined || value.trim() === '' ? undefined : value;
  }

  setOutput(name: string, value: string, options: { secret?: boolean } = {}): void {
    if (options.secret) {
      this.setSecret(value);
      this.secretOutputs.add(name);
    }
    this.outputs[name] = value;
  }

  setSecret(value: string): void {
    this.masker.add(value);
  }

  private log(line: string, toError = false): void {
    const text = this.masker.mask(`${'  '.repeat(this.depth)}${line}`);
    // Logs go to stderr with --json so stdout stays one parseable document.
    if (toError || this.options.json) this.writeError(text);
    else this.write(text);
  }

  debug(message: string): void {
    if (process.env.RUNNER_DEBUG === '1' || process.env.ML_ACTIONS_DEBUG === '1') this.log(`debug: ${message}`);
  }
  info(message: string): void {
    this.log(message);
  }
  notice(message: string, annotation?: Annotation): void {
    this.log(`notice: ${where(annotation)}${message}`);
  }
  warning(message: string, annotation?: Annotation): void {
    this.log(`warning: ${where(annotation)}${message}`, true);
  }
  error(message: string, annotation?: Annotation): void {
    this.log(`error: ${where(annotation)}${message}`, true);
  }

  async group<T>(name: string, fn: () => Promise<T>): Promise<T> {
    this.log(`▸ ${name}`);
    this.depth += 1;
    try {
      return await fn();
    } finally {
      this.depth -= 1;
    }
  }

  async writeSummary(markdown: string): Promise<void> {
    await mkdir(this.options.outputDirectory, { recursive: true });
    await appendFile(path.join(this.options.outputDirectory, 'summary.md'), this.masker.mask(markdown));
  }

  async uploadArtifact(name: string, files: readonly string[], rootDirectory: string): Promise<ArtifactResult> {
    const target = path.join(this.options.outputDirectory, 'artifacts', name);
    for (const file of files) {
      const destination = path.join(target, path.relative(rootDirectory, file));
      await mkdir(path.dirname(destination), { recursive: true });
      await copyFile(file, destination);
    }
    this.info(`Artifact '${name}' written to ${target}`);
    return { uploaded: false, name, reason: 'local run: files copied to the output folder', localPath: target };
  }

  setFailed(message: string, annotation?: Annotation): void {
    this.error(message, annotation);
    process.exitCode = 1;
  }

  async finish(): Promise<void> {
    const shown: Record<string, string> = {};
    for (const [name, value] of Object.entries(this.outputs))
      shown[name] = this.secretOutputs.has(name) ? '***' : value;
    await mkdir(this.options.outputDirectory, { recursive: true });
    await writeFile(path.join(this.options.outputDirectory, 'outputs.json'), `${JSON.stringify(shown, null, 2)}\n`);
    if (this.options.json) {
      this.write(JSON.stringify(shown));
      return;
    }
    for (const [name, value] of Object.entries(shown)) this.write(`${name}=${value}`);
  }
}
