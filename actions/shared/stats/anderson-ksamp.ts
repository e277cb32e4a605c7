import { lowerBound, mergeSorted, sorted, upperBound } from './sorting.js';

export interface AndersonResult {
  readonly statistic: number;
  readonly pValue: number;
  /** Critical values at significance 25%, 10%, 5%, 2.5%, 1%, 0.5%, 0.1%. */
  readonly critical: readonly number[];
  /** True when the p-value was capped at 0.25 or floored at 0.001 (outside the interpolation table). */
  readonly capped: boolean;
}

const B0 = [0.675, 1.281, 1.645, 1.96, 2.326, 2.573, 3.085];
const B1 = [-0.245, 0.25, 0.678, 1.149, 1.822, 2.364, 3.615];
const B2 = [-0.105, -0.305, -0.362, -0.391, -0.396, -0.345, -0.154];
const SIG = [0.25, 0.1, 0.05, 0.025, 0.01, 0.005, 0.001];

/**
 * k-sample Anderson–Darling test for two samples — scipy.stats.anderson_ksamp
 * ([x, y], midrank=True) of scipy 1.10 (Scholz & Stephens 1987): the
 * standardized statistic, and a p-value interpolated from the critical-value
 * table by a quadratic fit of log(significance), capped at 0.25 and floored
 * at 0.001 as scipy does.
 */
export function andersonKsamp(x: ArrayLike<number>, y: ArrayLike<number>): AndersonResult {
  const samples = [sorted(x), sorted(y)];
  const k = samples.length;
  const Z = mergeSorted(samples[0]!, samples[1]!);
  const N = Z.length;
  const Zstar: number[] = [];
  for (let i = 0; i < N; i++) if (i === 0 || Z[i] !== Z[i - 1]) Zstar.push(Z[i]!);
  if (Zstar.length < 2) throw new RangeError('anderson_ksamp needs more than one distinct observation');
  const n = samples.map((s) => s.length);
  // Midrank statistic A2akN (scipy _anderson_ksamp_midrank).
  let A2akN = 0;
  const left = Zstar.map((z) => lowerBound(Z, z));
  const lj = Zstar.map((z, i) => (N === Zstar.length ? 1 : upperBound(Z, z) - left[i]!));
  const Bj = Zstar.map((_, i) => left[i]! + lj[i]! / 2);
  for (let s = 0; s < k; s++) {
    const sample = samples[s]!;
    const ni = n[s]!;
    let inner = 0;
    for (let j = 0; j < Zstar.length; j++) {
      const right = upperBound(sample, Zstar[j]!);
      const fij = right - lowerBound(sample, Zstar[j]!);
      const Mij = right - fij / 2;
      const B = Bj[j]!;
      inner += ((lj[j]! / N) * (N * Mij - B * ni) ** 2) / (B * (N - B) - (N * lj[j]!) / 4);
    }
    A2akN += inner / ni;
  }
  A2akN *= (N - 1) / N;
  const H = n.reduce((acc, v) => acc + 1 / v, 0);
  let hsLast = 0;
  let g = 0;
  // hs_cs = cumsum(1 / arange(N-1, 1, -1)); g = sum(hs_cs / arange(2, N)).
  for (let idx = 0, value = N - 1; value > 1; idx++, value--) {
    hsLast += 1 / value;
    g += hsLast / (idx + 2);
  }
  const h = hsLast + 1;
  const a = (4 * g - 6) * (k - 1) + (10 - 6 * g) * H;
  const b = (2 * g - 4) * k ** 2 + 8 * h * k + (2 * g - 14 * h - 4) * H - 8 * h + 4 * g - 6;
  const c = (6 * h + 2 * g - 2) * k ** 2 + (4 * h - 4 * g + 6) * k + (2 * h - 6) * H + 4 * h;
  const d = (2 * h + 6) * k ** 2 - 4 * h * k;
  const sigmasq = (a * N ** 3 + b * N ** 2 + c * N + d) / ((N - 1) * (N - 2) * (N - 3));
  const m = k - 1;
  const statistic = (A2akN - m) / Math.sqrt(sigmasq);
  const critical = B0.map((b0, i) => b0 + B1[i]! / Math.sqrt(m) + B2[i]! / m);
  const min = Math.min(...critical);
  const max = Math.max(...critical);
  if (statistic < min) return { statistic, pValue: 0.25, critical, capped: true };
  if (statistic > max) return { statistic, pValue: 0.001, critical, capped: true };
  const [c2, c1, c0] = quadraticFit(critical, SIG.map(Math.log));
  return { statistic, pValue: Math.exp((c2 * statistic + c1) * statistic + c0), critical, capped: false };
}

/** Least-squares y ≈ c2 x² + c1 x + c0 (numpy.polyfit(x, y, 2)), solved on centred x for conditioning. */
function quadraticFit(x: readonly number[], y: readonly number[]): [number, number, number] {
  const n = x.length;
  const mx = x.reduce((s, v) => s + v, 0) / n;
  // Normal equations in t = x - mx.
  const S = [0, 0, 0, 0, 0];
  const T = [0, 0, 0];
  for (let i = 0; i < n; i++) {
    const t = x[i]! - mx;
    let p = 1;
    for (let e = 0; e < 5; e++) {
      S[e]! += p;
      if (e < 3) T[e]! += p * y[i]!;
      p *= t;
    }
  }
  const M = [
    [S[0]!, S[1]!, S[2]!],
    [S[1]!, S[2]!, S[3]!],
    [S[2]!, S[3]!, S[4]!],
  ];
  const [d0, d1, d2] = solve3(M, T);
  // Back to powers of x: d2 (x - mx)² + d1 (x - mx) + d0.
  return [d2, d1 - 2 * d2 * mx, d0 - d1 * mx + d2 * mx * mx];
}

function solve3(M: number[][], v: number[]): [number, number, number] {
  const A = M.map((row, i) => [...row, v[i]!]);
  for (let col = 0; col < 3; col++) {
    let pivot = col;
    for (let r = col + 1; r < 3; r++) if (Math.abs(A[r]![col]!) > Math.abs(A[pivot]![col]!)) pivot = r;
    [A[col], A[pivot]] = [A[pivot]!, A[col]!];
    for (let r = 0; r < 3; r++) {
      if (r === col) continue;
      const f = A[r]![col]! / A[col]![col]!;
      for (let cc = col; cc < 4; cc++) A[r]![cc]! -= f * A[col]![cc]!;
    }
  }
  return [A[0]![3]! / A[0]![0]!, A[1]![3]! / A[1]![1]!, A[2]![3]! / A[2]![2]!];
}
