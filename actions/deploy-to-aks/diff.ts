/**
 * A line diff of two YAML renderings (longest common subsequence, with three
 * lines of context), as `kubectl diff` shows them. Manifests are small, so the
 * quadratic table is fine.
 */
import { stringify } from 'yaml';
import type { KubeObject } from '../shared/kube/types.js';

/** Strips what the server owns so the diff shows only what an apply changes. */
export function forDiff(object: KubeObject | undefined): string {
  if (!object) return '';
  const copy = structuredClone(object);
  delete copy.status;
  for (const key of ['resourceVersion', 'managedFields', 'generation', 'uid', 'creationTimestamp', 'selfLink'])
    delete copy.metadata[key];
  return stringify(copy, { lineWidth: 0, sortMapEntries: true });
}

export function lineDiff(before: string, after: string, context = 3): string {
  const a = before === '' ? [] : before.replace(/\n$/, '').split('\n');
  const b = after === '' ? [] : after.replace(/\n$/, '').split('\n');
  const table: number[][] = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i -= 1) {
    for (let j = b.length - 1; j >= 0; j -= 1) {
      table[i]![j] = a[i] === b[j] ? table[i + 1]![j + 1]! + 1 : Math.max(table[i + 1]![j]!, table[i]![j + 1]!);
    }
  }
  const ops: { sign: ' ' | '-' | '+'; line: string }[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) {
      ops.push({ sign: ' ', line: a[i]! });
      i += 1;
      j += 1;
    } else if (i < a.length && (j >= b.length || table[i + 1]![j]! >= table[i]![j + 1]!)) {
      // Removals before additions, as unified diffs show a changed line.
      ops.push({ sign: '-', line: a[i]! });
      i += 1;
    } else {
      ops.push({ sign: '+', line: b[j]! });
      j += 1;
    }
  }
  const keep = ops.map(
    (op, index) =>
      op.sign !== ' ' || ops.slice(Math.max(0, index - context), index + context + 1).some((o) => o.sign !== ' '),
  );
  const out: string[] = [];
  ops.forEach((op, index) => {
    if (keep[index]) out.push(`${op.sign}${op.line}`);
    else if (index === 0 || keep[index - 1]) out.push(' ...');
  });
  return ops.some((op) => op.sign !== ' ') ? out.join('\n') : '';
}

export function objectDiff(live: KubeObject | undefined, desired: KubeObject): string {
  const body = lineDiff(forDiff(live), forDiff(desired));
  if (!body) return '';
  const name = `${desired.kind} ${desired.metadata.namespace ? `${desired.metadata.namespace}/` : ''}${desired.metadata.name}`;
  return `--- ${name} (${live ? 'live' : 'absent'})\n+++ ${name} (desired)\n${body}\n`;
}
