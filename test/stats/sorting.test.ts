import { describe, expect, it } from 'vitest';
import {
  mean,
  sortedFinite,
  sortedFiniteWithMoments,
  sortFloat64,
  variance,
} from '../../actions/shared/stats/index.js';
import { pooledRanks, roundHalfEven } from '../../actions/shared/stats/sorting.js';
import { seededRandom } from '../../actions/shared/data/table-builder.js';

describe('sortFloat64 (distribution and radix sort)', () => {
  it.each([10, 5000, 100_000])(
    'orders %i values like TypedArray sort (-0 and +0 compare equal), infinities included',
    (n) => {
      const random = seededRandom(n);
      const values = Float64Array.from({ length: n }, (_, i) =>
        i % 37 === 0 ? 0 : (random() - 0.4) * 10 ** Math.floor(random() * 12 - 6),
      );
      values[0] = -0;
      values[1] = Infinity;
      values[2] = -Infinity;
      values[3] = Number.MIN_VALUE;
      values[4] = -Number.MAX_VALUE;
      const expected = values.slice().sort();
      const actual = sortFloat64(values.slice());
      for (let i = 0; i < n; i++) expect(actual[i] === expected[i], `index ${i}`).toBe(true);
    },
  );

  it.each([
    ['spread', (r: () => number) => r() * 100],
    ['skewed', (r: () => number) => Math.exp(12 * r())],
    ['discrete', (r: () => number) => Math.floor(r() * 7)],
    ['one outlier', (r: () => number, i: number) => (i === 0 ? 1e300 : r())],
    ['negative and positive', (r: () => number) => (r() - 0.5) * 1e6],
  ])('sorts %s data of finite range', (_name, make) => {
    const random = seededRandom(3);
    const values = Float64Array.from({ length: 50_000 }, (_, i) => make(random, i));
    const expected = values.slice().sort();
    const actual = sortFloat64(values.slice());
    expect(actual.every((v, i) => v === expected[i])).toBe(true);
  });
});

describe('sortedFinite', () => {
  it.each([
    [
      'spread, with NaN and infinities',
      50_000,
      (r: () => number, i: number) => (i % 11 === 0 ? [NaN, Infinity, -Infinity][i % 3]! : r() * 100),
    ],
    ['small', 100, (r: () => number, i: number) => (i % 7 === 0 ? NaN : r())],
    ['constant', 10_000, (_r: () => number, i: number) => (i % 5 === 0 ? NaN : 2.5)],
    [
      'infinite range',
      10_000,
      (r: () => number, i: number) => (i === 0 ? Number.MAX_VALUE : i === 1 ? -Number.MAX_VALUE : r()),
    ],
    ['all missing', 10_000, () => NaN],
  ])('keeps the finite values, sorted, of %s data and leaves the input alone', (_name, n, make) => {
    const random = seededRandom(5);
    const values = Float64Array.from({ length: n }, (_, i) => make(random, i));
    const before = values.slice();
    const expected = values.filter((v) => Number.isFinite(v)).sort();
    const actual = sortedFinite(values);
    expect(actual.length).toBe(expected.length);
    expect(actual.every((v, i) => v === expected[i])).toBe(true);
    expect(values.every((v, i) => Object.is(v, before[i]))).toBe(true);
  });
});

describe('counting sort of values on a decimal grid', () => {
  const decimalText = (random: () => number, decimals: number) => Number(((random() - 0.3) * 500).toFixed(decimals));

  it.each([0, 1, 2, 4, 6])('sorts values with %i decimals bit-identically to TypedArray sort', (decimals) => {
    const random = seededRandom(11 + decimals);
    const values = Float64Array.from({ length: 60_000 }, (_, i) =>
      i % 13 === 0 ? NaN : decimalText(random, decimals),
    );
    const expected = values.filter((v) => Number.isFinite(v)).sort();
    const actual = sortedFinite(values);
    expect(actual.length).toBe(expected.length);
    expect(actual.every((v, i) => v === expected[i])).toBe(true);
    const inPlace = sortFloat64(values.filter((v) => Number.isFinite(v)));
    expect(inPlace.every((v, i) => v === expected[i])).toBe(true);
  });

  it('falls back to the general sort when a value far down the column is off the grid', () => {
    const random = seededRandom(12);
    const values = Float64Array.from({ length: 50_000 }, () => decimalText(random, 2));
    values[49_999] = 1 / 3;
    const expected = values.slice().sort();
    expect(sortedFinite(values).every((v, i) => v === expected[i])).toBe(true);
    expect(sortFloat64(values.slice()).every((v, i) => v === expected[i])).toBe(true);
  });

  it('falls back when the grid is too fine for a count table, and keeps exact values then', () => {
    const random = seededRandom(13);
    // Whole numbers spread over 1e9: on the grid of 1, but a table of 1e9 counts is out of the question.
    const values = Float64Array.from({ length: 20_000 }, () => Math.floor(random() * 1e9));
    const expected = values.slice().sort();
    expect(sortedFinite(values).every((v, i) => v === expected[i])).toBe(true);
  });
});

describe('moments taken while sorting', () => {
  it.each([
    ['on a decimal grid (counting sort)', (r: () => number) => Number(((r() - 0.5) * 80).toFixed(3))],
    ['off any grid (distribution sort)', (r: () => number) => (r() - 0.5) * 80],
    ['few distinct values', (r: () => number) => Math.floor(r() * 5)],
  ])('agree with numpy mean, var and nunique for values %s', (_name, make) => {
    const random = seededRandom(21);
    const values = Float64Array.from({ length: 40_000 }, (_, i) => (i % 17 === 0 ? NaN : make(random)));
    const { sorted, moments } = sortedFiniteWithMoments(values);
    const finite = values.filter((v) => Number.isFinite(v));
    expect(sorted.length).toBe(finite.length);
    expect(moments!.distinct).toBe(new Set(finite).size);
    const m = mean(finite);
    expect(Math.abs(moments!.mean - m)).toBeLessThanOrEqual(1e-12 * Math.max(1, Math.abs(m)));
    const v = variance(finite, 0) * finite.length;
    expect(Math.abs(moments!.m2 - v)).toBeLessThanOrEqual(1e-10 * v);
  });
});

describe('ranks and rounding', () => {
  it('gives tied values their average rank (scipy rankdata average)', () => {
    const { ra, rb, ties } = pooledRanks(Float64Array.from([1, 2, 2]), Float64Array.from([2, 3]));
    expect([...ra]).toEqual([1, 3, 3]);
    expect([...rb]).toEqual([3, 5]);
    expect(ties).toEqual([3]);
  });

  it('rounds half to even like numpy.round', () => {
    expect([0.5, 1.5, 2.5, -0.5, 2.4, 2.6].map(roundHalfEven)).toEqual([0, 2, 2, -0, 2, 3]);
  });
});
