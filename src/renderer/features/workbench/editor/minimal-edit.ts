/** The one changed stretch between two texts: `[start, end)` of `before` becomes `text`. */
export interface TextSplice {
  start: number;
  end: number;
  text: string;
}

/**
 * Finds the smallest single splice turning `before` into `after` (common prefix and suffix
 * kept). Applying a fix this way keeps the cursor, folding and undo history meaningful,
 * unlike replacing the whole text.
 */
export function minimalSplice(before: string, after: string): TextSplice | null {
  if (before === after) return null;
  let start = 0;
  const max = Math.min(before.length, after.length);
  while (start < max && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  let endBefore = before.length;
  let endAfter = after.length;
  while (endBefore > start && endAfter > start && before.charCodeAt(endBefore - 1) === after.charCodeAt(endAfter - 1)) {
    endBefore--;
    endAfter--;
  }
  return { start, end: endBefore, text: after.slice(start, endAfter) };
}
