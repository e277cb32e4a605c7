import type { SourceLocation } from '../errors.js';

/** Where a message points: a file, line and column the CI shows as an annotation. */
export interface Annotation extends SourceLocation {
  readonly title?: string;
}

/**
 * What the logic of an action may use to talk to a person. Logic receives a
 * Logger and never imports a CI library, so tests can pass a recording one.
 */
export interface Logger {
  debug(message: string): void;
  info(message: string): void;
  notice(message: string, annotation?: Annotation): void;
  warning(message: string, annotation?: Annotation): void;
  error(message: string, annotation?: Annotation): void;
  group<T>(name: string, fn: () => Promise<T>): Promise<T>;
}

export type PlatformKind = 'github' | 'azure' | 'local';

/** An artifact upload that the platform could not make; never an error. */
export type ArtifactResult =
  | { readonly uploaded: true; readonly name: string; readonly id?: string }
  | { readonly uploaded: false; readonly name: string; readonly reason: string; readonly localPath: string };

/**
 * The one interface the glue of every action talks to. Three backends
 * implement it: GitHub Actions, Azure Pipelines and the local CLI.
 */
export interface Platform extends Logger {
  readonly kind: PlatformKind;
  /** The raw input value, or undefined when it was not given (empty counts as not given). */
  rawInput(name: string): string | undefined;
  setOutput(name: string, value: string, options?: { secret?: boolean }): void;
  /** Registers a value that must never be shown in logs. */
  setSecret(value: string): void;
  /** Appends markdown to the job summary. */
  writeSummary(markdown: string): Promise<void>;
  /** Uploads files as one artifact; a missing artifact service yields `uploaded: false`, never a failure. */
  uploadArtifact(name: string, files: readonly string[], rootDirectory: string): Promise<ArtifactResult>;
  /** Marks the step failed with a message; the process exit code follows. */
  setFailed(message: string, annotation?: Annotation): void;
  /** Called once when the action ends, to flush what the backend buffers. */
  finish(): Promise<void>;
}
