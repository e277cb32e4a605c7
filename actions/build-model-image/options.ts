import type { CiContext } from './ci-context.js';
import type { ImageRepository } from './image-reference.js';
import type { RegistryCredentials } from './registry-client.js';
import type { TemplateName } from './templates.js';

/** Everything the action does, decided once by the glue from its inputs. */
export interface BuildModelImageOptions {
  /** Absolute build context folder. */
  readonly context: string;
  /** Absolute Dockerfile path; undefined means `<context>/Dockerfile`, or the template's. */
  readonly dockerfile?: string;
  readonly template?: TemplateName;
  readonly baseImage?: string;
  /** Absolute path of the model file or folder. */
  readonly modelPath?: string;
  /** Absolute path of the requirements file for a template. */
  readonly requirements?: string;
  readonly image: ImageRepository;
  /** Tags to publish (the content-hash tag is added on top). */
  readonly tags: readonly string[];
  readonly labels: Readonly<Record<string, string>>;
  readonly buildArgs: Readonly<Record<string, string>>;
  readonly target?: string;
  readonly platform?: string;
  readonly push: boolean;
  /** Registry the credentials are for (default: the image's registry). */
  readonly registry: string;
  readonly credentials?: RegistryCredentials;
  readonly metrics: Readonly<Record<string, number>>;
  /** Absolute paths of training data files to hash for lineage. */
  readonly dataFiles: readonly string[];
  readonly skipIfExists: boolean;
  readonly noCache: boolean;
  readonly dockerHost?: string;
  readonly modelVersion?: string;
  readonly licenses?: string;
  readonly description?: string;
  readonly ci: CiContext;
  /** Values that must never appear in the image (history, labels); checked before the push. */
  readonly secrets: readonly string[];
  /** Absolute folders never sent in the context (the action's own report folder): they change on every run. */
  readonly excludeFromContext?: readonly string[];
  /** Workspace folder, for paths shown to people. */
  readonly cwd: string;
  /** Push attempts on transient registry errors, and the first backoff. */
  readonly pushAttempts: number;
  readonly pushBackoffMs: number;
}
