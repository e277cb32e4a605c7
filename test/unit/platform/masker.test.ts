import { describe, expect, it } from 'vitest';
import { Masker } from '../../../actions/shared/platform/masker.js';

describe('Masker', () => {
  it('masks every occurrence, longest secret first', () => {
    const masker = new Masker();
    masker.add('abcd');
    masker.add('abcdef');
    expect(masker.mask('x abcdef y abcd z')).toBe('x *** y *** z');
  });

  it('masks each line of a multi-line secret on its own', () => {
    const masker = new Masker();
    masker.add('line-one\nline-two');
    expect(masker.mask('got line-two here')).toBe('got *** here');
  });

  it('ignores values too short to mask safely', () => {
    const masker = new Masker();
    masker.add('a');
    expect(masker.mask('a cat')).toBe('a cat');
  });
});
