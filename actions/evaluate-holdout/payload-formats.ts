/**
 * The request and response shapes of the model servers evaluate-holdout
 * speaks: MLflow's scoring protocol (`dataframe_split`), KServe's v1
 * (`instances`) and v2 / Open Inference Protocol (`inputs` tensors), and a
 * plain JSON array of row objects (`records`).
 */

export type PayloadFormat = 'mlflow' | 'kserve-v1' | 'kserve-v2' | 'records';

export const PAYLOAD_FORMATS: readonly PayloadFormat[] = ['mlflow', 'kserve-v1', 'kserve-v2', 'records'];

export type Cell = number | string | null;

/** A batch of feature rows, column-ordered as `columns`. */
export interface FeatureBatch {
  readonly columns: readonly string[];
  readonly rows: readonly (readonly Cell[])[];
}

/** What a server said about one row: a label or value, probabilities, or both. */
export interface DecodedRow {
  readonly label?: string | number | boolean | null;
  /** By position (class order = sorted classes) or by class name. */
  readonly proba?: readonly number[] | Readonly<Record<string, number>>;
}

/** The default predict route for a format (`{model}` is the model name). */
export function defaultPredictPath(format: PayloadFormat, model: string): string {
  switch (format) {
    case 'mlflow':
      return '/invocations';
    case 'kserve-v1':
      return `/v1/models/${model}:predict`;
    case 'kserve-v2':
      return `/v2/models/${model}/infer`;
    case 'records':
      return '/predict';
  }
}

function isNumericColumn(batch: FeatureBatch, c: number): boolean {
  return batch.rows.every((row) => typeof row[c] === 'number' || row[c] === null);
}

/** The JSON body for one batch. */
export function encodeRequest(format: PayloadFormat, batch: FeatureBatch): unknown {
  switch (format) {
    case 'mlflow':
      return { dataframe_split: { columns: batch.columns, data: batch.rows } };
    case 'kserve-v1':
      return { instances: batch.rows };
    case 'records':
      return batch.rows.map((row) => Object.fromEntries(batch.columns.map((name, c) => [name, row[c] ?? null])));
    case 'kserve-v2': {
      const n = batch.rows.length;
      const numeric = batch.columns.map((_, c) => isNumericColumn(batch, c));
      if (numeric.every(Boolean)) {
        return {
          inputs: [{ name: 'input-0', shape: [n, batch.columns.length], datatype: 'FP64', data: batch.rows.flat() }],
        };
      }
      // Mixed types: one named tensor per column, as MLServer's pandas codec reads them.
      return {
        parameters: { content_type: 'pd' },
        inputs: batch.columns.map((name, c) => ({
          name,
          shape: [n],
          datatype: numeric[c] ? 'FP64' : 'BYTES',
          data: batch.rows.map((row) => row[c] ?? null),
        })),
      };
    }
  }
}

/** Why a response could not be read; the caller names the batch. */
export class MalformedResponse extends Error {}

const LABEL_KEYS = ['prediction', 'predictions', 'label', 'predicted_label', 'predict', 'value', 'output'];
const PROBA_KEYS = ['probabilities', 'probability', 'proba', 'predict_proba', 'scores'];

function isNumberArray(value: unknown): value is number[] {
  return Array.isArray(value) && value.every((v) => typeof v === 'number');
}

