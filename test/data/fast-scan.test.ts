import { createHash } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readTable } from '../../actions/shared/data/index.js';
import { seededRandom } from '../../actions/shared/data/table-builder.js';
import { ColumnBuilder, fieldHash } from '../../actions/shared/data/column-builder.js';
import { RowScanner } from '../../actions/shared/data/row-scanner.js';
import { expandGrid, finiteSample } from '../../actions/shared/stats/index.js';

const dir = mkdtempSync(path.join(tmpdir(), 'fast-scan-'));

// Number texts the fast paths must read exactly as Number(text) does, or hand to the general parser.
const NUMBER_TEXTS = [
  '0',
  '-0',
  '007',
  '1.',
  '.5',
  '-.5',
  '3.14159',
  '-2.5e3',
  '1E-7',
  '+4',
  '123456789012345',
  '1234567890123456789',
  '0.1000000000000000055511151231257827',
  '9007199254740993',
  '-0.000000000000001',
  '0.30000000000000004',
  '1e400',
  '12.5000',
  // Around the scanner's one-word path (at most 7 digits and a point after the sign).
  '1234567',
  '12345678',
  '1.234567',
  '123.4567',
  '1234.5678',
  '-0.00001',
  '1..5',
  '.',
];

function randomNumberText(random: () => number): string {
  const pick = random();
  if (pick < 0.3) return NUMBER_TEXTS[Math.floor(random() * NUMBER_TEXTS.length)]!;
  if (pick < 0.6) return String(Math.round((random() - 0.5) * 1e6) / 10 ** Math.floor(random() * 8));
  return String((random() - 0.5) * 10 ** Math.floor(random() * 30 - 15));
}

