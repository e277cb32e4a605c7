import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { escapeHtml } from '../shared/report/html-escape.js';
import { markdownTable } from '../shared/report/markdown-table.js';
import { formatBytes, type BuildRecord } from './build-image.js';

export const REPORT_SCHEMA = 'ml-actions/build-model-image/v1';

export interface ReportFiles {
  readonly json: string;
  readonly markdown: string;
  readonly html: string;
}

export interface ReportDocument {
  readonly schema: typeof REPORT_SCHEMA;
  readonly status: 'built' | 'reused' | 'failed';
  readonly error?: string;
  readonly generatedAt: string;
  readonly image: string | null;
  readonly digest: string | null;
  readonly repository: string;
  readonly tags: string[];
  readonly contentHash: string | null;
  readonly contentTag: string | null;
  readonly built: boolean | null;
  readonly pushed: boolean;
  readonly record: BuildRecord;
}

/** The report document; `error` is set when the run failed (the report is written before failing). */
export function reportDocument(
  record: BuildRecord,
  repository: string,
  error?: string,
  now = new Date(),
): ReportDocument {
  const status = error ? 'failed' : record.built === false ? 'reused' : 'built';
  return {
    schema: REPORT_SCHEMA,
    status,
    ...(error ? { error } : {}),
    generatedAt: now.toISOString(),
    image: record.image ?? null,
    digest: record.digest ?? null,
    repository,
    tags: record.contentTag ? [record.contentTag, ...record.tags.filter((t) => t !== record.contentTag)] : record.tags,
    contentHash: record.contentHash ?? null,
    contentTag: record.contentTag ?? null,
    built: record.built ?? null,
    pushed: record.pushed,
    record,
  };
}

/** summary.md: the verdict first, then image, digest, size, layers, build time, labels. */
export function summaryMarkdown(doc: ReportDocument): string {
  const r = doc.record;
  const verdict =
    doc.status === 'failed'
      ? `❌ **build-model-image failed**: ${firstLine(doc.error ?? '')}`
      : doc.status === 'reused'
        ? `♻️ **Reused** ${doc.image ?? doc.repository}: identical content already in the ${r.reusedFrom === 'local' ? 'engine' : 'registry'}, not rebuilt`
        : `✅ **Built**${doc.pushed ? ' and pushed' : ''} ${doc.image ?? doc.repository}`;
  const rows: [string, string][] = [
    ['Image', code(doc.image)],
    ['Digest', code(doc.digest)],
    ['Tags', doc.tags.map((t) => `\`${t}\``).join(', ') || '–'],
    ['Content hash', code(doc.contentHash)],
    ['Built', doc.built === null ? '–' : doc.built ? 'yes' : 'no (reused)'],
    ['Size', r.sizeBytes === undefined ? '–' : formatBytes(r.sizeBytes)],
    ['Layers', r.layers === undefined ? '–' : String(r.layers)],
    [
      'Build time',
      r.buildSeconds === undefined
        ? '–'
        : `${r.buildSeconds.toFixed(1)} s (${r.cachedSteps ?? 0}/${r.steps ?? 0} steps cached)`,
    ],
    ['Time', timeLine(r.timings)],
    ['Context', r.contextFiles === undefined ? '–' : `${r.contextFiles} files, ${formatBytes(r.contextBytes ?? 0)}`],
    [
      'Dockerfile',
      r.template ? `generated (template \`${r.template}\`, base \`${r.baseImage ?? ''}\`)` : code(r.dockerfile),
    ],
    [
      'Model',
      r.model ? `\`${r.model.path}\` sha256 \`${r.model.sha256.slice(0, 16)}…\` (${formatBytes(r.model.bytes)})` : '–',
    ],
  ];
  const parts = [verdict, '', markdownTable(['', 'Value'], rows)];
  if (r.failedStep || (r.failedStepOutput?.length ?? 0) > 0) {
    parts.push(
      '',
      `**Failed step:** \`${r.failedStep ?? 'unknown'}\``,
      '',
      '```text',
      ...(r.failedStepOutput ?? []),
      '```',
    );
  }
  if (r.warnings.length > 0) parts.push('', '**Warnings**', '', ...r.warnings.map((w) => `- ${w}`));
  const labels = Object.entries(r.labels).sort(([a], [b]) => (a < b ? -1 : 1));
  if (labels.length > 0) {
    parts.push(
      '',
      '<details><summary>Labels</summary>',
      '',
      markdownTable(
        ['Label', 'Value'],
        labels.map(([k, v]) => [`\`${k}\``, v]),
      ),
      '',
      '</details>',
    );
  }
  return `${parts.join('\n')}\n`;
}

