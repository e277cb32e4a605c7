/** The one typed options object main.ts builds from the inputs; everything below takes it. */
export type Strategy = 'rolling' | 'canary' | 'blue-green';
export type DeployAction = 'deploy' | 'promote' | 'reject';
export type DeployStatus = 'deployed' | 'rolled-back' | 'failed' | 'promoted' | 'rejected' | 'dry-run';

export type ClusterAccess =
  | { readonly kind: 'aks'; readonly resourceGroup: string; readonly clusterName: string; readonly admin: boolean }
  | { readonly kind: 'kubeconfig'; readonly content: string }
  | { readonly kind: 'existing'; readonly path: string }
  | { readonly kind: 'none' };

export interface GeneratedSpec {
  readonly appName: string;
  readonly port: number;
  readonly servicePort: number;
  readonly replicas: number;
  readonly cpuRequest: string;
  readonly memoryRequest: string;
  readonly cpuLimit?: string;
  readonly memoryLimit?: string;
  readonly healthPath?: string;
  readonly env: readonly { readonly name: string; readonly value: string }[];
  readonly autoscale?: { readonly min: number; readonly max: number; readonly cpu: number };
  /** minAvailable of the PodDisruptionBudget; undefined for none. */
  readonly pdbMinAvailable?: string | number;
}

export interface SmokeExpectation {
  readonly status: number;
  /** A dotted JSON path such as `$.prediction` or `$.items[0].score`. */
  readonly jsonPath?: string;
  readonly op?: 'exists' | '==' | '!=';
  readonly value?: string;
}

export interface SmokeTestOptions {
  readonly path: string;
  readonly payload?: string;
  readonly expect: SmokeExpectation;
  readonly retries: number;
  readonly retryDelayMs: number;
}

export interface Lineage {
  readonly commit?: string;
  readonly runUrl?: string;
  readonly modelHash?: string;
  readonly metrics?: Readonly<Record<string, string>>;
}

export interface DeployOptions {
  readonly access: ClusterAccess;
  readonly context?: string;
  readonly image?: string;
  readonly namespace: string;
  readonly createNamespace: boolean;
  /** Files, folders or globs; empty means generated manifests. */
  readonly manifests: readonly string[];
  /** Container names whose image is replaced (instead of matching the repository). */
  readonly containers: readonly string[];
  readonly appName?: string;
  readonly generated?: GeneratedSpec;
  readonly strategy: Strategy;
  readonly action: DeployAction;
  readonly canaryPercentage: number;
  readonly canaryReplicas?: number;
  readonly smokeTest?: SmokeTestOptions;
  readonly timeoutMs: number;
  readonly rollbackOnFailure: boolean;
  readonly annotations: Readonly<Record<string, string>>;
  readonly lineage: Lineage;
  readonly dryRun: boolean;
  readonly fieldManager: string;
  readonly reportDir: string;
  /** Where relative manifest paths and globs are resolved. */
  readonly workDir: string;
  /** Kubernetes API client tuning (tests shorten these). */
  readonly api?: { readonly retries?: number; readonly retryDelayMs?: number; readonly requestTimeoutMs?: number };
}
