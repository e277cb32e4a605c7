import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect } from 'vitest';

/** The committed scipy 1.10 reference values (test/reference/drift/make_reference.py). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- shape checked by the tests that read it
export const reference: any = JSON.parse(
  readFileSync(path.join(import.meta.dirname, '../reference/drift/reference.json'), 'utf8'),
  (_key, value: unknown) =>
    value === 'NaN' ? Number.NaN : value === 'Infinity' ? Infinity : value === '-Infinity' ? -Infinity : value,
);

/** Statistics: 1e-9 relative (1e-12 absolute near zero). */
export function expectStatistic(actual: number, expected: number, label: string): void {
  if (Number.isNaN(expected) || !Number.isFinite(expected)) return expect(actual, label).toBe(expected);
  const error = Math.abs(actual - expected);
  expect(error <= 1e-12 || error <= 1e-9 * Math.abs(expected), `${label}: ${actual} vs ${expected}`).toBe(true);
}

/** p-values: 1e-6 absolute or 1e-6 relative. */
export function expectPValue(actual: number, expected: number, label: string): void {
  if (Number.isNaN(expected)) return expect(actual, label).toBeNaN();
  const error = Math.abs(actual - expected);
  expect(error <= 1e-6 || error <= 1e-6 * Math.abs(expected), `${label}: ${actual} vs ${expected}`).toBe(true);
}
