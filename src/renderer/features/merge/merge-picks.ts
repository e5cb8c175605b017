// What the person chose for each conflict, and whether that settles it. Kept apart from
// the components so the rules (a body is settled once no conflict markers are left) are
// tested without a browser.
import type { MergeResolution } from '../../../shared/api/merge';
import type { MergeChoice, MergeConflict, MergePlan } from '../../../shared/merge-models';
import { bodyWithMarkers, hasConflictMarkers } from '../../../core/merge';

export type Pick = { choice: MergeChoice } | { text: string };

/** sectionId -> conflictId -> pick. */
export type Picks = Readonly<Record<string, Readonly<Record<string, Pick>>>>;

/** Body conflicts start as the merged text with markers to edit; everything else starts unpicked. */
export function initialPicks(plan: MergePlan): Picks {
  const picks: Record<string, Record<string, Pick>> = {};
  for (const s of plan.sections) {
    for (const c of s.conflicts) {
      if (c.field === 'body') (picks[s.id] ??= {})[c.id] = { text: bodyWithMarkers(c.hunks) };
    }
  }
  return picks;
}

export function withPick(picks: Picks, sectionId: string, conflictId: string, pick: Pick): Picks {
  return { ...picks, [sectionId]: { ...picks[sectionId], [conflictId]: pick } };
}

export function isSettled(conflict: MergeConflict, pick: Pick | undefined): boolean {
  if (!pick) return false;
  if ('text' in pick) return conflict.field === 'body' && !hasConflictMarkers(pick.text);
  return true;
}

export function unsettledCount(plan: MergePlan, picks: Picks, sectionId?: string): number {
  let n = 0;
  for (const s of plan.sections) {
    if (sectionId !== undefined && s.id !== sectionId) continue;
    for (const c of s.conflicts) if (!isSettled(c, picks[s.id]?.[c.id])) n++;
  }
  return n;
}

/** Every conflict of a section (or of the plan) settled one way; bodies take that side per passage. */
export function pickAll(plan: MergePlan, picks: Picks, choice: MergeChoice, sectionId?: string): Picks {
  let next = picks;
  for (const s of plan.sections) {
    if (sectionId !== undefined && s.id !== sectionId) continue;
    for (const c of s.conflicts) if (!isSettled(c, next[s.id]?.[c.id])) next = withPick(next, s.id, c.id, { choice });
  }
  return next;
}

export function toResolutions(plan: MergePlan, picks: Picks): MergeResolution[] {
  const out: MergeResolution[] = [];
  for (const s of plan.sections) {
    for (const c of s.conflicts) {
      const pick = picks[s.id]?.[c.id];
      if (!pick || !isSettled(c, pick)) continue;
      out.push('text' in pick ? { sectionId: s.id, conflictId: c.id, text: pick.text } : { sectionId: s.id, conflictId: c.id, choice: pick.choice });
    }
  }
  return out;
}
