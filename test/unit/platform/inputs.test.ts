import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../../actions/shared/errors.js';
import { Inputs } from '../../../actions/shared/platform/inputs.js';

const contract = {
  name: 'test',
  description: 'test',
  inputs: {
    text: { description: 'd' },
    defaulted: { description: 'd', default: 'fallback' },
    token2: { description: 'd', default: '${{ github.token }}' },
    needed: { description: 'd', required: true },
    flag: { description: 'd', default: 'false' },
    ratio: { description: 'd' },
    choice: { description: 'd', default: 'auto' },
    items: { description: 'd' },
    where: { description: 'd' },
    wait: { description: 'd', default: '10m' },
    token: { description: 'd' },
  },
  outputs: {},
} as const;

function inputsOf(values: Record<string, string>, secrets: string[] = []) {
  return new Inputs({ rawInput: (name) => values[name], setSecret: (value) => secrets.push(value) }, contract);
}

describe('Inputs', () => {
  it('trims values and falls back to the contract default', () => {
    expect(inputsOf({ text: '  hi  ' }).string('text')).toBe('hi');
    expect(inputsOf({}).string('defaulted')).toBe('fallback');
    expect(inputsOf({ defaulted: '   ' }).string('defaulted')).toBe('fallback');
    expect(inputsOf({}).string('text')).toBeUndefined();
  });

  it('ignores a GitHub expression default outside GitHub (the runner evaluates it there)', () => {
    expect(inputsOf({}).string('token2')).toBeUndefined();
    expect(inputsOf({ token2: 'ghs_abc' }).string('token2')).toBe('ghs_abc');
  });

  it('names a missing required input', () => {
    expect(() => inputsOf({}).required('needed')).toThrow(
      'Input \'needed\' has an invalid value "": expected a value (this input is required).',
    );
  });

  it.each([
    ['true', true],
    ['True', true],
    ['TRUE', true],
    ['false', false],
    ['False', false],
    ['FALSE', false],
  ])('reads the YAML 1.2 core boolean %s', (value, expected) => {
    expect(inputsOf({ flag: value }).boolean('flag')).toBe(expected);
  });

  it.each(['yes', 'on', '1', 'tRue'])('rejects %s as a boolean, like @actions/core', (value) => {
    expect(() => inputsOf({ flag: value }).boolean('flag')).toThrow(
      `Input 'flag' has an invalid value "${value}": expected true or false (YAML 1.2 core schema: true, True, TRUE, false, False, FALSE).`,
    );
  });

  it.each([
    ['0.5', { min: 0, max: 1 }, 0.5],
    ['1e-3', { min: 0 }, 0.001],
    ['-2', {}, -2],
    ['.25', { max: 1 }, 0.25],
    ['7', { integer: true }, 7],
  ] as const)('reads the number %s within %o', (value, range, expected) => {
    expect(inputsOf({ ratio: value }).number('ratio', range)).toBe(expected);
  });

  it.each([
    ['abc', { min: 0, max: 1 }, 'a number from 0 to 1'],
    ['1.5', { min: 0, max: 1 }, 'a number from 0 to 1'],
    ['-1', { min: 0 }, 'a number of at least 0'],
    ['2.5', { integer: true, min: 1 }, 'a whole number of at least 1'],
    ['0x10', {}, 'a number'],
    ['Infinity', {}, 'a number'],
    ['1,5', {}, 'a number'],
  ] as const)('rejects %s naming the range', (value, range, expected) => {
    expect(() => inputsOf({ ratio: value }).number('ratio', range)).toThrow(
      `Input 'ratio' has an invalid value "${value}": expected ${expected}.`,
    );
  });

  it('reads an enum and lists the allowed values when wrong', () => {
    expect(inputsOf({}).enum('choice', ['auto', 'ks'])).toBe('auto');
    expect(() => inputsOf({ choice: 'kz' }).enum('choice', ['auto', 'ks'])).toThrow(
      `Input 'choice' has an invalid value "kz": expected one of 'auto', 'ks'.`,
    );
  });

  it('splits lists on newlines and commas and lines on newlines only', () => {
    expect(inputsOf({ items: 'a, b\n c\r\n\n,d' }).list('items')).toEqual(['a', 'b', 'c', 'd']);
    expect(inputsOf({ items: 'accuracy >= 0.9\nf1: 1%, abs\n' }).lines('items')).toEqual([
      'accuracy >= 0.9',
      'f1: 1%, abs',
    ]);
    expect(inputsOf({}).list('items')).toEqual([]);
  });

  it('resolves a path and requires it to exist', () => {
    const dir = mkdtempSync(`${tmpdir()}/inputs-`);
    expect(inputsOf({ where: dir }).path('where')).toBe(dir);
    expect(() => inputsOf({ where: `${dir}/nope` }).path('where')).toThrow(InputError);
    expect(inputsOf({ where: `${dir}/new` }).path('where', { mustExist: false })).toBe(`${dir}/new`);
  });

  it.each([
    ['10m', 600_000],
    ['90s', 90_000],
    ['1h30m', 5_400_000],
    ['500ms', 500],
    ['45', 45_000],
    ['1.5m', 90_000],
  ])('reads the duration %s', (value, ms) => {
    expect(inputsOf({ wait: value }).duration('wait')).toBe(ms);
  });

  it.each(['10 minutes', 'm', '10x', '-5s', ''])('rejects the duration %j or falls back to the default', (value) => {
    if (value === '') expect(inputsOf({ wait: value }).duration('wait')).toBe(600_000);
    else
      expect(() => inputsOf({ wait: value }).duration('wait')).toThrow(`Input 'wait' has an invalid value "${value}"`);
  });

  it('registers secrets for masking when read', () => {
    const secrets: string[] = [];
    expect(inputsOf({ token: 'abc123' }, secrets).secret('token')).toBe('abc123');
    expect(secrets).toEqual(['abc123']);
  });
});
