import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { minimalSplice } from './minimal-edit';

describe('minimalSplice', () => {
  it('keeps the common prefix and suffix', () => {
    expect(minimalSplice('cite [3] and [4].', 'cite [0] and [4].')).toEqual({ start: 6, end: 7, text: '0' });
    expect(minimalSplice('abc', 'abc')).toBeNull();
    expect(minimalSplice('aaa', 'aaaa')).toEqual({ start: 3, end: 3, text: 'a' });
  });

  it('turns any text into any other', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (a, b) => {
        const s = minimalSplice(a, b);
        const result = s ? a.slice(0, s.start) + s.text + a.slice(s.end) : a;
        expect(result).toBe(b);
      }),
    );
  });
});
