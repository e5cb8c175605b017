// Which line of one list each line of another is matched with, from jsdiff's Myers diff
// (`diffArrays`): the longest common subsequence the three-way merge anchors on. Myers
// costs O((N+M)·D), so a long body with a few edits stays cheap.
import { diffArrays } from 'diff';

/**
 * For each line of `a`, the index of the line of `b` it is matched with, or -1.
 * Matches are strictly increasing in both lists.
 */
export function matchLines(a: readonly string[], b: readonly string[]): Int32Array {
  const aToB = new Int32Array(a.length).fill(-1);
  // The common start and end (usually nearly everything) are matched without the diff.
  let prefix = 0;
  while (prefix < a.length && prefix < b.length && a[prefix] === b[prefix]) aToB[prefix] = prefix++;
  let suffix = 0;
  while (suffix < a.length - prefix && suffix < b.length - prefix && a[a.length - 1 - suffix] === b[b.length - 1 - suffix]) {
    aToB[a.length - 1 - suffix] = b.length - 1 - suffix;
    suffix++;
  }
  let i = prefix;
  let j = prefix;
  for (const change of diffArrays(a.slice(prefix, a.length - suffix), b.slice(prefix, b.length - suffix))) {
    if (change.added) j += change.count;
    else if (change.removed) i += change.count;
    else for (let k = 0; k < change.count; k++) aToB[i++] = j++;
  }
  return aToB;
}
