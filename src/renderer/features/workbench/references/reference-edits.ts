// Edits of the reference list that must keep the body's citations pointing at the same
// decisions: moving a reference renumbers the list and rewrites every `[N]` to match.
import type { Reference } from '../../../../shared/models';
import { nextReferenceNumber, scanCitations } from '../../../../core/citations';
import { rewriteCitations } from '../../../../core/citations/rewrite';
import { firstIndexByNumber } from '../../../../core/citations/numbering';

/** The number a new reference gets (the checker's rule). */
export function nextNumber(references: readonly Reference[]): number {
  return nextReferenceNumber(references);
}

/** Numbers the list 0..n-1 in its current order and rewrites the body to match. */
export function renumberInOrder(body: string, references: readonly Reference[]): { body: string; references: Reference[] } {
  // `references` is in its new order with the old numbers: old number -> new position.
  const first = firstIndexByNumber(references);
  const scan = scanCitations(body);
  const cited = new Set(scan.citations.map((c) => c.number));
  // A citation with no entry must not end up pointing at an entry that takes its number.
  const dangling = new Map<number, number>();
  let free = references.length;
  for (const n of cited) {
    if (first.has(n) || n >= references.length) continue;
    while (cited.has(free)) free++;
    dangling.set(n, free++);
  }
  const newBody = rewriteCitations(body, scan.citations, (n) => first.get(n) ?? dangling.get(n) ?? n);
  return { body: newBody, references: references.map((r, i) => (r.number === i ? r : { ...r, number: i })) };
}

/** Moves the reference at `index` by `delta` places, then renumbers list and body. */
export function moveReference(
  body: string,
  references: readonly Reference[],
  index: number,
  delta: -1 | 1,
): { body: string; references: Reference[] } | null {
  const to = index + delta;
  if (index < 0 || to < 0 || index >= references.length || to >= references.length) return null;
  const list = [...references];
  [list[index], list[to]] = [list[to], list[index]];
  return renumberInOrder(body, list);
}

/** Where `[N]` is cited in the body, as 1-based ranges. */
export function citationRanges(body: string, n: number) {
  return scanCitations(body)
    .citations.filter((c) => c.number === n)
    .map((c) => c.range);
}
