/** report.json, summary.md (verdict on the first line) and a self-contained report.html. */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { DeployRecord } from './record.js';

const ICON: Readonly<Record<DeployRecord['status'], string>> = {
  deployed: '✅',
  promoted: '✅',
  rejected: '↩️',
  'dry-run': '🔍',
  'rolled-back': '❌',
  failed: '❌',
};

export function verdictLine(record: DeployRecord): string {
  const target = record.deployment ?? record.namespace;
  const image = record.deployedImage || record.image || '';
  switch (record.status) {
    case 'deployed':
      return `${ICON.deployed} deploy-to-aks: deployed \`${image}\` to ${target}${record.revision ? ` (revision ${record.revision})` : ''}${record.changed ? '' : ' — no changes'}`;
    case 'promoted':
      return `${ICON.promoted} deploy-to-aks: promoted \`${image}\` (${record.strategy})`;
    case 'rejected':
      return `${ICON.rejected} deploy-to-aks: rejected the ${record.strategy} release; \`${image}\` serves`;
    case 'dry-run':
      return `${ICON['dry-run']} deploy-to-aks: dry run — ${record.validation.length} manifest(s) valid, ${record.changes.filter((c) => c.action !== 'unchanged').length} change(s)`;
    case 'rolled-back':
      return `${ICON['rolled-back']} deploy-to-aks: release of \`${record.image ?? ''}\` failed and was rolled back${record.deployedImage ? ` to \`${record.deployedImage}\`` : ''}`;
    default:
      return `${ICON.failed} deploy-to-aks: failed${record.image ? ` to release \`${record.image}\`` : ''}`;
  }
}

function cell(text: string | number | undefined): string {
  return String(text ?? '')
    .replace(/\|/g, '\\|')
    .replace(/\n/g, ' ');
}

export function summaryMarkdown(record: DeployRecord): string {
  const rows: [string, string][] = [
    ['Status', record.status],
    ['Strategy / action', `${record.strategy} / ${record.action}`],
    ['Image', record.image ? `\`${record.image}\`` : ''],
    ['Previous image', record.previousImage ? `\`${record.previousImage}\`` : '(none)'],
    [record.dryRun ? 'Would serve' : 'Serving now', record.deployedImage ? `\`${record.deployedImage}\`` : '(nothing)'],
    [
      'Revision',
      record.revision ? `${record.revision}${record.previousRevision ? ` (was ${record.previousRevision})` : ''}` : '',
    ],
    ['Deployment', record.deployment ?? ''],
    [
      'Service',
      record.service ? `${record.service.name}${record.service.address ? ` ${record.service.address}` : ''}` : '',
    ],
  ];
  if (record.rollout) {
    const p = record.rollout.progress;
    rows.push([
      'Replicas',
      `${p.available}/${p.desired} available, ${p.updated} updated (${(record.rollout.durationMs / 1000).toFixed(1)} s)`,
    ]);
  }
  if (record.canary)
    rows.push([
      'Canary',
      `${record.canary.replicas} pod(s) next to ${record.canary.stableReplicas} stable (${record.canary.sharePercent}%)`,
    ]);
  if (record.blueGreen)
    rows.push([
      'Active colour',
      `${record.blueGreen.activeColor}${record.blueGreen.previousColor ? ` (previous ${record.blueGreen.previousColor} kept)` : ''}`,
    ]);
  if (record.smokeTest)
    rows.push([
      'Smoke test',
      'skipped' in record.smokeTest
        ? `skipped: ${record.smokeTest.reason}`
        : `${record.smokeTest.ok ? 'passed' : 'failed'}: ${record.smokeTest.request} → ${record.smokeTest.message}`,
    ]);
  if (record.rollback) rows.push(['Rollback', `${record.rollback.ok ? '' : 'FAILED: '}${record.rollback.message}`]);
  const lines = [
    verdictLine(record),
    '',
    '| | |',
    '|---|---|',
    ...rows.filter(([, v]) => v !== '').map(([k, v]) => `| ${k} | ${cell(v)} |`),
    '',
  ];
  if (record.error) lines.push('**Error**', '', '```', record.error, '```', '');
  if (record.diagnosis?.pods.length) {
    lines.push(
      '**Diagnosis**',
      '',
      '| Pod | Cause | Detail |',
      '|---|---|---|',
      ...record.diagnosis.pods.map((p) => `| ${cell(p.pod)} | ${p.cause} | ${cell(p.message)} |`),
      '',
    );
    const logs = record.diagnosis.pods.find((p) => p.logs?.length)?.logs;
    if (logs) lines.push('Last log lines:', '', '```', ...logs, '```', '');
  }
  if (record.substitutions.length) {
    lines.push('**Image substitutions**', '', '| Where | Object | Container | From | To |', '|---|---|---|---|---|');
    lines.push(
      ...record.substitutions.map(
        (s) =>
          `| ${cell(`${s.file}:${s.line}`)} | ${cell(s.object)} | ${cell(s.container)} | \`${cell(s.from)}\` | \`${cell(s.to)}\` |`,
      ),
      '',
    );
  }
  if (record.changes.length) {
    lines.push(
      '**Objects**',
      '',
      '| Kind | Name | Result |',
      '|---|---|---|',
      ...record.changes.map((c) => `| ${c.kind} | ${cell(c.name)} | ${c.action} |`),
      '',
    );
  }
  for (const note of record.notes) lines.push(`- ${note}`);
  return `${lines.join('\n')}\n`;
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** Horizontal bars of the rollout's replica counts, as inline SVG. */
export function replicaChart(record: DeployRecord): string {
  const p = record.rollout?.progress;
  if (!p) return '';
  const rows: [string, number][] = [
    ['desired', p.desired],
    ['updated', p.updated],
    ['ready', p.ready],
    ['available', p.available],
  ];
  const max = Math.max(1, ...rows.map(([, v]) => v));
  const bars = rows
    .map(([label, value], i) => {
      const y = 10 + i * 26;
      const width = Math.round((260 * value) / max);
      const colour = label === 'desired' ? '#8c959f' : value >= p.desired ? '#1a7f37' : '#cf222e';
      return `<text x="0" y="${y + 14}" font-size="12">${label}</text><rect x="80" y="${y}" width="${width}" height="18" fill="${colour}"/><text x="${86 + width}" y="${y + 14}" font-size="12">${value}</text>`;
    })
    .join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" width="380" height="${20 + rows.length * 26}" role="img" aria-label="replicas of ${escapeHtml(record.rollout?.deployment ?? '')}">${bars}</svg>`;
}