function reportHtml(doc: ReportDocument, markdownRows: string): string {
  const r = doc.record;
  const row = (k: string, v: unknown): string =>
    `<tr><th>${escapeHtml(k)}</th><td><code>${escapeHtml(v ?? '–')}</code></td></tr>`;
  const labels = Object.entries(r.labels)
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([k, v]) => row(k, v))
    .join('');
  const failure = r.failedStepOutput?.length
    ? `<h2>Failed step</h2><p><code>${escapeHtml(r.failedStep ?? '')}</code></p><pre>${escapeHtml(r.failedStepOutput.join('\n'))}</pre>`
    : '';
  const warnings = r.warnings.length
    ? `<h2>Warnings</h2><ul>${r.warnings.map((w) => `<li>${escapeHtml(w)}</li>`).join('')}</ul>`
    : '';
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>build-model-image report</title>
<style>body{font-family:system-ui,sans-serif;margin:2rem;max-width:70rem}table{border-collapse:collapse}th,td{border:1px solid #ccc;padding:.3rem .6rem;text-align:left;vertical-align:top}pre{background:#f6f8fa;padding:1rem;overflow:auto}.failed{color:#b00}.ok{color:#060}</style></head><body>
<h1 class="${doc.status === 'failed' ? 'failed' : 'ok'}">${escapeHtml(markdownRows)}</h1>
<table>${row('Image', doc.image)}${row('Digest', doc.digest)}${row('Tags', doc.tags.join(', '))}${row('Content hash', doc.contentHash)}${row('Built', doc.built)}${row('Size', r.sizeBytes === undefined ? undefined : formatBytes(r.sizeBytes))}${row('Layers', r.layers)}${row('Build seconds', r.buildSeconds?.toFixed(1))}</table>
${failure}${warnings}<h2>Labels</h2><table>${labels}</table></body></html>
`;
}

/** Writes report.json, summary.md and report.html; returns their paths. */
export async function writeReport(
  doc: ReportDocument,
  dir: string,
  secrets: readonly string[] = [],
): Promise<ReportFiles & { summary: string }> {
  await mkdir(dir, { recursive: true });
  const files = {
    json: path.join(dir, 'report.json'),
    markdown: path.join(dir, 'summary.md'),
    html: path.join(dir, 'report.html'),
  };
  // Nothing should carry a secret this far; the scrub is a last line of defence for files no log masker sees.
  const scrub = (text: string): string =>
    secrets.filter((s) => s.length >= 4).reduce((out, s) => out.split(s).join('***'), text);
  const summary = scrub(summaryMarkdown(doc));
  await writeFile(files.json, scrub(`${JSON.stringify(doc, null, 2)}\n`));
  await writeFile(files.markdown, summary);
  await writeFile(files.html, scrub(reportHtml(doc, firstLine(summary).replace(/[*`]/g, ''))));
  return { ...files, summary };
}

function code(value: string | null | undefined): string {
  return value ? `\`${value}\`` : '–';
}

function firstLine(text: string): string {
  return text.split('\n')[0] ?? '';
}

/** `hash 0.3 s · build 3.7 s (context 1.0 s) · push 6.1 s · verify 0.0 s`: where a run's time went. */
function timeLine(t: BuildRecord['timings'] | undefined): string {
  if (!t) return '–';
  const parts: string[] = [];
  const add = (name: string, seconds: number | undefined): void => {
    if (seconds !== undefined) parts.push(`${name} ${seconds.toFixed(1)} s`);
  };
  add('hash', t.hash === undefined ? undefined : t.hash + (t.lineage ?? 0));
  add('reuse check', t.reuseCheck);
  if (t.build !== undefined)
    parts.push(
      `build ${t.build.toFixed(1)} s${t.contextSend === undefined ? '' : ` (context sent in ${t.contextSend.toFixed(1)} s)`}`,
    );
  add('push', t.push);
  add('tags', t.tag);
  add('verify', t.verify);
  return parts.length > 0 ? parts.join(' · ') : '–';
}
