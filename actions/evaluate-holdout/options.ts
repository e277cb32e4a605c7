import type { Task } from './metric-catalog.js';
import type { PayloadFormat } from './payload-formats.js';

/** Where predictions come from: exactly one of the four. */
export type PredictionSource =
  | { readonly kind: 'predictions'; readonly path: string }
  | { readonly kind: 'command'; readonly command: string }
  | {
      readonly kind: 'image';
      readonly image: string;
      readonly containerPort: number;
      readonly healthPath: string;
      readonly startupTimeoutMs: number;
      readonly env: Readonly<Record<string, string>>;
    }
  | { readonly kind: 'endpoint'; readonly url: string };

export interface HttpOptions {
  readonly format: PayloadFormat;
  /** Path of the predict route on the image (the endpoint URL is used as given). */
  readonly predictPath: string;
  readonly batchSize: number;
  readonly concurrency: number;
  readonly retries: number;
  readonly timeoutMs: number;
  readonly headers: Readonly<Record<string, string>>;
}

/** Every input of the action, parsed once by main.ts. */
export interface EvaluateOptions {
  readonly holdout: string;
  readonly targetColumn: string;
  readonly idColumn?: string;
  readonly featureColumns: readonly string[];
  readonly ignoreColumns: readonly string[];
  readonly task?: Task;
  readonly positiveLabel?: string;
  readonly decisionThreshold: number;
  readonly source: PredictionSource;
  readonly predictionColumn: string;
  readonly predictionColumnGiven: boolean;
  readonly scoreColumns: readonly string[];
  readonly http: HttpOptions;
  readonly metrics: readonly string[];
  readonly gates: readonly string[];
  readonly baseline?: string;
  readonly maxRegression: readonly string[];
  readonly bootstrap: number;
  readonly confidenceLevel: number;
  readonly seed: number;
  readonly sliceColumns: readonly string[];
  readonly minSliceSize: number;
  readonly reportDir: string;
}
