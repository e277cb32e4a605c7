/** What a run did, gathered as it goes: the content of report.json and summary.md. */
import type { Diagnosis } from './diagnose.js';
import type { Substitution } from './image-substitution.js';
import type { DeployAction, DeployStatus, Lineage, Strategy } from './options.js';
import type { ValidationEntry } from './render.js';
import type { RolloutProgress } from './rollout-watch.js';
import type { SmokeResult } from './smoke-test.js';

export const SCHEMA = 'ml-actions/deploy-to-aks/v1';

export interface Change {
  readonly kind: string;
  readonly name: string;
  readonly namespace?: string;
  readonly action: 'created' | 'configured' | 'unchanged' | 'deleted' | 'would create' | 'would configure';
}

export interface RolloutRecord {
  readonly deployment: string;
  readonly ok: boolean;
  readonly reason?: string;
  readonly message?: string;
  readonly revision: string;
  readonly progress: RolloutProgress;
  readonly durationMs: number;
}

export interface RollbackRecord {
  readonly kind: 'previous-template' | 'removed-created' | 'removed-canary' | 'removed-colour';
  readonly ok: boolean;
  readonly message: string;
  readonly image?: string;
  readonly revision?: string;
  readonly removed?: readonly string[];
}

export interface DeployRecord {
  schema: typeof SCHEMA;
  status: DeployStatus;
  strategy: Strategy;
  action: DeployAction;
  dryRun: boolean;
  namespace: string;
  cluster: { source: string; server?: string; version?: string };
  deployment?: string;
  image?: string;
  deployedImage?: string;
  previousImage?: string;
  revision?: string;
  previousRevision?: string;
  service?: { name: string; address?: string };
  manifestsPath?: string;
  diffPath?: string;
  changed: boolean;
  changes: Change[];
  substitutions: Substitution[];
  validation: ValidationEntry[];
  rollout?: RolloutRecord;
  smokeTest?: SmokeResult | { skipped: true; reason: string };
  canary?: { deployment: string; replicas: number; stableReplicas: number; sharePercent: number };
  blueGreen?: { activeColor: string; previousColor?: string };
  rollback?: RollbackRecord;
  diagnosis?: Diagnosis;
  lineage: Lineage;
  notes: string[];
  error?: string;
  startedAt: string;
  durationMs: number;
}

export function newRecord(
  init: Pick<DeployRecord, 'strategy' | 'action' | 'dryRun' | 'namespace' | 'lineage'> & { image?: string },
): DeployRecord {
  return {
    schema: SCHEMA,
    status: 'failed',
    ...init,
    cluster: { source: 'none' },
    changed: false,
    changes: [],
    substitutions: [],
    validation: [],
    notes: [],
    startedAt: new Date().toISOString(),
    durationMs: 0,
  };
}