/** One prediction element: a scalar, a probability vector, or an object with label and/or probabilities. */
export function decodeElement(element: unknown): DecodedRow {
  if (element === null || ['number', 'string', 'boolean'].includes(typeof element)) {
    return { label: element as string | number | boolean | null };
  }
  if (isNumberArray(element)) {
    // A one-element list is a scalar wrapped by a tensor-shaped server ([[0.3], [0.9]]).
    return element.length === 1 ? { label: element[0] as number } : { proba: element };
  }
  if (typeof element === 'object' && !Array.isArray(element)) {
    const record = element as Record<string, unknown>;
    const out: { label?: string | number | boolean | null; proba?: number[] | Record<string, number> } = {};
    const labelKey = LABEL_KEYS.find((key) => key in record);
    if (labelKey) {
      const value = record[labelKey];
      if (value !== null && typeof value === 'object') throw new MalformedResponse(`'${labelKey}' is not a scalar`);
      out.label = value as string | number | boolean | null;
    }
    const probaKey = PROBA_KEYS.find((key) => key in record);
    const probaValue = probaKey ? record[probaKey] : undefined;
    if (isNumberArray(probaValue)) out.proba = probaValue;
    else if (probaValue && typeof probaValue === 'object') out.proba = numberRecord(probaValue, probaKey as string);
    else {
      const prefixed = Object.entries(record).filter(([key]) => key.startsWith('proba_'));
      if (prefixed.length)
        out.proba = numberRecord(Object.fromEntries(prefixed.map(([k, v]) => [k.slice(6), v])), 'proba_*');
    }
    if (out.label === undefined && out.proba === undefined) {
      throw new MalformedResponse(`an element has none of the keys ${[...LABEL_KEYS, ...PROBA_KEYS].join(', ')}`);
    }
    return out;
  }
  throw new MalformedResponse(
    `an element is ${Array.isArray(element) ? 'a list that is not all numbers' : typeof element}`,
  );
}

function numberRecord(value: object, key: string): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [name, p] of Object.entries(value)) {
    if (typeof p !== 'number') throw new MalformedResponse(`'${key}' holds a non-number for '${name}'`);
    out[name] = p;
  }
  return out;
}

function listOf(body: unknown, key: string, format: string): unknown[] {
  if (Array.isArray(body)) return body;
  const value = body !== null && typeof body === 'object' ? (body as Record<string, unknown>)[key] : undefined;
  if (!Array.isArray(value)) throw new MalformedResponse(`a ${format} response needs a '${key}' list`);
  return value;
}

interface V2Tensor {
  name?: unknown;
  shape?: unknown;
  data?: unknown;
}

/** Open Inference Protocol outputs: a [n, k] tensor is probabilities, a [n] or [n, 1] tensor labels/values. */
function decodeV2(body: unknown, rows: number): DecodedRow[] {
  const outputs = (body as { outputs?: unknown } | null)?.outputs;
  if (!Array.isArray(outputs) || outputs.length === 0)
    throw new MalformedResponse("a kserve-v2 response needs an 'outputs' list");
  let labels: unknown[] | undefined;
  let proba: number[][] | undefined;
  for (const tensor of outputs as V2Tensor[]) {
    const shape = tensor.shape;
    const data = tensor.data;
    if (!isNumberArray(shape) || !Array.isArray(data))
      throw new MalformedResponse('an output tensor lacks shape or data');
    const width = shape.length > 1 ? shape.slice(1).reduce((a, b) => a * b, 1) : 1;
    if (shape[0] !== rows || data.length !== rows * width) {
      throw new MalformedResponse(
        `output '${String(tensor.name)}' has shape [${shape.join(', ')}] and ${data.length} values for ${rows} rows`,
      );
    }
    const name = String(tensor.name ?? '').toLowerCase();
    if (width > 1 || /prob/.test(name)) {
      if (!isNumberArray(data)) throw new MalformedResponse(`output '${String(tensor.name)}' holds non-numbers`);
      proba ??= Array.from({ length: rows }, (_, i) => data.slice(i * width, (i + 1) * width));
    } else {
      labels ??= data;
    }
  }
  return Array.from({ length: rows }, (_, i) => {
    const row: { label?: string | number | boolean | null; proba?: number[] } = {};
    if (labels) row.label = labels[i] as string | number | boolean | null;
    if (proba) row.proba = (proba[i] as number[]).length === 1 ? undefined : proba[i];
    if (proba && (proba[i] as number[]).length === 1 && !labels) row.label = (proba[i] as number[])[0] as number;
    return row;
  });
}

/** Reads one response body into exactly `rows` decoded rows, or throws MalformedResponse. */
export function decodeResponse(format: PayloadFormat, body: unknown, rows: number): DecodedRow[] {
  const decoded =
    format === 'kserve-v2'
      ? decodeV2(body, rows)
      : listOf(body, 'predictions', format).map((element) => decodeElement(element));
  if (decoded.length !== rows) throw new MalformedResponse(`it has ${decoded.length} predictions for ${rows} rows`);
  return decoded;
}
