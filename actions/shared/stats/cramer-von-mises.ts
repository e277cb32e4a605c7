import gammaln from '@stdlib/math-base-special-gammaln';
import type { TestResult } from './ks-2samp.js';
import { pooledRanks, sorted } from './sorting.js';
import { Sum } from './summation.js';

/**
 * Two-sample Cramér–von Mises test — scipy.stats.cramervonmises_2samp(x, y)
 * with method='auto' of scipy 1.10: the exact null distribution (Xiao et al.
 * 2006 recursion) when both samples have at most 20 values, otherwise the
 * limiting distribution of the normalised statistic (Anderson 1962, Csörgő &
 * Faraway 1996).
 */
export function cramerVonMises2samp(
  x: ArrayLike<number>,
  y: ArrayLike<number>,
): TestResult & { method: 'exact' | 'asymptotic' } {
  const a = sorted(x);
  const b = sorted(y);
  const nx = a.length;
  const ny = b.length;
  if (nx <= 1 || ny <= 1) throw new RangeError('cramervonmises_2samp needs at least two observations per sample');
  const method = Math.max(nx, ny) > 20 ? 'asymptotic' : 'exact';
  const { ra, rb } = pooledRanks(a, b);
  const sx = new Sum();
  for (let i = 0; i < nx; i++) sx.add((ra[i]! - (i + 1)) ** 2);
  const sy = new Sum();
  for (let i = 0; i < ny; i++) sy.add((rb[i]! - (i + 1)) ** 2);
  const u = nx * sx.value + ny * sy.value;
  const k = nx * ny;
  const N = nx + ny;
  const statistic = u / (k * N) - (4 * k - 1) / (6 * N);
  let pValue: number;
  if (method === 'exact') pValue = exactPValue(u, nx, ny);
  else {
    const et = (1 + 1 / N) / 6;
    let vt = (N + 1) * (4 * k * N - 3 * (nx ** 2 + ny ** 2) - 2 * k);
    vt = vt / (45 * N ** 2 * 4 * k);
    const tn = 1 / 6 + (statistic - et) / Math.sqrt(45 * vt);
    pValue = tn < 0.003 ? 1 : Math.max(0, 1 - cdfCvmInf(tn));
  }
  return { statistic, pValue, method };
}

/** scipy `_pval_cvm_2samp_exact`: frequencies of the statistic by the recursion of Xiao et al. (2006). */
function exactPValue(s: number, m: number, n: number): number {
  const lcm = (m * n) / gcd(m, n);
  const a = lcm / m;
  const b = lcm / n;
  const mn = m * n;
  const zeta = Math.floor((lcm ** 2 * (m + n) * (6 * s - mn * (4 * mn - 1))) / (6 * mn ** 2));
  // gs[v]: map from statistic value to count, for paths ending at column v.
  let gs: Map<number, number>[] = [new Map([[0, 1]])];
  for (let v = 1; v <= m; v++) gs.push(new Map());
  for (let u = 0; u <= n; u++) {
    const next: Map<number, number>[] = [];
    let tmp = new Map<number, number>();
    for (let v = 0; v <= m; v++) {
      const merged = new Map(tmp);
      for (const [value, count] of gs[v]!) merged.set(value, (merged.get(value) ?? 0) + count);
      const step = (a * v - b * u) ** 2;
      tmp = new Map();
      for (const [value, count] of merged) tmp.set(value + step, count);
      next.push(tmp);
    }
    gs = next;
  }
  let hits = 0;
  let combinations = 0;
  for (const [value, count] of gs[m]!) {
    combinations += count;
    if (value >= zeta) hits += count;
  }
  return hits / combinations;
}

function gcd(a: number, b: number): number {
  while (b) [a, b] = [b, a % b];
  return a;
}

/**
 * exp(-q) K_ν(q), the scaled modified Bessel function of the second kind, by
 * the integral ∫₀^∞ exp(-q (1 + cosh t)) cosh(ν t) dt. The trapezoidal rule
 * on this smooth, doubly-exponentially decaying integrand converges to full
 * double precision at this step (the error falls like exp(-π²/h)).
 */
export function scaledBesselK(nu: number, q: number): number {
  const h = 0.02;
  const total = new Sum();
  total.add(0.5 * Math.exp(-2 * q));
  for (let i = 1; ; i++) {
    const t = i * h;
    const term = Math.exp(-q * (1 + Math.cosh(t))) * Math.cosh(nu * t);
    total.add(term);
    if (term < 1e-300 || (term < 1e-18 * total.value && q * Math.cosh(t) > 40)) break;
  }
  return total.value * h;
}

/** CDF of the limiting Cramér–von Mises distribution (scipy `_cdf_cvm_inf`, series until a term < 1e-7). */
export function cdfCvmInf(x: number): number {
  let total = 0;
  for (let k = 0; ; k++) {
    const u = Math.exp(gammaln(k + 0.5) - gammaln(k + 1)) / (Math.PI ** 1.5 * Math.sqrt(x));
    const y = 4 * k + 1;
    const q = y ** 2 / (16 * x);
    const z = u * Math.sqrt(y) * scaledBesselK(0.25, q);
    total += z;
    if (!(Math.abs(z) >= 1e-7)) break;
  }
  return total;
}
