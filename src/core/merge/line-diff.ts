// The longest common subsequence of two line lists (Myers' O((N+M)·D) algorithm), as
// the matching the three-way merge is built on. Bodies are mostly a few dozen long
// paragraph lines, so the trace of V arrays stays small; the common prefix and suffix
// (usually nearly everything) are stripped before the search.

/**
 * For each line of `a`, the index of the line of `b` it is matched with, or -1.
 * Matches are strictly increasing in both lists.
 */
export function matchLines(a: readonly string[], b: readonly string[]): Int32Array {
  const aToB = new Int32Array(a.length).fill(-1);
  let prefix = 0;
  while (prefix < a.length && prefix < b.length && a[prefix] === b[prefix]) {
    aToB[prefix] = prefix;
    prefix++;
  }
  let suffix = 0;
  while (suffix < a.length - prefix && suffix < b.length - prefix && a[a.length - 1 - suffix] === b[b.length - 1 - suffix]) {
    aToB[a.length - 1 - suffix] = b.length - 1 - suffix;
    suffix++;
  }
  const n = a.length - prefix - suffix;
  const m = b.length - prefix - suffix;
  if (n === 0 || m === 0) return aToB;

  // Lines as small integers: comparing numbers is cheaper than comparing long paragraphs.
  const ids = new Map<string, number>();
  const idOf = (line: string) => {
    let id = ids.get(line);
    if (id === undefined) ids.set(line, (id = ids.size));
    return id;
  };
  const A = Int32Array.from({ length: n }, (_, i) => idOf(a[prefix + i]));
  const B = Int32Array.from({ length: m }, (_, i) => idOf(b[prefix + i]));
  for (const [x, y] of myersMatches(A, B)) aToB[prefix + x] = prefix + y;
  return aToB;
}

function myersMatches(A: Int32Array, B: Int32Array): [number, number][] {
  const n = A.length;
  const m = B.length;
  const max = n + m;
  const offset = max + 1;
  const v = new Int32Array(2 * max + 3);
  const trace: Int32Array[] = [];
  let depth = -1;
  outer: for (let d = 0; d <= max; d++) {
    trace.push(v.slice(offset - d - 1, offset + d + 2));
    for (let k = -d; k <= d; k += 2) {
      let x = k === -d || (k !== d && v[offset + k - 1] < v[offset + k + 1]) ? v[offset + k + 1] : v[offset + k - 1] + 1;
      let y = x - k;
      while (x < n && y < m && A[x] === B[y]) {
        x++;
        y++;
      }
      v[offset + k] = x;
      if (x >= n && y >= m) {
        depth = d;
        break outer;
      }
    }
  }

  const matches: [number, number][] = [];
  let x = n;
  let y = m;
  for (let d = depth; d >= 0; d--) {
    // trace[d] holds V as it was before step d, for diagonals -d-1 .. d+1.
    const snapshot = trace[d];
    const at = (k: number) => snapshot[k + d + 1];
    const k = x - y;
    const prevK = d === 0 ? 0 : k === -d || (k !== d && at(k - 1) < at(k + 1)) ? k + 1 : k - 1;
    const prevX = d === 0 ? 0 : at(prevK);
    const prevY = prevX - prevK;
    const startX = d === 0 ? 0 : prevK === k + 1 ? prevX : prevX + 1;
    const startY = startX - k;
    while (x > startX && y > startY) {
      x--;
      y--;
      matches.push([x, y]);
    }
    x = prevX;
    y = prevY;
  }
  return matches.reverse();
}