describe('fast record scanning', () => {
  it('reads every number bit-identical to Number(text), mixed with quoted, CRLF and missing fields', async () => {
    const random = seededRandom(7);
    const expected: number[][] = [[], [], []];
    const lines = ['a,b,c,label'];
    for (let i = 0; i < 60_000; i++) {
      const texts = [randomNumberText(random), randomNumberText(random), randomNumberText(random)];
      const fields = texts.map((text, k) => {
        const shape = random();
        if (shape < 0.05) {
          expected[k]!.push(Number.NaN);
          return shape < 0.025 ? '' : 'NA';
        }
        expected[k]!.push(Number(text));
        return shape < 0.1 ? `"${text}"` : text;
      });
      const label = random() < 0.1 ? '"x, ""quoted"""' : random() < 0.5 ? 'alpha' : '"beta"';
      lines.push(`${fields.join(',')},${label}${random() < 0.2 ? '\r\n' : '\n'}`);
    }
    const table = await readTable(path.join(dir, write('numbers.csv', `${lines[0]}\n${lines.slice(1).join('')}`)));
    expect(table.rowCount).toBe(60_000);
    for (const [k, name] of ['a', 'b', 'c'].entries()) {
      const column = table.column(name);
      if (column?.kind !== 'numeric') throw new Error(`${name} is not numeric`);
      const want = expected[k]!;
      for (let i = 0; i < want.length; i++) {
        if (!Object.is(column.values[i], want[i])) throw new Error(`${name}[${i}]: ${column.values[i]} != ${want[i]}`);
      }
    }
    const label = table.column('label');
    if (label?.kind !== 'categorical') throw new Error('label is not categorical');
    expect([...label.levels].sort()).toEqual(['alpha', 'beta', 'x, "quoted"']);
  });

  it('keeps categories, missing values and counts exact while columns change from numbers to texts', async () => {
    const random = seededRandom(17);
    const rows = 30_000;
    const levels = ['red', 'green', 'blue', 'cyan, light', 'NA', ''];
    const expected = { n: [] as number[], c: [] as (string | null)[], m: [] as (string | null)[], f: [] as string[] };
    const lines = ['n,c,m,f'];
    for (let i = 0; i < rows; i++) {
      // n: numbers with missing values; c: categories (a new one appears late); m: numbers until a text at row 20000.
      const nText = random() < 0.05 ? (random() < 0.5 ? '' : 'NA') : String(Math.round(random() * 1e5) / 100);
      expected.n.push(nText === '' || nText === 'NA' ? NaN : Number(nText));
      const level = i > 25_000 && random() < 0.1 ? 'late' : levels[Math.floor(random() * levels.length)]!;
      expected.c.push(level === '' || level === 'NA' ? null : level);
      const mText = i === 20_000 ? 'oops' : String(i % 7);
      expected.m.push(mText);
      const fText = String(i % 3);
      expected.f.push(fText);
      const quoted = level.includes(',') || random() < 0.1 ? `"${level}"` : level;
      lines.push(`${nText},${quoted},${mText},${fText}${random() < 0.3 ? '\r\n' : '\n'}`);
    }
    const file = write('states.csv', `${lines[0]}\n${lines.slice(1).join('')}`);
    const table = await readTable(path.join(dir, file), { categoricalColumns: ['f'] });
    expect(table.rowCount).toBe(rows);
    const n = table.column('n');
    if (n?.kind !== 'numeric') throw new Error('n is not numeric');
    expect(n.missing).toBe(expected.n.filter((v) => Number.isNaN(v)).length);
    expect(n.values.every((v, i) => Object.is(v, expected.n[i]))).toBe(true);
    for (const [name, want] of [
      ['c', expected.c],
      ['f', expected.f],
    ] as const) {
      const column = table.column(name);
      if (column?.kind !== 'categorical') throw new Error(`${name} is not categorical`);
      const got = [...column.codes].map((code) => (code < 0 ? null : column.levels[code]!));
      expect(got).toEqual(want);
      expect(column.missing).toBe(want.filter((v) => v === null).length);
      // Levels in order of first appearance, each present.
      expect(column.levels).toEqual([...new Set(want.filter((v) => v !== null))]);
    }
    // One stray text in 30,000 numbers: numeric, the text missing, and a note says so.
    const m = table.column('m');
    if (m?.kind !== 'numeric') throw new Error('m is not numeric');
    expect(Number.isNaN(m.values[20_000])).toBe(true);
    expect(m.values[20_001]).toBe(20_001 % 7);
    expect(m.missing).toBe(1);
    expect(table.notes.some((note) => note.includes("'m'") && note.includes('oops'))).toBe(true);
  });

  it('vouches for a decimal grid only when every number was a plain decimal, and sorting on it stays exact', async () => {
    const random = seededRandom(23);
    const lines = ['grid,exp,long'];
    // Over 1 MB, so records are cut at chunk ends: the part read before the cut keeps the grid too.
    for (let i = 0; i < 120_000; i++) {
      const grid = (Math.round((random() - 0.5) * 2e5) / 1000).toFixed(Math.floor(random() * 4));
      const exp = i === 15_000 ? '1e3' : String(i % 100);
      const long = i === 17_000 ? '0.30000000000000004' : String(i / 4);
      lines.push(`${i % 9 === 0 ? '' : grid},${exp},${long}`);
    }
    const table = await readTable(path.join(dir, write('grid.csv', `${lines.join('\n')}\n`)));
    const grid = table.column('grid');
    if (grid?.kind !== 'numeric') throw new Error('grid is not numeric');
    const present = grid.values.filter((v) => !Number.isNaN(v));
    expect(grid.grid).toEqual({ decimals: 3, low: Math.min(...present), high: Math.max(...present) });
    const expected = present.sort();
    // Counting on the grid the reader vouched for (no check per value) gives back exactly the sorted values.
    const sample = finiteSample(grid.values, { ...grid.grid!, finite: grid.values.length - grid.missing });
    const sorted = expandGrid(sample.grid!);
    expect(sorted.length).toBe(expected.length);
    expect(sorted.every((v, i) => v === expected[i])).toBe(true);
    // An exponent and a 17-digit number take the exact JavaScript parser: no grid is claimed.
    expect((table.column('exp') as { grid?: unknown }).grid).toBeUndefined();
    expect((table.column('long') as { grid?: unknown }).grid).toBeUndefined();
  });

  it('reads a column of thousands of categories right when the fast path runs out of room for them', async () => {
    const random = seededRandom(29);
    const lines = ['zip,x'];
    const expected: string[] = [];
    for (let i = 0; i < 40_000; i++) {
      const zip = `z${Math.floor(random() * 3000)}`;
      expected.push(zip);
      lines.push(`${zip},${i % 10}`);
    }
    const table = await readTable(path.join(dir, write('zips.csv', `${lines.join('\n')}\n`)));
    const zip = table.column('zip');
    if (zip?.kind !== 'categorical') throw new Error('zip is not categorical');
    expect([...zip.codes].map((code) => zip.levels[code])).toEqual(expected);
    expect(zip.levels.length).toBe(new Set(expected).size);
  });

  it('tells apart texts that differ only past their first word, or only in length, in any field and at CRLF ends', async () => {
    // Lengths around the scanner's 8-byte words; prefixes shared with other texts; some end a CRLF line.
    const texts = ['a', 'ab', 'abcdefg', 'abcdefgh', 'abcdefghi', 'abcdefgh1', 'abcdefgh2', 'abcdefghijklmnop'];
    texts.push('abcdefghijklmnopq', 'abcdefghijklmnopr', 'é-naïve', 'x'.repeat(40), `${'x'.repeat(39)}y`);
    const random = seededRandom(41);
    const lines = ['first,n,last\n'];
    const expected: [string, string][] = [];
    for (let i = 0; i < 30_000; i++) {
      const first = texts[Math.floor(random() * texts.length)]!;
      const last = texts[Math.floor(random() * texts.length)]!;
      expected.push([first, last]);
      lines.push(`${first},${i},${last}${random() < 0.3 ? '\r\n' : '\n'}`);
    }
    const table = await readTable(path.join(dir, write('words.csv', lines.join(''))));
    for (const [k, name] of (['first', 'last'] as const).entries()) {
      const column = table.column(name);
      if (column?.kind !== 'categorical') throw new Error(`${name} is not categorical`);
      expect([...column.codes].map((code) => column.levels[code])).toEqual(expected.map((pair) => pair[k]));
    }
  });

  it('reads a wide table (3,000 columns) exactly, with the scanner sized down for its width', async () => {
    const width = 3000;
    const header = Array.from({ length: width }, (_, k) => (k % 10 === 9 ? `c${k}` : `f${k}`));
    const lines = [header.join(',')];
    for (let i = 0; i < 300; i++) {
      lines.push(
        header.map((name, k) => (name.startsWith('c') ? `v${(i + k) % 4}` : String(((i * k) % 997) / 10))).join(','),
      );
    }
    const table = await readTable(path.join(dir, write('wide.csv', `${lines.join('\n')}\n`)));
    expect(table.columns).toHaveLength(width);
    const f7 = table.column('f7');
    if (f7?.kind !== 'numeric') throw new Error('f7 is not numeric');
    expect([...f7.values]).toEqual(Array.from({ length: 300 }, (_, i) => ((i * 7) % 997) / 10));
    const c2999 = table.column('c2999');
    if (c2999?.kind !== 'categorical') throw new Error('c2999 is not categorical');
    expect([...c2999.codes].map((code) => c2999.levels[code])).toEqual(
      Array.from({ length: 300 }, (_, i) => `v${(i + 2999) % 4}`),
    );
  });

  it('reads a record longer than the read buffer (a 2.5 MB quoted field) and hashes the file exactly', async () => {
    const long = 'x'.repeat(1_250_000) + '\n' + 'y'.repeat(1_250_000);
    const text = `id,note\n1,short\n2,"${long}"\n3,"a ""quote"""\n`;
    const file = write('long-field.csv', text);
    const table = await readTable(path.join(dir, file));
    const note = table.column('note');
    if (note?.kind !== 'categorical') throw new Error('note is not categorical');
    expect([...note.codes].map((code) => note.levels[code])).toEqual(['short', long, 'a "quote"']);
    expect(table.sources[0]!.sha256).toBe(createHash('sha256').update(text).digest('hex'));
  });

  it('sizes columns from the file size and stays right when later rows are longer or shorter', async () => {
    for (const [name, longFirst] of [
      ['short-first.csv', false],
      ['long-first.csv', true],
    ] as const) {
      const lines = ['x,pad'];
      for (let i = 0; i < 150_000; i++) {
        const long = i < 75_000 === longFirst;
        lines.push(`${i},${long ? 'p'.repeat(40) : 'q'}`);
      }
      const table = await readTable(path.join(dir, write(name, `${lines.join('\n')}\n`)));
      expect(table.rowCount).toBe(150_000);
      const x = table.column('x');
      if (x?.kind !== 'numeric') throw new Error('x is not numeric');
      expect(x.values.length).toBe(150_000);
      expect(x.values[149_999]).toBe(149_999);
      expect(x.values.every((v, i) => v === i)).toBe(true);
    }
  });

  it('gives up on records that are not simple, so the general parser reads them', () => {
    const scanner = new RowScanner(Uint8Array.from([1, 0]), 0x2c);
    const scan = (text: string): number => scanner.scan(Buffer.from(`${text}\n`), 0);
    expect(scan('1.5,abc\n')).toBe(8);
    expect(scanner.isNumber[0]).toBe(1);
    expect(scanner.values[0]).toBe(1.5);
    expect(scan('1.5,abc\r\n')).toBe(9);
    expect(scanner.ends[1]).toBe(7); // the CR is not part of the field
    expect(scan('1.5,"a""b"\n')).toBe(-1); // doubled quote
    expect(scan('1.5,"a\nb"\n')).toBe(-1); // newline in a quoted field
    expect(scan('1.5\n')).toBe(-1); // too few fields
    expect(scan('1.5,a,b\n')).toBe(-1); // too many fields
    expect(scan('\n')).toBe(-1); // blank line
    expect(scan('1e3,x\n')).toBe(6);
    expect(scanner.isNumber[0]).toBe(0); // an exponent is left to the exact parser
  });

  it('keeps a column numeric with its few texts as missing values, also where the scanner wrote only their codes', async () => {
    const lines = ['x,label'];
    const expected: number[] = [];
    for (let i = 0; i < 30_000; i++) {
      // A block of texts early on (read by the scanner as codes once it knows the text), 3% in all:
      // within the 5% a numeric column tolerates.
      const text = i >= 100 && i < 1000;
      expected.push(text ? Number.NaN : i / 4);
      lines.push(`${text ? 'zz' : i / 4},${i % 3 ? 'a' : 'b'}`);
    }
    const table = await readTable(path.join(dir, write('few-texts.csv', `${lines.join('\n')}\n`)));
    const x = table.column('x')!;
    if (x.kind !== 'numeric') throw new Error('x is not numeric');
    expect(Array.from(x.values)).toEqual(expected);
    expect(x.missing).toBe(expected.filter(Number.isNaN).length);
    expect(table.notes.join(' ')).toMatch(/Column 'x' is numeric but 900 of its 30000 values are not numbers/);
  });

  it('counts a missing field only in records the scanner completes', async () => {
    // The scanner stops at a text its table does not know yet (the first "b", then "c"), after it has
    // passed the empty first field of that record; the JavaScript reader reads the record again.
    const rows = ['1.5,a', ',a', ',b', '2.5,b', ',c', '3.5,a', ',a'];
    for (const file of [write('stops.csv', `x,label\n${rows.join('\n')}\n`)]) {
      const table = await readTable(path.join(dir, file));
      const x = table.column('x')!;
      expect(x.missing).toBe(4);
      expect(x.kind === 'numeric' && Array.from(x.values)).toEqual([1.5, NaN, NaN, 2.5, NaN, 3.5, NaN]);
    }
  });
});

