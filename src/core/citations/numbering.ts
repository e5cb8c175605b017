// How citations resolve: a citation `[N]` points at the first entry numbered N. Later
// entries with the same number are a numbering defect and are never cited.

import type { Reference } from '../../shared/models';

/** Number -> index of the first entry with that number. */
export function firstIndexByNumber(references: readonly Reference[]): Map<number, number> {
  const map = new Map<number, number>();
  for (let i = 0; i < references.length; i++) {
    if (!map.has(references[i].number)) map.set(references[i].number, i);
  }
  return map;
}

/** Index of the first entry whose number is not its position, or -1 when they run 0..n-1. */
export function firstNumberingBreak(references: readonly Reference[]): number {
  for (let i = 0; i < references.length; i++) if (references[i].number !== i) return i;
  return -1;
}

/** The number a new entry gets: n for a clean list, never one already in use otherwise. */
export function nextReferenceNumber(references: readonly Reference[]): number {
  let max = -1;
  for (const ref of references) if (ref.number > max) max = ref.number;
  return Math.max(references.length, max + 1);
}
