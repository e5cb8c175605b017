import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createLineIndex, offsetToPosition, positionToOffset, rangeFromOffsets } from './text-position';

describe('text positions', () => {
  const text = 'ab\n\ncdé\n';

  it('maps offsets to 1-based lines and columns', () => {
    expect(offsetToPosition(text, 0)).toEqual({ line: 1, column: 1 });
    expect(offsetToPosition(text, 2)).toEqual({ line: 1, column: 3 });
    expect(offsetToPosition(text, 3)).toEqual({ line: 2, column: 1 });
    expect(offsetToPosition(text, 4)).toEqual({ line: 3, column: 1 });
    expect(offsetToPosition(text, 7)).toEqual({ line: 3, column: 4 });
    expect(offsetToPosition(text, 8)).toEqual({ line: 4, column: 1 });
  });

  it('maps positions back and clamps past the ends', () => {
    expect(positionToOffset(text, 3, 2)).toBe(5);
    expect(positionToOffset(text, 1, 99)).toBe(2);
    expect(positionToOffset(text, 99, 1)).toBe(text.length);
    expect(positionToOffset(text, 0, 5)).toBe(0);
  });

  it('builds end-exclusive ranges', () => {
    expect(rangeFromOffsets(text, 4, 7)).toEqual({ startLine: 3, startColumn: 1, endLine: 3, endColumn: 4 });
  });

  it('round-trips every offset', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', '\n', 'é', ' ') }), (s) => {
        const index = createLineIndex(s);
        for (let i = 0; i <= s.length; i++) {
          const p = index.positionAt(i);
          if (index.offsetAt(p.line, p.column) !== i) return false;
        }
        return index.lineCount === s.split('\n').length;
      }),
    );
  });
});