function write(name: string, content: string): string {
  writeFileSync(path.join(dir, name), content);
  return name;
}

describe('text cache', () => {
  it('keeps copies of the bytes, not views that would hold whole read chunks in memory', () => {
    const builder = new ColumnBuilder('city', 'infer');
    const chunk = Buffer.from('paris,rome');
    builder.setBytes(0, chunk, 0, 5, { origin: () => ({ file: 'x.csv', line: 2, column: 1 }) });
    const cached = builder.cachedText(fieldHash(chunk, 0, 5));
    expect(cached?.bytes.buffer).not.toBe(chunk.buffer);
    chunk.fill(0x7a); // the reader's next chunk could reuse this memory
    expect(Buffer.from(cached!.bytes).toString()).toBe('paris');
  });
});

describe('texts met again', () => {
  it('count as stray texts each time, so type inference weighs every occurrence', () => {
    const builder = new ColumnBuilder('c', 'infer');
    builder.setText(0, 'a', undefined);
    builder.setNumber(1, 5, undefined);
    builder.setNumber(2, 6, undefined);
    builder.setText(3, 'a', undefined); // found in the dictionary: the fast path
    const notes: string[] = [];
    const column = builder.finish(4, 0.05, notes);
    if (column.kind !== 'categorical') throw new Error('c is not categorical');
    expect([...column.codes].map((code) => column.levels[code])).toEqual(['a', '5', '6', 'a']);
    expect(notes[0]).toContain('2 of its 4 values are numbers, because 2 are not');
  });
});
