import { expandGrid, type GridCounts } from '../stats/decimal-grid.js';

/**
 * Counts a numeric column's values on their decimal grid while it is read,
 * for a caller that needs the column's distribution and not its rows (see
 * readDistributions): 2 bytes per grid step in range instead of 8 per row,
 * and the counts are already the counting sort the tests would otherwise run
 * after reading. The counts are 16 bits (a table half the size stays in the
 * cache better: counting is about a quarter faster); a step that passes
 * 65,535 values carries the rest in `wraps`.
 *
 * Only plain decimals are counted, each exactly k / 10^d for a whole k (what
 * the readers' decimal parsers give): Math.round(v · 10^d) is k again, with
 * no check. The table grows with the range and the decimals seen; when it
 * would pass MAX_STEPS the counter declines (`add` returns false) and hands
 * back the values it took, which the column keeps instead (ColumnBuilder.materialize).
 */
export class GridCounter {
  private decimals = 0;
  private scale = 1;
  /** Grid step counted by counts[0]. */
  private origin = 0;
  private counts = new Uint16Array(0);
  /** Per grid step whose 16-bit count wrapped around: how many times (each 65,536 values). */
  private readonly wraps = new Map<number, number>();
  /** Smallest and largest step counted so far (Infinity/-Infinity before the first). */
  private lowStep = Infinity;
  private highStep = -Infinity;
  /** Values counted. */
  private counted = 0;
  /**
   * Values taken but not yet counted, with their most decimals and bounds.
   * Counting a column's values in batches of many thousands keeps the part
   * of its table in use in the cache; counting each few thousand rows of
   * every column in turn (as a reader meets them) misses it nearly every time.
   */
  private staged = new Float64Array(0);
  private stagedCount = 0;
  private stagedFraction = 0;
  private stagedLow = Infinity;
  private stagedHigh = -Infinity;
  /** Set once the values no longer fit a table: the counter then only keeps what it took (see `values`). */
  private refused = false;
  /** Values the reader expects (sizes the stage once, instead of doubling it up to STAGE_MAX). */
  private expected = 0;

  /**
   * Takes one plain decimal with `fraction` digits after the point. False
   * (and `declined` set) when the values taken so far no longer fit a table:
   * the caller takes them back with `values()` and keeps them instead.
   */
  add(value: number, fraction: number): boolean {
    this.reserve(1);
    this.staged[this.stagedCount++] = value;
    this.widen(fraction, value, value);
    return !this.refused;
  }

  /**
   * Takes the `count` numbers among values[from, to), skipping NaN
   * (missing): plain decimals with at most `fraction` digits after the
   * point, between low and high. False as for `add`.
   */
  addRun(
    values: Float64Array,
    from: number,
    to: number,
    count: number,
    fraction: number,
    low: number,
    high: number,
  ): boolean {
    if (count === 0) return !this.refused;
    this.reserve(count);
    const staged = this.staged;
    let at = this.stagedCount;
    if (count === to - from) {
      staged.set(values.subarray(from, to), at);
      at += count;
    } else {
      for (let i = from; i < to; i++) {
        const v = values[i]!;
        if (v === v) staged[at++] = v;
      }
    }
    this.stagedCount = at;
    this.widen(fraction, low, high);
    return !this.refused;
  }

  /** Whether the counter gave up (see `add`). */
  get declined(): boolean {
    return this.refused;
  }

  /** The counts over the steps from the smallest value to the largest, or undefined when they do not fit a table. */
  grid(): GridCounts | undefined {
    if (!this.flush()) return undefined;
    const n = this.counted;
    if (n === 0) return { decimals: this.decimals, low: 0, counts: new Int32Array(0), n: 0 };
    const counts = this.wideCounts(this.lowStep, this.highStep + 1);
    return { decimals: this.decimals, low: this.lowStep, counts, n };
  }

  /** Every value taken, counted ones in ascending order and then the rest. */
  values(): Float64Array {
    const counts = this.wideCounts(this.origin, this.origin + this.counts.length);
    const counted = this.counted
      ? expandGrid({ decimals: this.decimals, low: this.origin, counts, n: this.counted })
      : new Float64Array(0);
    const out = new Float64Array(counted.length + this.stagedCount);
    out.set(counted);
    out.set(this.staged.subarray(0, this.stagedCount), counted.length);
    return out;
  }

  /** The reader expects about this many values in all (its estimate from the file size). */
  expect(values: number): void {
    this.expected = Math.max(this.expected, values);
  }

  /** Makes room to stage `count` more values, counting what is staged when the stage is at its largest. */
  private reserve(count: number): void {
    const need = this.stagedCount + count;
    if (need <= this.staged.length) return;
    if (this.staged.length >= STAGE_MAX && this.flush()) return this.reserve(count);
    // The stage grows with the values taken or expected (so never much past their own size) up to
    // STAGE_MAX, or further for one big run.
    const grown = Math.max(STAGE_MIN, this.staged.length * 2, Math.min(this.expected, STAGE_MAX));
    const staged = new Float64Array(Math.max(need, Math.min(STAGE_MAX, grown)));
    staged.set(this.staged.subarray(0, this.stagedCount));
    this.staged = staged;
  }

