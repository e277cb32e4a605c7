import { isSorted } from './radix-sort.js';
import { lowerBound, upperBound } from './sorting.js';

/**
 * numpy's histogram pieces used by Evidently's binning: Sturges bin edges
 * (numpy.histogram_bin_edges(a, bins='sturges')) and counts over explicit
 * edges (numpy.histogram(a, edges)[0]: half-open bins, the last one closed).
 */

/** Edges for the 'sturges' rule over values whose minimum, maximum and count are given. */
export function sturgesEdges(min: number, max: number, count: number): Float64Array {
  let first = min;
  let last = max;
  if (first === last) {
    first -= 0.5;
    last += 0.5;
  }
  const width = (max - min) / (Math.log2(count) + 1);
  const bins = width > 0 ? Math.ceil((last - first) / width) : 1;
  return linspace(first, last, bins + 1);
}

/** numpy.linspace(start, stop, num) with endpoint: i * step + start, the last set to stop. */
export function linspace(start: number, stop: number, num: number): Float64Array {
  const out = new Float64Array(num);
  const step = (stop - start) / (num - 1);
  for (let i = 0; i < num; i++) out[i] = i * step + start;
  if (num > 1) out[num - 1] = stop;
  return out;
}

/** Counts per bin of `values` over sorted `edges` (values outside are not counted). */
export function histogramCounts(values: ArrayLike<number>, edges: Float64Array): Float64Array {
  const bins = edges.length - 1;
  const counts = new Float64Array(bins);
  const first = edges[0]!;
  const last = edges[bins]!;
  if (values instanceof Float64Array && isSorted(values)) {
    // Sorted values (the drift samples are): a binary search per edge instead of a look at every value.
    let below = lowerBound(values, first);
    for (let b = 0; b < bins - 1; b++) {
      const next = lowerBound(values, edges[b + 1]!);
      counts[b] = next - below;
      below = next;
    }
    counts[bins - 1] = upperBound(values, last) - below;
    return counts;
  }
  for (let k = 0; k < values.length; k++) {
    const x = values[k]!;
    if (!(x >= first && x <= last)) continue;
    if (x === last) {
      counts[bins - 1]!++;
      continue;
    }
    // Largest i with edges[i] <= x.
    let lo = 0;
    let hi = bins;
    while (hi - lo > 1) {
      const mid = (lo + hi) >>> 1;
      if (edges[mid]! <= x) lo = mid;
      else hi = mid;
    }
    counts[lo]!++;
  }
  return counts;
}
