import { Sum } from './summation.js';

/**
 * A sample of values on a decimal grid held as counts: `counts[j]` values
 * equal (low + j) / 10^decimals (that division, correctly rounded, is the
 * very double the reader parsed). About a tenth of the memory of the sorted
 * values on real data, and what the tests need — CDFs, quantiles, histograms
 * — walks the distinct values instead of every value. `expandGrid` gives
 * the sorted values when a test needs them.
 */
export interface GridCounts {
  readonly decimals: number;
  readonly low: number;
  readonly counts: Int32Array;
  /** Values counted (the sum of `counts`). */
  readonly n: number;
}

const POW10 = Array.from({ length: 16 }, (_, i) => 10 ** i);

/** The value of grid step `k` (an absolute step, not an index into counts). */
function stepValue(k: number, decimals: number): number {
  return k / POW10[decimals]!;
}

/** The sorted values the grid counts (the output pass of a counting sort). */
export function expandGrid(grid: GridCounts): Float64Array {
  const { counts, low, decimals } = grid;
  const out = new Float64Array(grid.n);
  let at = 0;
  for (let j = 0; j < counts.length; j++) {
    const c = counts[j]!;
    if (c === 0) continue;
    const v = stepValue(low + j, decimals);
    if (c === 1) out[at++] = v;
    else {
      out.fill(v, at, at + c);
      at += c;
    }
  }
  return out;
}

/**
 * Walks the distinct values of two grids in ascending order together, calling
 * `visit(value, countA, countB)` for each value either holds. Steps are
 * compared as whole numbers on the finer of the two grids, so the order is exact.
 */
function walkTogether(
  a: GridCounts,
  b: GridCounts,
  visit: (value: number, countA: number, countB: number) => boolean | void,
): void {
  const decimals = Math.max(a.decimals, b.decimals);
  const fa = POW10[decimals - a.decimals]!;
  const fb = POW10[decimals - b.decimals]!;
  const ca = a.counts;
  const cb = b.counts;
  let i = nextNonZero(ca, 0);
  let j = nextNonZero(cb, 0);
  while (i < ca.length || j < cb.length) {
    const ka = i < ca.length ? (a.low + i) * fa : Infinity;
    const kb = j < cb.length ? (b.low + j) * fb : Infinity;
    const k = Math.min(ka, kb);
    const countA = ka === k ? ca[i]! : 0;
    const countB = kb === k ? cb[j]! : 0;
    if (visit(stepValue(k, decimals), countA, countB) === false) return;
    if (ka === k) i = nextNonZero(ca, i + 1);
    if (kb === k) j = nextNonZero(cb, j + 1);
  }
}

function nextNonZero(counts: Int32Array, from: number): number {
  let j = from;
  while (j < counts.length && counts[j] === 0) j++;
  return j;
}

/**
 * The L^p distance between the two grids' empirical CDFs, integrated over
 * their pooled values — scipy.stats._stats_py._cdf_distance, the same terms
 * as cdf-distance.ts takes from sorted values, one per pooled distinct value.
 */
export function gridCdfDistance(p: 1 | 2, a: GridCounts, b: GridCounts): number {
  if (a.n === 0 || b.n === 0) throw new RangeError('distance needs two non-empty samples');
  if (p === 1 && a.decimals === b.decimals && a.n * b.n <= Number.MAX_SAFE_INTEGER) return sameGridW1(a, b);
  const integral = new CdfIntegral(p, a.n, b.n);
  if (a.decimals === b.decimals) forEachSameGridStep(a, b, integral);
  else walkTogether(a, b, (value, countA, countB) => integral.step(value, countA, countB));
  return integral.result();
}

/**
 * W1 of two grids of the same decimals, from whole numbers. Between grid
 * steps k and k + 1 both CDFs are constant, at A(k)/nA and B(k)/nB (the
 * values counted up to step k), so W1 = Σ |A(k)·nB − B(k)·nA| / (nA·nB·10^d)
 * over the steps from the smallest value to the largest: the same integral
 * as scipy's sum over pooled values, cut at every step. Each term is a whole
 * number up to nA·nB, so they are added exactly in doubles, in blocks whose
 * sums stay below 2^53, and only the blocks' sums and the last two divisions
 * round: a loop of integer steps, several times faster than the walk over
 * pooled values, and closer to the exact value.
 */
function sameGridW1(a: GridCounts, b: GridCounts): number {
  const ca = a.counts;
  const cb = b.counts;
  const nA = a.n;
  const nB = b.n;
  const perBlock = Math.max(1, Math.floor(Number.MAX_SAFE_INTEGER / (nA * nB)));
  const total = new Sum();
  let block = 0;
  let inBlock = 0;
  // A(k) and B(k): small whole numbers, which the loop keeps as such (a third faster than doubles).
  let belowA = 0;
  let belowB = 0;
  // Up to the last step either grid covers: no interval follows it.
  const last = Math.max(a.low + ca.length, b.low + cb.length) - 1;
  for (let k = Math.min(a.low, b.low); k < last; k++) {
    const i = k - a.low;
    const j = k - b.low;
    if (i >= 0 && i < ca.length) belowA += ca[i]!;
    if (j >= 0 && j < cb.length) belowB += cb[j]!;
    block += Math.abs(belowA * nB - belowB * nA);
    if (++inBlock === perBlock) {
      total.add(block);
      block = 0;
      inBlock = 0;
    }
  }
  total.add(block);
  return total.value / (nA * nB) / POW10[a.decimals]!;
}

