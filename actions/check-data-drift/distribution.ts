import { sturgesEdges } from '../shared/stats/index.js';
import type { Distribution } from './report-model.js';
import { numericHistogram, numericRange, numericSize, type Sample } from './samples.js';

const MAX_BINS = 40;
const MAX_CATEGORIES = 20;

/**
 * Shares of reference and current values for the report's charts: shared
 * equal-width bins for numbers (Sturges over both samples, at most 40), the
 * most frequent categories (at most 20, the rest as one "other" bar).
 */
export function chartDistribution(reference: Sample, current: Sample): Distribution | undefined {
  if (reference.kind === 'numeric' && current.kind === 'numeric') {
    const nRef = numericSize(reference);
    const nCur = numericSize(current);
    if (nRef === 0 || nCur === 0) return undefined;
    const [rMin, rMax] = numericRange(reference);
    const [cMin, cMax] = numericRange(current);
    const min = Math.min(rMin, cMin);
    const max = Math.max(rMax, cMax);
    let edges = sturgesEdges(min, max, nRef + nCur);
    if (edges.length - 1 > MAX_BINS) edges = sturgesEdges(min, max, 2 ** (MAX_BINS - 1));
    return {
      kind: 'bins',
      edges: [...edges],
      reference: [...numericHistogram(reference, edges)].map((n) => n / nRef),
      current: [...numericHistogram(current, edges)].map((n) => n / nCur),
    };
  }
  if (reference.kind === 'categorical' && current.kind === 'categorical') {
    const total = new Map<string, number>();
    for (const [value, count] of reference.counts) total.set(value, (total.get(value) ?? 0) + count / reference.n);
    for (const [value, count] of current.counts) total.set(value, (total.get(value) ?? 0) + count / current.n);
    const ordered = [...total.entries()].sort((a, b) => b[1] - a[1]).map(([value]) => value);
    const labels = ordered.slice(0, MAX_CATEGORIES);
    const share = (counts: ReadonlyMap<string, number>, n: number) =>
      labels.map((label) => (counts.get(label) ?? 0) / n);
    const ref = share(reference.counts, reference.n);
    const cur = share(current.counts, current.n);
    if (ordered.length > MAX_CATEGORIES) {
      labels.push(`other (${ordered.length - MAX_CATEGORIES})`);
      ref.push(1 - ref.reduce((a, b) => a + b, 0));
      cur.push(1 - cur.reduce((a, b) => a + b, 0));
    }
    return { kind: 'categories', labels, reference: ref, current: cur };
  }
  return undefined;
}
