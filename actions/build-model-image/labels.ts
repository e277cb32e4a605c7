import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { UserError } from '../shared/errors.js';
import type { CiContext } from './ci-context.js';

export interface LineageFacts {
  readonly ci: CiContext;
  readonly created: Date;
  /** Repository name for the title label. */
  readonly title: string;
  readonly version?: string;
  readonly licenses?: string;
  readonly description?: string;
  readonly model?: { readonly path: string; readonly sha256: string; readonly bytes: number };
  readonly data: readonly { readonly path: string; readonly sha256: string; readonly bytes: number }[];
  /** Combined hash of all data files (sha256 over their sorted path/hash lines). */
  readonly dataSha256?: string;
  readonly metrics: Readonly<Record<string, number>>;
  readonly contentHash: string;
  readonly template?: string;
}

/** Label keys and values must stay short enough for every registry UI; lists are JSON. */
const MAX_VALUE = 4096;

/**
 * OCI annotations (image-spec `annotations.md`) and the ML lineage labels
 * that let anyone walk back from a running container to the commit, the
 * model file, the data and the metrics that let it ship. User labels win.
 */
export function lineageLabels(
  facts: LineageFacts,
  userLabels: Readonly<Record<string, string>>,
): Record<string, string> {
  const labels: Record<string, string> = {};
  const set = (key: string, value: string | undefined): void => {
    if (value !== undefined && value !== '') labels[key] = value.slice(0, MAX_VALUE);
  };
  set('org.opencontainers.image.created', facts.created.toISOString());
  set('org.opencontainers.image.source', facts.ci.repositoryUrl);
  set('org.opencontainers.image.revision', facts.ci.sha);
  set('org.opencontainers.image.version', facts.version ?? facts.ci.sha?.slice(0, 7));
  set('org.opencontainers.image.title', facts.title);
  set('org.opencontainers.image.licenses', facts.licenses);
  set('org.opencontainers.image.description', facts.description);
  set('ml-actions.content-hash', facts.contentHash);
  set('ml-actions.template', facts.template);
  if (facts.model) {
    set('ml-actions.model.sha256', facts.model.sha256);
    set('ml-actions.model.path', facts.model.path);
    set('ml-actions.model.bytes', String(facts.model.bytes));
  }
  if (facts.data.length > 0) {
    set('ml-actions.data.sha256', facts.dataSha256);
    set(
      'ml-actions.data.files',
      JSON.stringify(facts.data.map((d) => ({ path: d.path, sha256: d.sha256, bytes: d.bytes }))),
    );
  }
  for (const [name, value] of Object.entries(facts.metrics)) {
    set(`ml-actions.metrics.${metricKey(name)}`, Number.isFinite(value) ? String(value) : 'NaN');
  }
  set('ml-actions.run-url', facts.ci.runUrl);
  return { ...labels, ...userLabels };
}

/** Metric names become label key parts: lowercase letters, digits, dots, dashes and underscores. */
function metricKey(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9._-]/g, '_');
}

/**
 * Reads evaluate-holdout's metrics JSON (its `metrics` output, or a
 * report.json holding a `metrics` object): numbers by name, null as NaN.
 */
export async function readMetricsFile(file: string): Promise<Record<string, number>> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(await readFile(file, 'utf8'));
  } catch (error) {
    throw new UserError(`The metrics file ${file} is not valid JSON: ${(error as Error).message}.`, {
      location: { file },
      hint: "Pass evaluate-holdout's metrics output written to a file, or its report.json.",
    });
  }
  const holder = parsed as { metrics?: unknown } | null;
  const source = holder && typeof holder === 'object' && 'metrics' in holder ? holder.metrics : parsed;
  if (!source || typeof source !== 'object' || Array.isArray(source)) {
    throw new UserError(`The metrics file ${file} holds no metrics object.`, { location: { file } });
  }
  const metrics: Record<string, number> = {};
  for (const [name, value] of Object.entries(source as Record<string, unknown>)) {
    if (typeof value === 'number') metrics[name] = value;
    else if (value === null) metrics[name] = Number.NaN;
    else if (value && typeof value === 'object' && typeof (value as { value?: unknown }).value === 'number') {
      metrics[name] = (value as { value: number }).value;
    }
  }
  return metrics;
}

/** `key=value` lines; a line without `=` is an error naming the input and line. */
export function parseKeyValues(lines: readonly string[], input: string): Record<string, string> {
  const out: Record<string, string> = {};
  lines.forEach((line, index) => {
    const at = line.indexOf('=');
    if (at <= 0) {
      // The line itself is not shown: a build arg may hold a value that must not reach the log.
      throw new UserError(`Input '${input}' line ${index + 1} is not NAME=value.`);
    }
    out[line.slice(0, at).trim()] = line.slice(at + 1);
  });
  return out;
}

/** A display path relative to the workspace when inside it. */
export function displayPath(file: string, cwd: string): string {
  const relative = path.relative(cwd, file);
  return relative.startsWith('..') || path.isAbsolute(relative) ? file : relative.split(path.sep).join('/');
}

/**
 * One `LABEL` instruction holding every label. The classic builder turns the
 * API's `labels` parameter into one LABEL step per label (a container commit
 * each, never cached because `created` changes); a single appended
 * instruction costs one step. Values are double-quoted with `\`, `"` and `$`
 * escaped, so nothing is substituted.
 */
export function labelInstruction(labels: Readonly<Record<string, string>>): string {
  const quote = (text: string): string => `"${text.replace(/[\\"$]/g, (c) => `\\${c}`).replace(/\r?\n/g, ' ')}"`;
  const pairs = Object.entries(labels).map(([key, value]) => `${quote(key)}=${quote(value)}`);
  return pairs.length === 0 ? '' : `LABEL ${pairs.join(' \\\n      ')}\n`;
}
