/** Neumaier-compensated sum: close to numpy's pairwise sums for long arrays. */
export class Sum {
  private sum = 0;
  private compensation = 0;

  add(value: number): void {
    const t = this.sum + value;
    if (Math.abs(this.sum) >= Math.abs(value)) this.compensation += this.sum - t + value;
    else this.compensation += value - t + this.sum;
    this.sum = t;
  }

  get value(): number {
    // With an infinite term the compensation is meaningless (inf - inf); the plain sum is right.
    return Number.isFinite(this.sum) ? this.sum + this.compensation : this.sum;
  }
}

export function sum(values: ArrayLike<number>): number {
  const s = new Sum();
  for (let i = 0; i < values.length; i++) s.add(values[i]!);
  return s.value;
}

export function mean(values: ArrayLike<number>): number {
  return sum(values) / values.length;
}

/** Variance with `ddof` as numpy.var: two passes, mean first. */
export function variance(values: ArrayLike<number>, ddof = 0): number {
  const m = mean(values);
  const s = new Sum();
  for (let i = 0; i < values.length; i++) {
    const d = values[i]! - m;
    s.add(d * d);
  }
  return s.value / (values.length - ddof);
}
