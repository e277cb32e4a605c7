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
  gridRange,
  histogramCounts,
  sortedFinite,
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

  it('declines a grid too wide for a count table', () => {
    const wide = Float64Array.from({ length: 1000 }, (_, i) => i * 1e6);
    expect(finiteSample(wide).grid).toBeUndefined();
  });
});
