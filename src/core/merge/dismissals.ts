// "Not relevant" marks of the evidence finder through a merge. They have no history, so
// there is no ancestor to tell "they removed it" from "I never had it": the merge takes
// the union — a decision hidden on either side stays hidden — for the sections that the
// merged project still holds. Merging the same file again adds nothing.

export interface DismissalEntry {
  sectionId: string;
  /** How both files name the decision (`id:…`, `url:…`, `text:…`). */
  decision: string;
  title: string;
  dismissedAt: string;
}

/** Their marks that mine lacks, for sections `kept` in the result. */
export function dismissalsToAdd(mine: readonly DismissalEntry[], theirs: readonly DismissalEntry[], kept: (sectionId: string) => boolean): DismissalEntry[] {
  const have = new Set(mine.map((d) => `${d.sectionId}\u0000${d.decision}`));
  const out: DismissalEntry[] = [];
  for (const d of theirs) {
    const key = `${d.sectionId}\u0000${d.decision}`;
    if (have.has(key) || !kept(d.sectionId)) continue;
    have.add(key);
    out.push(d);
  }
  return out;
}