  private widen(fraction: number, low: number, high: number): void {
    if (fraction > this.stagedFraction) this.stagedFraction = fraction;
    if (low < this.stagedLow) this.stagedLow = low;
    if (high > this.stagedHigh) this.stagedHigh = high;
  }

  /** Counts the staged values; false (all kept staged, for good) when they do not fit a table. */
  private flush(): boolean {
    if (this.refused) return false;
    if (this.stagedCount === 0) return true;
    if (!this.cover(this.stagedLow, this.stagedHigh, this.stagedFraction)) {
      this.refused = true;
      return false;
    }
    const { counts, scale, origin, staged } = this;
    const n = this.stagedCount;
    for (let i = 0; i < n; i++) {
      const j = Math.round(staged[i]! * scale) - origin;
      const c = (counts[j]! + 1) & 0xffff;
      counts[j] = c;
      if (c === 0) this.wraps.set(origin + j, (this.wraps.get(origin + j) ?? 0) + 1);
    }
    this.counted += n;
    this.stagedCount = 0;
    this.stagedFraction = 0;
    this.stagedLow = Infinity;
    this.stagedHigh = -Infinity;
    return true;
  }

  /**
   * Makes the table cover the steps of [low, high] with `fraction` decimals:
   * finer steps rescale it, a wider range regrows it with slack on both sides.
   * False, with the counts unchanged, when that would take more than MAX_STEPS.
   */
  private cover(low: number, high: number, fraction: number): boolean {
    if (fraction > this.decimals && !this.refine(fraction)) return false;
    const lowStep = Math.round(low * this.scale);
    const highStep = Math.round(high * this.scale);
    // Beyond 2^53 steps are no longer whole numbers a double holds exactly.
    if (!Number.isSafeInteger(lowStep) || !Number.isSafeInteger(highStep)) return false;
    if (lowStep >= this.origin && highStep < this.origin + this.counts.length) {
      this.lowStep = Math.min(this.lowStep, lowStep);
      this.highStep = Math.max(this.highStep, highStep);
      return true;
    }
    const from = Math.min(lowStep, this.lowStep);
    const to = Math.max(highStep, this.highStep);
    const needed = to - from + 1;
    if (needed > MAX_STEPS) return false;
    // Slack of half the range each side: the first run of a file seldom holds its extremes.
    const slack = Math.min(Math.ceil(needed / 8), Math.floor((MAX_STEPS - needed) / 2));
    this.retable(from - slack, needed + 2 * slack, 1);
    this.lowStep = from;
    this.highStep = to;
    return true;
  }

  /** Moves to `fraction` decimals: step k becomes k · 10^(fraction − decimals). */
  private refine(fraction: number): boolean {
    const factor = 10 ** (fraction - this.decimals);
    if (this.counted > 0) {
      const steps = (this.highStep - this.lowStep) * factor + 1;
      if (
        steps > MAX_STEPS ||
        !Number.isSafeInteger(this.highStep * factor) ||
        !Number.isSafeInteger(this.lowStep * factor)
      )
        return false;
      this.retable(this.lowStep * factor, steps, factor);
      this.lowStep *= factor;
      this.highStep *= factor;
    } else {
      this.counts = new Uint16Array(0);
      this.origin = 0;
    }
    this.decimals = fraction;
    this.scale = 10 ** fraction;
    return true;
  }

  /** A new table of `length` steps from `origin`, holding the old counts (each old step multiplied by `factor`). */
  private retable(origin: number, length: number, factor: number): void {
    const counts = new Uint16Array(length);
    const old = this.counts;
    for (let j = 0; j < old.length; j++) {
      const c = old[j]!;
      if (c !== 0) counts[(this.origin + j) * factor - origin] = c;
    }
    if (factor !== 1 && this.wraps.size > 0) {
      const moved = [...this.wraps].map(([step, times]) => [step * factor, times] as const);
      this.wraps.clear();
      for (const [step, times] of moved) this.wraps.set(step, times);
    }
    this.counts = counts;
    this.origin = origin;
  }

  /** The full counts of steps [from, to) (all within the table), wrapped counts made whole. */
  private wideCounts(from: number, to: number): Int32Array {
    const counts = Int32Array.from(this.counts.subarray(from - this.origin, to - this.origin));
    for (const [step, times] of this.wraps) if (step >= from && step < to) counts[step - from]! += times * 65536;
    return counts;
  }
}

/** Most grid steps a counter's table holds (8 MB): a wider column keeps its values. */
export const MAX_STEPS = 1 << 22;
/** Values staged at most before they are counted (2 MB: a column's table is then reloaded into the cache once per 256K values), and at least once staging (8 KB). */
const STAGE_MAX = 1 << 18;
const STAGE_MIN = 1 << 10;