/** The sum of |F_a − F_b|^p × (next pooled value − this one), taken one pooled distinct value at a time. */
class CdfIntegral {
  private readonly total = new Sum();
  private belowA = 0; // count of a's values <= previous
  private belowB = 0;
  private previous = Number.NaN;

  constructor(
    private readonly p: 1 | 2,
    private readonly nA: number,
    private readonly nB: number,
  ) {}

  step(value: number, countA: number, countB: number): void {
    if (!Number.isNaN(this.previous)) {
      const diff = this.belowA / this.nA - this.belowB / this.nB;
      const delta = value - this.previous;
      this.total.add(this.p === 1 ? Math.abs(diff) * delta : diff * diff * delta);
    }
    this.belowA += countA;
    this.belowB += countB;
    this.previous = value;
  }

  result(): number {
    return this.p === 1 ? this.total.value : Math.sqrt(this.total.value);
  }
}

/** The pooled distinct values of two grids of the same decimals: one loop over the steps either covers, no merge. */
function forEachSameGridStep(a: GridCounts, b: GridCounts, integral: CdfIntegral): void {
  const ca = a.counts;
  const cb = b.counts;
  const to = Math.max(a.low + ca.length, b.low + cb.length);
  for (let k = Math.min(a.low, b.low); k < to; k++) {
    const i = k - a.low;
    const j = k - b.low;
    const countA = i >= 0 && i < ca.length ? ca[i]! : 0;
    const countB = j >= 0 && j < cb.length ? cb[j]! : 0;
    if (countA !== 0 || countB !== 0) integral.step(stepValue(k, a.decimals), countA, countB);
  }
}

/** The smallest and largest value the grid counts (n > 0). */
export function gridRange(grid: GridCounts): [number, number] {
  const { counts, low, decimals } = grid;
  let first = 0;
  while (counts[first] === 0) first++;
  let last = counts.length - 1;
  while (counts[last] === 0) last--;
  return [stepValue(low + first, decimals), stepValue(low + last, decimals)];
}

/** Distinct values of both grids together, counting no further than `limit`. */
export function gridDistinctUnionUpTo(a: GridCounts, b: GridCounts, limit: number): number {
  let count = 0;
  walkTogether(a, b, () => ++count < limit);
  return Math.min(count, limit);
}

/** Linear-interpolated quantile (numpy.quantile default) of the grid's values. */
export function gridQuantile(grid: GridCounts, q: number): number {
  return gridQuantiles(grid, [q])[0]!;
}

/**
 * Linear-interpolated quantiles (numpy.quantile default) of the grid's
 * values at the ascending levels `qs`, in one walk over the counts.
 */
export function gridQuantiles(grid: GridCounts, qs: readonly number[]): number[] {
  const { counts, low, decimals } = grid;
  const out: number[] = [];
  let j = 0;
  let seen = counts[0] ?? 0; // values at steps up to j
  // The value of sorted position p (0-based): the first step whose running count passes p.
  const valueAt = (position: number): number => {
    while (seen <= position) {
      if (++j >= counts.length) throw new RangeError('quantile position beyond the sample');
      seen += counts[j]!;
    }
    return stepValue(low + j, decimals);
  };
  for (const q of qs) {
    const position = (grid.n - 1) * q;
    const lo = Math.floor(position);
    const below = valueAt(lo);
    const above = valueAt(Math.min(lo + 1, grid.n - 1));
    out.push(below + (above - below) * (position - lo));
  }
  return out;
}

/**
 * Counts per bin of the grid's values over sorted `edges` — numpy.histogram:
 * half-open bins, the last one closed, values outside not counted.
 */
export function gridHistogramCounts(grid: GridCounts, edges: Float64Array): Float64Array {
  const bins = edges.length - 1;
  const out = new Float64Array(bins);
  const counts = grid.counts;
  // Each bin is a run of grid steps: its bounds are found once, then its counts are summed
  // (no value computed per step). Bins are half-open but the last, which is closed.
  let from = firstStep(grid, edges[0]!, false);
  for (let b = 0; b < bins; b++) {
    const to = Math.max(from, firstStep(grid, edges[b + 1]!, b === bins - 1));
    let sum = 0;
    for (let j = from; j < to; j++) sum += counts[j]!;
    out[b] = sum;
    from = to;
  }
  return out;
}

/** The first index of `grid.counts` whose value is at least x (above x when `above`), or counts.length. */
function firstStep(grid: GridCounts, x: number, above: boolean): number {
  const { counts, low, decimals } = grid;
  const passes = (j: number): boolean => {
    const v = stepValue(low + j, decimals);
    return above ? v > x : v >= x;
  };
  // From the step x rounds to, then exactly by the values themselves (the estimate is off by one at most).
  let j = Math.min(Math.max(Math.ceil(x * POW10[decimals]!) - low, 0), counts.length);
  while (j > 0 && passes(j - 1)) j--;
  while (j < counts.length && !passes(j)) j++;
  return j;
}
