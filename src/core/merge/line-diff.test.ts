import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { matchLines } from './line-diff';

function lcsLength(a: string[], b: string[]): number {
  const dp = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i--)
    for (let j = b.length - 1; j >= 0; j--) dp[i][j] = a[i] === b[j] ? dp[i + 1][j + 1] + 1 : Math.max(dp[i + 1][j], dp[i][j + 1]);
  return dp[0][0];
}

describe('matchLines', () => {
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

  it('keeps a long mostly-equal text cheap', () => {
    const a = Array.from({ length: 20_000 }, (_, i) => `line ${i}`);
    const b = [...a];
    b[10_000] = 'changed';
    const t = performance.now();
    const m = matchLines(a, b);
    expect(performance.now() - t).toBeLessThan(500);
    expect(m[10_000]).toBe(-1);
    expect(m[10_001]).toBe(10_001);
  });
});
