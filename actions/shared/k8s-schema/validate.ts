/**
 * Validates manifests against the Kubernetes OpenAPI schemas, using the
 * validators the `kubernetes-models` package generates from the upstream
 * OpenAPI spec (ajv standalone code: no schema compilation at run time).
 * Only the kinds below are bundled, to keep the action's bundle small; other
 * kinds are reported as not validated offline (the API server's own strict
 * field validation still checks them on a dry-run or real apply).
 */
import { validate as configMap } from 'kubernetes-models/_schemas/IoK8sApiCoreV1ConfigMap';
import { validate as namespace } from 'kubernetes-models/_schemas/IoK8sApiCoreV1Namespace';
import { validate as secret } from 'kubernetes-models/_schemas/IoK8sApiCoreV1Secret';
import { validate as service } from 'kubernetes-models/_schemas/IoK8sApiCoreV1Service';
import { validate as serviceAccount } from 'kubernetes-models/_schemas/IoK8sApiCoreV1ServiceAccount';
import { validate as deployment } from 'kubernetes-models/_schemas/IoK8sApiAppsV1Deployment';
import { validate as statefulSet } from 'kubernetes-models/_schemas/IoK8sApiAppsV1StatefulSet';
import { validate as hpa } from 'kubernetes-models/_schemas/IoK8sApiAutoscalingV2HorizontalPodAutoscaler';
import { validate as pdb } from 'kubernetes-models/_schemas/IoK8sApiPolicyV1PodDisruptionBudget';
import { validate as ingress } from 'kubernetes-models/_schemas/IoK8sApiNetworkingV1Ingress';
import { validate as networkPolicy } from 'kubernetes-models/_schemas/IoK8sApiNetworkingV1NetworkPolicy';

interface AjvError {
  readonly instancePath: string;
  readonly keyword: string;
  readonly params: Record<string, unknown>;
  readonly message?: string;
}
type Validator = ((data: unknown) => boolean) & { errors?: AjvError[] | null };

const VALIDATORS: Readonly<Record<string, Validator>> = {
  'v1/ConfigMap': configMap,
  'v1/Namespace': namespace,
  'v1/Secret': secret,
  'v1/Service': service,
  'v1/ServiceAccount': serviceAccount,
  'apps/v1/Deployment': deployment,
  'apps/v1/StatefulSet': statefulSet,
  'autoscaling/v2/HorizontalPodAutoscaler': hpa,
  'policy/v1/PodDisruptionBudget': pdb,
  'networking.k8s.io/v1/Ingress': ingress,
  'networking.k8s.io/v1/NetworkPolicy': networkPolicy,
};

export interface SchemaIssue {
  /** JSON pointer into the object, e.g. `/spec/replicas`. */
  readonly path: string;
  readonly message: string;
}

export interface SchemaResult {
  /** False when no schema is bundled for the kind. */
  readonly validated: boolean;
  readonly issues: readonly SchemaIssue[];
}

export function supportedKinds(): string[] {
  return Object.keys(VALIDATORS);
}

// RFC 1123 subdomain: what the API server requires of most object names.
const DNS_SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;
// RFC 1035 label: Service and Namespace names are stricter.
const DNS_LABEL = /^[a-z]([-a-z0-9]*[a-z0-9])?$/;

function describeIssue(error: AjvError): string {
  switch (error.keyword) {
    case 'type':
      return `must be ${String(error.params.type)}`;
    case 'required':
      return `missing required field '${String(error.params.missingProperty)}'`;
    case 'enum':
      return `must be one of ${JSON.stringify(error.params.allowedValues)}`;
    default:
      return error.message ?? error.keyword;
  }
}

/** Validates one object; `kind`/`apiVersion` select the schema. */
export function validateObject(object: unknown): SchemaResult {
  const typed = (object ?? {}) as { apiVersion?: unknown; kind?: unknown; metadata?: { name?: unknown } };
  const issues: SchemaIssue[] = [];
  if (typeof typed.apiVersion !== 'string' || typeof typed.kind !== 'string') {
    return { validated: true, issues: [{ path: '', message: 'every manifest needs apiVersion and kind' }] };
  }
  const name = typed.metadata?.name;
  if (typeof name !== 'string' || name === '')
    issues.push({ path: '/metadata/name', message: "missing required field 'name'" });
  else {
    const label = typed.kind === 'Service' || typed.kind === 'Namespace';
    const ok = label ? DNS_LABEL.test(name) && name.length <= 63 : DNS_SUBDOMAIN.test(name) && name.length <= 253;
    if (!ok)
      issues.push({
        path: '/metadata/name',
        message: `'${name}' is not a valid ${label ? 'RFC 1035 label' : 'RFC 1123 subdomain'} (lower case letters, digits and '-')`,
      });
  }
  const validator = VALIDATORS[`${typed.apiVersion}/${typed.kind}`];
  if (!validator) return { validated: false, issues };
  if (!validator(object)) {
    for (const error of validator.errors ?? [])
      issues.push({ path: error.instancePath || '/', message: describeIssue(error) });
  }
  return { validated: true, issues };
}
