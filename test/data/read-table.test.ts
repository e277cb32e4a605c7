import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { parquetWriteBuffer } from 'hyparquet-writer';
import { describe, expect, it } from 'vitest';
import { UserError } from '../../actions/shared/errors.js';
import { readTable, type Column, type Table } from '../../actions/shared/data/index.js';

const dir = mkdtempSync(path.join(tmpdir(), 'read-table-'));
function file(name: string, content: string | Uint8Array): string {
  const full = path.join(dir, name);
  writeFileSync(full, content);
  return full;
}
function numbers(table: Table, name: string): number[] {
  const column = table.column(name);
  if (column?.kind !== 'numeric') throw new Error(`${name} is not numeric`);
  return [...column.values];
}
function texts(column: Column | undefined): (string | null)[] {
  if (column?.kind !== 'categorical') throw new Error('not categorical');
  return [...column.codes].map((code) => (code < 0 ? null : column.levels[code]!));
}
async function userError(promise: Promise<unknown>): Promise<UserError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(UserError);
  return error as UserError;
}

describe('readTable: CSV', () => {
  it('reads RFC 4180 quoting, BOM, CRLF, blank lines and missing tokens', async () => {
    const csv = '\ufeffa,b,c\r\n1,"x,y",3.5\r\n2,"he said ""hi""\nok",NA\r\n\r\n3,z,\r\n-4e2,None,null\r\n';
    const table = await readTable(file('rfc.csv', csv));
    expect(table.rowCount).toBe(4);
    expect(numbers(table, 'a')).toEqual([1, 2, 3, -400]);
    expect(texts(table.column('b'))).toEqual(['x,y', 'he said "hi"\nok', 'z', null]);
    expect(numbers(table, 'c')).toEqual([3.5, NaN, NaN, NaN]);
    expect(table.column('c')!.missing).toBe(3);
    expect(table.sources[0]!.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(table.sources[0]!.rows).toBe(4);
  });

  it('handles fields cut across stream chunks (large file) and a last line without newline', async () => {
    const lines = ['x,y'];
    for (let i = 0; i < 200_000; i++) lines.push(`${i * 0.5},"q""${i % 7}"`);
    const table = await readTable(file('big.csv', lines.join('\n')));
    expect(table.rowCount).toBe(200_000);
    const x = numbers(table, 'x');
    expect(x[199_999]).toBe(99_999.5);
    expect(texts(table.column('y')).slice(0, 3)).toEqual(['q"0', 'q"1', 'q"2']);
  });

  it('handles CRLF rows and quoted CRLF fields across every chunk boundary', async () => {
    const lines = ['a,b,c'];
    for (let i = 0; i < 120_000; i++)
      lines.push(i % 3 === 0 ? `${i},"x\r\ny, ""${i}""",${i % 5}` : `${i},plain${i % 4},`);
    const table = await readTable(file('crlf.csv', `${lines.join('\r\n')}\r\n`));
    expect(table.rowCount).toBe(120_000);
    const a = numbers(table, 'a');
    expect(a.every((v, i) => v === i)).toBe(true);
    const b = texts(table.column('b'));
    expect(b[0]).toBe('x\r\ny, "0"');
    expect(b[119_998]).toBe('plain2');
    expect(table.column('c')!.missing).toBe(80_000);
  });

  it('parses numbers exactly like Number()', async () => {
    const values = [
      '0.1',
      '1e-300',
      '123456789012345678',
      '3.14159265358979323846',
      '-0.0',
      '.5',
      '5.',
      '+7',
      ' 8 ',
      '00000000000000000012',
      '0.000000000000000000000',
      '0.00012345678901234567',
      '9007199254740993',
      '1.7976931348623157e308',
      'inf',
      '-Infinity',
    ];
    const table = await readTable(file('num.csv', `v\n${values.join('\n')}\n`));
    expect(numbers(table, 'v')).toEqual([...values.slice(0, 14).map(Number), Infinity, -Infinity]);
  });

  it('keeps a mostly-numeric column numeric and says so about the stray text', async () => {
    const rows = Array.from({ length: 100 }, (_, i) => String(i));
    rows[50] = 'oops';
    const warnings: string[] = [];
    const logger = {
      debug() {},
      info() {},
      notice() {},
      error() {},
      warning: (m: string) => warnings.push(m),
      group: <T>(_n: string, fn: () => Promise<T>) => fn(),
    };
    const table = await readTable(file('stray.csv', `v\n${rows.join('\n')}\n`), { logger });
    expect(table.column('v')!.kind).toBe('numeric');
    expect(table.column('v')!.missing).toBe(1);
    expect(table.notes[0]).toMatch(
      /'v' is numeric but 1 of its 100 values are not numbers \(first "oops" at .*stray.csv:52\)/,
    );
    expect(warnings).toHaveLength(1);
  });

  it('says when a column with many numbers becomes categorical, and honours overrides', async () => {
    const path1 = file('mixed.csv', 'v,w\n1,a\n2,b\nx,c\ny,1\n3,2\n');
    const inferred = await readTable(path1);
    expect(inferred.column('v')!.kind).toBe('categorical');
    expect(inferred.notes.join('\n')).toMatch(/'v' is treated as categorical although 3 of its 5 values are numbers/);
    const forced = await readTable(path1, { categoricalColumns: ['w'] });
    expect(texts(forced.column('w'))).toEqual(['a', 'b', 'c', '1', '2']);
    const error = await userError(readTable(path1, { numericColumns: ['v'] }));
    expect(error.message).toMatch(/mixed.csv:4: column 'v' is listed in numerical-columns but holds the text "x"/);
    expect(error.location).toMatchObject({ line: 4, column: 1 });
  });

  it('reads only the requested columns', async () => {
    const table = await readTable(file('sel.csv', 'a,b,c\n1,2,3\n'), { columns: ['c', 'a'] });
    expect(table.columns.map((c) => c.name).sort()).toEqual(['a', 'c']);
  });

  it('reads TSV and gzip', async () => {
    const table = await readTable(file('t.tsv.gz', gzipSync('a\tb\n1\tx y\n2\t"q\tr"\n')));
    expect(table.sources[0]).toMatchObject({ format: 'tsv', gzip: true });
    expect(texts(table.column('b'))).toEqual(['x y', 'q\tr']);
  });

  it('recognises gzip by its magic bytes and reads gzip JSON Lines', async () => {
    const hidden = await readTable(file('hidden-gzip.csv', gzipSync('a,b\n1,x\n')));
    expect(hidden.sources[0]).toMatchObject({ format: 'csv', gzip: true });
    expect(numbers(hidden, 'a')).toEqual([1]);
    const jsonl = await readTable(file('rows.jsonl.gz', gzipSync('{"a": 2}\n{"a": 3}\n')));
    expect(numbers(jsonl, 'a')).toEqual([2, 3]);
  });

  it('reads several files through a glob, checking they share columns', async () => {
    file('part-1.csv', 'a,b\n1,2\n');
    file('part-2.csv', 'b,a\n3,4\n');
    const table = await readTable(path.join(dir, 'part-*.csv'));
    expect(table.sources).toHaveLength(2);
    expect(numbers(table, 'a')).toEqual([1, 4]);
    file('other-1.csv', 'a,b\n1,2\n');
    file('other-2.csv', 'a,c\n1,2\n');
    const error = await userError(readTable(path.join(dir, 'other-{1,2}.csv')));
    expect(error.message).toMatch(/other-2.csv does not have the same columns as .*missing: b; extra: c/);
  });

  it('samples uniformly with a fixed seed beyond maxRows', async () => {
    const rows = Array.from({ length: 10_000 }, (_, i) => String(i));
    const source = file('sample.csv', `v\n${rows.join('\n')}\n`);
    const a = await readTable(source, { maxRows: 1000, seed: 7 });
    const b = await readTable(source, { maxRows: 1000, seed: 7 });
    expect(a.rowCount).toBe(1000);
    expect(a.sampled).toEqual({ from: 10_000, seed: 7 });
    expect(numbers(a, 'v')).toEqual(numbers(b, 'v'));
    const mean = numbers(a, 'v').reduce((s, v) => s + v, 0) / 1000;
    expect(Math.abs(mean - 4999.5)).toBeLessThan(400);
    expect(a.notes.join()).toMatch(/10000 rows were read; a uniform random sample of 1000 rows \(seed 7\)/);
  });

  it.each([
    ['empty.csv', '', /is empty/],
    ['header-only.csv', 'a,b\n', /has a header but no data rows/],
    ['ragged.csv', 'a,b\n1,2\n3\n', /ragged.csv:3: row has 1 field\(s\) but the header has 2/],
    ['long.csv', 'a,b\n1,2,3\n', /long.csv:2: row has more than the 2 fields/],
    ['quote.csv', 'a,b\n1,"abc\n', /quote.csv:2: a quoted field is never closed/],
    ['after-quote.csv', 'a,b\n1,"ab"c\n', /after-quote.csv:2: unexpected text after a closing quote/],
    ['dup.csv', 'a,a\n1,2\n', /column name 'a' appears twice/],
    ['unnamed.csv', 'a,\n1,2\n', /column 2 of the header has no name/],
  ])('rejects %s', async (name, content, message) => {
    const error = await userError(readTable(file(name, content)));
    expect(error.message).toMatch(message);
  });

  it('rejects bytes that are not UTF-8, naming line and column', async () => {
    const error = await userError(readTable(file('latin1.csv', Buffer.from('a,b\n1,caf\xe9\n', 'latin1'))));
    expect(error.message).toMatch(/latin1.csv:2: column 2 holds bytes that are not valid UTF-8/);
    expect(error.location).toMatchObject({ line: 2, column: 2 });
  });

  it('rejects missing files, unknown extensions and empty globs', async () => {
    expect((await userError(readTable(path.join(dir, 'nope.csv')))).message).toMatch(/Data file not found/);
    expect((await userError(readTable(file('x.txt', 'a\n1\n')))).message).toMatch(/Cannot tell the format/);
    expect((await userError(readTable(path.join(dir, 'none-*.csv')))).message).toMatch(/No file matches/);
  });
});

describe('readTable: JSON Lines and Parquet', () => {
  it('reads JSON Lines with late keys, nulls and booleans', async () => {
    const jsonl = '{"a": 1, "b": "x"}\n{"a": null, "b": true}\n\n{"a": 2.5, "c": "new"}\n';
    const table = await readTable(file('t.jsonl', jsonl));
    expect(table.rowCount).toBe(3);
    expect(numbers(table, 'a')).toEqual([1, NaN, 2.5]);
    expect(texts(table.column('b'))).toEqual(['x', 'true', null]);
    expect(texts(table.column('c'))).toEqual([null, null, 'new']);
  });

  it('rejects a broken JSON line with its line number', async () => {
    const error = await userError(readTable(file('bad.jsonl', '{"a":1}\n{"a":\n')));
    expect(error.message).toMatch(/bad.jsonl:2: not valid JSON/);
  });

  it('reads Parquet (snappy) including nulls, strings and int64', async () => {
    const buffer = parquetWriteBuffer({
      columnData: [
        { name: 'x', data: [1.5, null, 3], type: 'DOUBLE' },
        { name: 'n', data: [1n, 2n, 3n], type: 'INT64' },
        { name: 's', data: ['a', 'b', null], type: 'STRING' },
      ],
    });
    const table = await readTable(file('t.parquet', new Uint8Array(buffer)));
    expect(numbers(table, 'x')).toEqual([1.5, NaN, 3]);
    expect(numbers(table, 'n')).toEqual([1, 2, 3]);
    expect(texts(table.column('s'))).toEqual(['a', 'b', null]);
    const sampled = await readTable(file('t2.parquet', new Uint8Array(buffer)), { maxRows: 2, seed: 1 });
    expect(sampled.rowCount).toBe(2);
  });

  it('reads Parquet with several row groups, group by group', async () => {
    const n = 2500;
    const buffer = parquetWriteBuffer({
      columnData: [
        { name: 'i', data: Array.from({ length: n }, (_, i) => i), type: 'INT32' },
        { name: 'c', data: Array.from({ length: n }, (_, i) => (i % 3 === 0 ? null : `k${i % 4}`)), type: 'STRING' },
      ],
      rowGroupSize: 1000,
    });
    const table = await readTable(file('groups.parquet', new Uint8Array(buffer)));
    expect(table.rowCount).toBe(n);
    expect(numbers(table, 'i').every((v, i) => v === i)).toBe(true);
    expect(table.column('c')!.missing).toBe(834);
  });

  it('rejects a file that is not Parquet', async () => {
    expect((await userError(readTable(file('bad.parquet', 'not parquet at all')))).message).toMatch(
      /not a readable Parquet file/,
    );
  });
});
