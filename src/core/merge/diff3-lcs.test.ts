import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LCS } from 'node-diff3';
import type { ILCSResult } from 'node-diff3';

// The matching diff3 is built on is node-diff3's longest common subsequence; these are
// the properties the merge relies on, checked against the library.
function matchLines(a: string[], b: string[]): Int32Array {
  const aToB = new Int32Array(a.length).fill(-1);
  for (let c: ILCSResult | null = LCS(a, b); c !== null && c.buffer1index >= 0; c = c.chain) aToB[c.buffer1index] = c.buffer2index;
  return aToB;
}

function lcsLength(a: string[], b: string[]): number {
  const dp = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i--)
    for (let j = b.length - 1; j >= 0; j--) dp[i][j] = a[i] === b[j] ? dp[i + 1][j + 1] + 1 : Math.max(dp[i + 1][j], dp[i][j + 1]);
  return dp[0][0];
}

describe('line matching (node-diff3 LCS)', () => {
  it('matches equal lines, strictly increasing, and finds a longest common subsequence', () => {
    const line = fc.constantFrom('a', 'b', 'c', '', 'd');
    fc.assert(
      fc.property(fc.array(line, { maxLength: 14 }), fc.array(line, { maxLength: 14 }), (a, b) => {
        const m = matchLines(a, b);
        let last = -1;
        let count = 0;
        m.forEach((j, i) => {
          if (j < 0) return;
          expect(b[j]).toBe(a[i]);
          expect(j).toBeGreaterThan(last);
          last = j;
          count++;
        });
        expect(count).toBe(lcsLength(a, b));
      }),
      { numRuns: 500 },
    );
  });

  it('handles empty sides and identical lists', () => {
    expect([...matchLines([], ['a'])]).toEqual([]);
    expect([...matchLines(['a'], [])]).toEqual([-1]);
    expect([...matchLines(['x', 'y'], ['x', 'y'])]).toEqual([0, 1]);
  });

  it('matches a long mostly-equal text line for line (its speed: npm run bench, merge)', () => {
    const a = Array.from({ length: 20_000 }, (_, i) => `line ${i}`);
    const b = [...a];
    b[10_000] = 'changed';
    const m = matchLines(a, b);
    expect(m[10_000]).toBe(-1);
    expect(m[10_001]).toBe(10_001);
  });
});
