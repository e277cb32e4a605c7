import { Sum } from './summation.js';

/** scipy.special.rel_entr(x, y): x log(x / y), 0 when x is 0, +inf when only y is 0. */
export function relEntr(x: number, y: number): number {
  if (x > 0 && y > 0) return x * Math.log(x / y);
  if (x === 0 && y >= 0) return 0;
  return Infinity;
}

function normalised(p: ArrayLike<number>): Float64Array {
  const total = new Sum();
  for (let i = 0; i < p.length; i++) total.add(p[i]!);
  return Float64Array.from(p, (x) => x / total.value);
}

/** Jensen–Shannon distance (natural log) — scipy.spatial.distance.jensenshannon(p, q). */
export function jensenShannon(p: ArrayLike<number>, q: ArrayLike<number>): number {
  const a = normalised(p);
  const b = normalised(q);
  const left = new Sum();
  const right = new Sum();
  for (let i = 0; i < a.length; i++) {
    const m = (a[i]! + b[i]!) / 2;
    left.add(relEntr(a[i]!, m));
    right.add(relEntr(b[i]!, m));
  }
  return Math.sqrt((left.value + right.value) / 2);
}

/** Kullback–Leibler divergence of normalised p from q — scipy.stats.entropy(pk, qk). */
export function klDivergence(p: ArrayLike<number>, q: ArrayLike<number>): number {
  const a = normalised(p);
  const b = normalised(q);
  const total = new Sum();
  for (let i = 0; i < a.length; i++) total.add(relEntr(a[i]!, b[i]!));
  return total.value;
}

/** Population stability index Σ (r - c) ln(r / c) over shares (Evidently's `psi`, no normalisation). */
export function psi(reference: ArrayLike<number>, current: ArrayLike<number>): number {
  const total = new Sum();
  for (let i = 0; i < reference.length; i++) {
    const r = reference[i]!;
    const c = current[i]!;
    total.add((r - c) * Math.log(r / c));
  }
  return total.value;
}