/** A static page: the summary table, the replica chart and, for a dry run, the diff. No scripts, fonts or network. */
export function reportHtml(record: DeployRecord, diff: string): string {
  const markdown = summaryMarkdown(record);
  const table = markdown
    .split('\n')
    .filter((l) => l.startsWith('| ') && !l.startsWith('| |') && !l.startsWith('|---'))
    .map(
      (l) =>
        `<tr>${l
          .slice(2, -2)
          .split(' | ')
          .map((c) => `<td>${escapeHtml(c.replace(/\\\|/g, '|').replace(/`/g, ''))}</td>`)
          .join('')}</tr>`,
    )
    .join('\n');
  const diffHtml = diff
    ? `<h2>Diff</h2><pre>${diff
        .split('\n')
        .map(
          (l) => `<span class="${l.startsWith('+') ? 'add' : l.startsWith('-') ? 'del' : ''}">${escapeHtml(l)}</span>`,
        )
        .join('\n')}</pre>`
    : '';
  const bad = record.status === 'failed' || record.status === 'rolled-back';
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>deploy-to-aks report</title><style>
body{font-family:system-ui,sans-serif;margin:2rem;color:#1b1f24}h1{font-size:1.3rem;color:${bad ? '#b42318' : '#116329'}}
table{border-collapse:collapse}td{border:1px solid #d0d7de;padding:.3rem .6rem;vertical-align:top}pre{background:#f6f8fa;padding:1rem;overflow:auto}
.add{color:#116329}.del{color:#b42318}</style></head><body>
<h1>${escapeHtml(markdown.split('\n')[0] ?? '')}</h1>
<table>${table}</table>
${record.rollout ? `<h2>Replicas of ${escapeHtml(record.rollout.deployment)}</h2>${replicaChart(record)}` : ''}
${record.error ? `<h2>Error</h2><pre>${escapeHtml(record.error)}</pre>` : ''}
${diffHtml}
<p>Schema ${escapeHtml(record.schema)} · ${escapeHtml(record.startedAt)} · ${(record.durationMs / 1000).toFixed(1)} s</p>
</body></html>
`;
}

export function writeReport(
  record: DeployRecord,
  reportDir: string,
  diff = '',
): { json: string; summary: string; html: string } {
  mkdirSync(reportDir, { recursive: true });
  const files = {
    json: path.join(reportDir, 'report.json'),
    summary: path.join(reportDir, 'summary.md'),
    html: path.join(reportDir, 'report.html'),
  };
  writeFileSync(files.json, `${JSON.stringify(record, null, 2)}\n`);
  writeFileSync(files.summary, summaryMarkdown(record));
  writeFileSync(files.html, reportHtml(record, diff));
  return files;
}
