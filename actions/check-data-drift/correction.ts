import type { Correction } from './options.js';

/**
 * Adjusted p-values for m tests: Bonferroni min(1, m p); FDR by
 * Benjamini–Hochberg, p_(i) m / i made monotone from the largest down
 * (statsmodels multipletests 'bonferroni' / 'fdr_bh'). NaN stays NaN and does
 * not count as a test.
 */
export function adjustPValues(pValues: readonly number[], method: Correction): number[] {
  if (method === 'none') return [...pValues];
  const valid = pValues.map((p, i) => ({ p, i })).filter(({ p }) => !Number.isNaN(p));
  const m = valid.length;
  const out = [...pValues];
  if (method === 'bonferroni') {
    for (const { p, i } of valid) out[i] = Math.min(1, p * m);
    return out;
  }
  valid.sort((a, b) => a.p - b.p);
  let running = 1;
  for (let rank = m; rank >= 1; rank--) {
    const { p, i } = valid[rank - 1]!;
    running = Math.min(running, (p * m) / rank);
    out[i] = Math.min(1, running);
  }
  return out;
}
