import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../actions/shared/data/table-builder.js';
import { histogramCounts, linspace, sortFloat64, sturgesEdges } from '../../actions/shared/stats/index.js';

describe('histogramCounts', () => {
  it('counts sorted input (binary search per edge) exactly as unsorted input (search per value)', () => {
    const random = seededRandom(3);
    for (let round = 0; round < 50; round++) {
      // Coarse values so many fall exactly on edges; some fall outside the edges.
      const values = Float64Array.from({ length: 5000 }, () => Math.round(random() * 40) / 4 - 1);
      const edges = round % 2 ? linspace(0, 8, 17) : sturgesEdges(-1, 9, values.length);
      const unsorted = histogramCounts(Array.from(values), edges);
      const sorted = histogramCounts(sortFloat64(values.slice()), edges);
      expect([...sorted]).toEqual([...unsorted]);
    }
  });
});
