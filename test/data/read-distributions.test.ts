import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { GridCounter, MAX_STEPS } from '../../actions/shared/data/grid-counter.js';
import { type DistributionColumn, readDistributions, readTable } from '../../actions/shared/data/index.js';
import { seededRandom } from '../../actions/shared/data/table-builder.js';
import { expandGrid } from '../../actions/shared/stats/index.js';

const dir = mkdtempSync(path.join(tmpdir(), 'read-distributions-'));

function write(name: string, text: string): string {
  const file = path.join(dir, name);
  writeFileSync(file, text);
  return file;
}

/** A numeric column's finite values in ascending order, however the reader kept them (-0 reads as 0). */
function finiteSorted(column: DistributionColumn): number[] {
  if (column.kind !== 'numeric') throw new Error(`${column.name} is not numeric`);
  const values = 'counts' in column ? expandGrid(column.counts) : column.values.filter((v) => Number.isFinite(v));
  return Array.from(values, (v) => v + 0).sort((a, b) => a - b);
}

/** A categorical column's count per level. */
function levelCounts(column: DistributionColumn): Record<string, number> {
  if (column.kind !== 'categorical') throw new Error(`${column.name} is not categorical`);
  const counts: Record<string, number> = {};
  for (const code of column.codes)
    if (code >= 0) counts[column.levels[code]!] = (counts[column.levels[code]!] ?? 0) + 1;
  return counts;
}

/** readDistributions gives every column the same kind, missing count and multiset of values as readTable. */
async function expectSameDistributions(file: string): Promise<Map<string, DistributionColumn>> {
  const rows = await readTable(file);
  const distributions = await readDistributions(file);
  expect(distributions.rowCount).toBe(rows.rowCount);
  expect(distributions.notes).toEqual(rows.notes);
  expect(distributions.sources).toEqual(rows.sources);
  for (const column of rows.columns) {
    const other = distributions.column(column.name)!;
    expect(other.kind, column.name).toBe(column.kind);
    expect(other.missing, column.name).toBe(column.missing);
    if (column.kind === 'numeric') expect(finiteSorted(other), column.name).toEqual(finiteSorted(column));
    else expect(levelCounts(other), column.name).toEqual(levelCounts(column));
    // The level counts and missing count the reader tallied agree with the codes, in both readers.
    for (const read of [column, other]) {
      if (read.kind !== 'categorical') continue;
      const tallied = Object.fromEntries(
        read.levels.flatMap((level, code) => (read.levelCounts[code]! > 0 ? [[level, read.levelCounts[code]!]] : [])),
      );
      expect(tallied, read.name).toEqual(levelCounts(read));
      expect(read.missing, read.name).toBe(read.codes.filter((code) => code < 0).length);
    }
  }
  return new Map(distributions.columns.map((column) => [column.name, column]));
}

