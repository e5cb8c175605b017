import { describe, expect, it } from 'vitest';
import type { Reference } from '../../../../shared/models';
import { citationRanges, moveReference, nextNumber, renumberInOrder } from './reference-edits';

const ref = (number: number, title: string): Reference => ({ number, date: '2021-01-01', title });

describe('moveReference', () => {
  it('swaps two entries and rewrites the citations so each still points at its entry', () => {
    const refs = [ref(0, 'A'), ref(1, 'B'), ref(2, 'C')];
    const res = moveReference('A [0], B [1], C [2], B again [1].', refs, 1, -1)!;
    expect(res.references.map((r) => `${r.number}:${r.title}`)).toEqual(['0:B', '1:A', '2:C']);
    expect(res.body).toBe('A [1], B [0], C [2], B again [0].');
  });

  it('refuses to move past either end', () => {
    const refs = [ref(0, 'A'), ref(1, 'B')];
    expect(moveReference('', refs, 0, -1)).toBeNull();
    expect(moveReference('', refs, 1, 1)).toBeNull();
  });
});

describe('renumberInOrder', () => {
  it('moves a citation without entry out of the way of renumbered entries', () => {
    // [1] has no entry; after renumbering, entry 5 becomes [1] and must not inherit it.
    const res = renumberInOrder('x [1] y [5]', [ref(0, 'A'), ref(5, 'B')]);
    expect(res.references.map((r) => r.number)).toEqual([0, 1]);
    expect(res.body).toBe('x [2] y [1]');
  });

  it('leaves escaped brackets alone', () => {
    expect(renumberInOrder('a \\[3] b [3]', [ref(3, 'A')]).body).toBe('a \\[3] b [0]');
  });
});

describe('helpers', () => {
  it('gives the next free number', () => {
    expect(nextNumber([])).toBe(0);
    expect(nextNumber([ref(0, 'A'), ref(7, 'B')])).toBe(8);
  });

  it('finds where a number is cited', () => {
    expect(citationRanges('a [2]\nb [2] [3]', 2)).toEqual([
      { startLine: 1, startColumn: 3, endLine: 1, endColumn: 6 },
      { startLine: 2, startColumn: 3, endLine: 2, endColumn: 6 },
    ]);
  });
});
