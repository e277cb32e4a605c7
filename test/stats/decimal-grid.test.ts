import { describe, expect, it } from 'vitest';
import {
  energyDistance,
  expandGrid,
  finiteSample,
  type GridCounts,
  gridCdfDistance,
  gridDistinctUnionUpTo,
  gridHistogramCounts,
  gridQuantile,
  gridQuantiles,
  gridMoments,
  gridRange,
  histogramCounts,
  sortedFinite,
  sortedMoments,
  sturgesEdges,
  wassersteinDistance,
} from '../../actions/shared/stats/index.js';
import { seededRandom } from '../../actions/shared/data/table-builder.js';

/** The values counted on the decimal grid they all lie on (found and checked, as for a Parquet column). */
function gridOf(values: Float64Array, decimals: number): GridCounts {
  const { grid } = finiteSample(values);
  if (!grid) throw new Error('no grid');
  expect(grid.decimals).toBe(decimals);
  return grid;
}

/** Values with `decimals` digits after the point, as a CSV reader would parse them (spread so the grid is dense). */
function decimalValues(seed: number, n: number, decimals: number, shift = 0): Float64Array {
  const random = seededRandom(seed);
  const spread = n / 10 ** decimals;
  return Float64Array.from({ length: n }, (_, i) =>
    i % 29 === 0 ? NaN : Number(((random() + random() - 1) * spread + shift).toFixed(decimals)),
  );
}

describe('samples held as counts on a decimal grid', () => {
  const cases = [
    ['same grid', 3, 3, decimalValues(1, 30_000, 3), decimalValues(2, 20_000, 3, 5)],
    ['different grids', 1, 4, decimalValues(3, 30_000, 1), decimalValues(4, 25_000, 4, -1)],
    ['whole numbers', 0, 0, decimalValues(5, 10_000, 0), decimalValues(6, 12_000, 0, 2)],
  ] as const;

  it.each(cases)('%s: expand to the sorted finite values, bit for bit', (_name, da, _db, a) => {
    const grid = gridOf(a, da);
    const sorted = sortedFinite(a);
    const expanded = expandGrid(grid);
    expect(expanded.length).toBe(sorted.length);
    expect(expanded.every((v, i) => v === sorted[i])).toBe(true);
  });

  it.each(cases)('%s: CDF distances equal those over the sorted values', (_name, da, db, a, b) => {
    const ga = gridOf(a, da);
    const gb = gridOf(b, db);
    const [sa, sb] = [sortedFinite(a), sortedFinite(b)];
    const w = wassersteinDistance(sa, sb);
    expect(Math.abs(gridCdfDistance(1, ga, gb) - w)).toBeLessThanOrEqual(1e-12 * w);
    const e = energyDistance(sa, sb);
    expect(Math.abs(Math.SQRT2 * gridCdfDistance(2, ga, gb) - e)).toBeLessThanOrEqual(1e-12 * e);
  });

  it.each(cases)(
    '%s: quantiles, histograms and distinct counts equal those of the sorted values',
    (_name, da, db, a, b) => {
      const ga = gridOf(a, da);
      const gb = gridOf(b, db);
      const sa = sortedFinite(a);
      const sb = sortedFinite(b);
      const levels = [0, 0.1, 0.25, 0.5, 0.75, 0.99, 1];
      const expected = levels.map((q) => {
        const position = (sa.length - 1) * q;
        const lo = Math.floor(position);
        const hi = Math.min(lo + 1, sa.length - 1);
        return sa[lo]! + (sa[hi]! - sa[lo]!) * (position - lo);
      });
      expect(levels.map((q) => gridQuantile(ga, q))).toEqual(expected);
      // All levels in one walk give the same.
      expect(gridQuantiles(ga, levels)).toEqual(expected);
      // Edges that fall exactly on grid values too (numpy: half-open bins, the last one closed).
      for (const edges of [
        sturgesEdges(sa[0]!, sa[sa.length - 1]!, sa.length),
        Float64Array.from([-10, -2.5, 0, 0.5, 7, 12]),
      ]) {
        expect([...gridHistogramCounts(ga, edges)]).toEqual([...histogramCounts(sa, edges)]);
      }
      expect(gridRange(ga)).toEqual([sa[0], sa[sa.length - 1]]);
      const union = new Set([...sa, ...sb]).size;
      expect(gridDistinctUnionUpTo(ga, gb, 1e9)).toBe(union);
      expect(gridDistinctUnionUpTo(ga, gb, 6)).toBe(Math.min(6, union));
    },
  );

  it.each(cases)('%s: moments as those of the sorted values, the mean correctly rounded', (_name, da, _db, a) => {
    const grid = gridOf(a, da);
    const sorted = sortedFinite(a);
    const moments = gridMoments(grid);
    const expected = sortedMoments(sorted);
    expect(moments.distinct).toBe(expected.distinct);
    expect(Math.abs(moments.m2 - expected.m2)).toBeLessThanOrEqual(1e-12 * expected.m2);
    // The exact mean is Σ k / (n · 10^d) for the whole steps k: one division of exact integers.
    const steps = sorted.reduce((sum, v) => sum + BigInt(Math.round(v * 10 ** da)), 0n);
    expect(moments.mean).toBe(Number(steps) / (sorted.length * 10 ** da));
  });

  it('keeps the digits of a mean near zero (no cancellation between the offset and the steps)', () => {
    // -4.3467, 4.3467 and -0.0001: the mean is -1 / 30,000. As low + Σc·j / n, then divided, the rounding of
    // 130,400 / 3 would be left over from the cancellation and show from the 11th digit.
    const counts = new Int32Array(86_935);
    counts[0] = 1;
    counts[86_934] = 1;
    counts[43_466] = 1;
    expect(gridMoments({ decimals: 4, low: -43_467, counts, n: 3 }).mean).toBe(-1 / 30_000);
  });

  it('gives W1 of two grids from whole-number sums, within 1e-15 of the exact value', () => {
    // Exact W1 in rationals: Σ |A(k)·nB − B(k)·nA| over the steps, over nA·nB·10^d.
    const a = decimalValues(7, 40_000, 2, 0.3);
    const b = decimalValues(8, 30_000, 2, -0.2);
    const [ga, gb] = [gridOf(a, 2), gridOf(b, 2)];
    let belowA = 0n;
    let belowB = 0n;
    let total = 0n;
    const from = Math.min(ga.low, gb.low);
    const last = Math.max(ga.low + ga.counts.length, gb.low + gb.counts.length) - 1;
    const [nA, nB] = [BigInt(ga.n), BigInt(gb.n)];
    for (let k = from; k < last; k++) {
      belowA += BigInt(ga.counts[k - ga.low] ?? 0);
      belowB += BigInt(gb.counts[k - gb.low] ?? 0);
      const term = belowA * nB - belowB * nA;
      total += term < 0n ? -term : term;
    }
    const exact = Number(total) / Number(nA * nB) / 100;
    expect(Math.abs(gridCdfDistance(1, ga, gb) - exact)).toBeLessThanOrEqual(1e-15 * exact);
  });

  it('declines a grid too wide for a count table', () => {
    const wide = Float64Array.from({ length: 1000 }, (_, i) => i * 1e6);
    expect(finiteSample(wide).grid).toBeUndefined();
  });
});