describe('readDistributions', () => {
  it('counts columns of plain decimals and gives the same distributions as readTable', async () => {
    const random = seededRandom(11);
    const lines = ['price,score,integer,label,late_text,late_exponent\n'];
    for (let i = 0; i < 30_000; i++) {
      const price = random() < 0.05 ? '' : (Math.round(random() * 1e4) / 100).toString();
      const score = random() < 0.03 ? 'NA' : (Math.round((random() - 0.5) * 2e4) / 1e4).toString();
      const integer = String(Math.floor(random() * 50) - 25);
      const label = random() < 0.5 ? 'a' : '"b"';
      // Columns that leave the counting path partway: a stray text, a number in exponent form.
      const lateText = i === 20_000 ? 'oops' : String(Math.floor(random() * 1000) / 10);
      const lateExponent = i === 25_000 ? '1e-3' : String(Math.floor(random() * 1000) / 10);
      lines.push(`${price},${score},${integer},${label},${lateText},${lateExponent}${random() < 0.1 ? '\r\n' : '\n'}`);
    }
    const columns = await expectSameDistributions(write('mixed.csv', lines.join('')));
    for (const name of ['price', 'score', 'integer']) expect('counts' in columns.get(name)!, name).toBe(true);
    for (const name of ['late_text', 'late_exponent']) expect('counts' in columns.get(name)!, name).toBe(false);
  });

  it('refines the grid when later rows have more decimals, and keeps values when the range is too wide to count', async () => {
    const lines = ['refined,wide,sparse'];
    for (let i = 0; i < 20_000; i++) {
      const refined = i < 10_000 ? String(i % 17) : (i / 1000).toFixed(3);
      // 0.0001 steps over a range of a million: more steps than a counter holds.
      const wide = i % 2 ? '0.0001' : String(1_000_000 + i);
      // Few values over many steps: counted while reading, then given back as values.
      const sparse = i < 10 ? String(i * 100_000) : '';
      lines.push(`${refined},${wide},${sparse}`);
    }
    expect(1e6 * 1e4).toBeGreaterThan(MAX_STEPS);
    const columns = await expectSameDistributions(write('grids.csv', `${lines.join('\n')}\n`));
    expect('counts' in columns.get('refined')!).toBe(true);
    expect('counts' in columns.get('wide')!).toBe(false);
    expect('counts' in columns.get('sparse')!).toBe(false);
  });

  it('stays exact while the counters of many columns regrow their tables as the ranges grow', async () => {
    // Each column's range keeps growing, to 150,000 steps: its counter's table is made again and again.
    const names = Array.from({ length: 24 }, (_, c) => `g${c}`);
    const random = seededRandom(5);
    const lines = [names.join(',')];
    for (let i = 0; i < 40_000; i++) {
      lines.push(names.map((_, c) => (c * 10 + i * 0.0375 + Math.floor(random() * 100) / 100).toFixed(2)).join(','));
    }
    const columns = await expectSameDistributions(write('growing.csv', `${lines.join('\n')}\n`));
    for (const name of names) expect('counts' in columns.get(name)!, name).toBe(true);
  });

  it('keeps a uniform sample beyond max-rows, the same for the same seed', async () => {
    const lines = ['x,y'];
    for (let i = 0; i < 5000; i++) lines.push(`${i},${i % 10 === 0 ? '' : (i / 100).toFixed(2)}`);
    const file = write('sampled.csv', `${lines.join('\n')}\n`);
    const first = await readDistributions(file, { maxRows: 1000, seed: 3 });
    const again = await readDistributions(file, { maxRows: 1000, seed: 3 });
    expect(first.rowCount).toBe(1000);
    expect(first.sampled).toEqual({ from: 5000, seed: 3 });
    for (const name of ['x', 'y']) {
      const column = first.column(name)!;
      const kept = finiteSorted(column);
      expect(kept.length + column.missing).toBe(1000);
      expect(finiteSorted(again.column(name)!)).toEqual(kept);
      // A sample of the rows, not their first thousand.
      expect(kept[kept.length - 1]).toBeGreaterThan(name === 'x' ? 2000 : 20);
    }
    // Every kept x is a distinct row.
    expect(new Set(finiteSorted(first.column('x')!)).size).toBe(1000 - first.column('x')!.missing);
  });

  it('reads JSON Lines and TSV the same way as readTable', async () => {
    const jsonl = Array.from({ length: 3000 }, (_, i) =>
      JSON.stringify(i === 1500 ? { a: i / 4, late: 2.5 } : { a: i / 4, b: i % 3 === 0 ? null : `k${i % 5}` }),
    ).join('\n');
    await expectSameDistributions(write('rows.jsonl', `${jsonl}\n`));
    const tsv = ['a\tb', ...Array.from({ length: 3000 }, (_, i) => `${(i * 0.37).toFixed(2)}\t${i % 7}`)].join('\n');
    await expectSameDistributions(write('rows.tsv', `${tsv}\n`));
  });
});

describe('GridCounter', () => {
  it('counts past the 65,535 a step holds in 16 bits, also across rescaling', () => {
    const counter = new GridCounter();
    const many = new Float64Array(140_000).fill(2.5);
    many[7] = 3;
    expect(counter.addRun(many, 0, many.length, many.length, 1, 2.5, 3)).toBe(true);
    expect(counter.grid()).toEqual({
      decimals: 1,
      low: 25,
      counts: Int32Array.from([139_999, 0, 0, 0, 0, 1]),
      n: 140_000,
    });
    // A value with more decimals moves every step (and its wrapped counts) to the finer grid.
    counter.add(2.55, 2);
    const grid = counter.grid()!;
    expect(grid.decimals).toBe(2);
    expect(grid.counts[0]).toBe(139_999);
    expect(grid.counts[5]).toBe(1);
    expect(grid.counts[50]).toBe(1);
    expect(grid.n).toBe(140_001);
    expect(Array.from(counter.values()).filter((v) => v === 2.5)).toHaveLength(139_999);
  });

  it('counts decimals exactly across rescaling and growth, and hands back every value when it declines', () => {
    const counter = new GridCounter();
    const taken: number[] = [];
    const take = (value: number, fraction: number) => {
      taken.push(value);
      return counter.add(value, fraction);
    };
    for (let i = 0; i < 5000; i++) expect(take((i % 1000) - 500, 0)).toBe(true);
    for (let i = 0; i < 5000; i++) expect(take(Math.round(i * 37) / 1000, 3)).toBe(true);
    const run = Float64Array.from([1.5, Number.NaN, -7.25, 999.99]);
    expect(counter.addRun(run, 0, 4, 3, 2, -7.25, 999.99)).toBe(true);
    taken.push(1.5, -7.25, 999.99);
    const grid = counter.grid()!;
    expect(grid.decimals).toBe(3);
    expect(grid.n).toBe(taken.length);
    expect(Array.from(expandGrid(grid))).toEqual([...taken].sort((a, b) => a - b));
    // A value far out: the table would pass its limit (found when the staged values are counted).
    take(1e9, 3);
    expect(counter.grid()).toBeUndefined();
    expect(counter.declined).toBe(true);
    expect(take(1, 0)).toBe(false);
    expect(Array.from(counter.values()).sort((a, b) => a - b)).toEqual([...taken].sort((a, b) => a - b));
  });
});
