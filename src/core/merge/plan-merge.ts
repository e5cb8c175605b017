// The merge of a whole project: every section's three-way merge, the plan a person
// reviews, and — given resolutions for every conflict — the final sections to write.
import type {
  MergeChoice,
  MergeNote,
  MergeSectionPlan,
  MergeSectionReport,
  MergeSummary,
  ProjectInfoDifference,
  SectionContent,
} from '../../shared/merge-models';
import type { MergeResolution } from '../../shared/api/merge';
import type { ProjectInfo } from '../../shared/models';
import { hasConflictMarkers } from './body-hunks';
import { changesFrom, mergeSection } from './merge-section';
import type { Resolution, SectionMerge, SectionMergeInput } from './merge-section';
import { placeKey } from '../../shared/section-label';

export interface ProjectMerge {
  merges: SectionMerge[];
  sections: MergeSectionPlan[];
  summary: MergeSummary;
}

export function planMerge(inputs: readonly SectionMergeInput[]): ProjectMerge {
  const merges = inputs
    .filter((i) => i.mine || i.theirs)
    .map(mergeSection)
    .sort((a, b) => compareLocation(a.plan, b.plan) || (a.plan.id < b.plan.id ? -1 : a.plan.id > b.plan.id ? 1 : 0));
  const sections = merges.map((m) => m.plan);
  return { merges, sections, summary: summarize(sections) };
}

function compareLocation(a: { path: string[]; name: string }, b: { path: string[]; name: string }): number {
  const x = [...a.path, a.name].join('\u0000');
  const y = [...b.path, b.name].join('\u0000');
  return x < y ? -1 : x > y ? 1 : 0;
}

export function summarize(sections: readonly Pick<MergeSectionPlan, 'outcome'>[]): MergeSummary {
  const summary: MergeSummary = { unchanged: 0, takeTheirs: 0, keepMine: 0, merged: 0, addedFromTheirs: 0, deletedByTheirs: 0, conflicts: 0 };
  const field: Record<MergeSectionPlan['outcome'], keyof MergeSummary> = {
    unchanged: 'unchanged',
    'take-theirs': 'takeTheirs',
    'keep-mine': 'keepMine',
    merged: 'merged',
    'added-from-theirs': 'addedFromTheirs',
    'deleted-by-theirs': 'deletedByTheirs',
    conflict: 'conflicts',
  };
  for (const s of sections) summary[field[s.outcome]]++;
  return summary;
}

export interface FinishedSection {
  id: string;
  /** My content before the merge (null: absent or deleted). */
  mine: SectionContent | null;
  theirs: SectionContent | null;
  /** The content to hold after the merge (null: absent or deleted). */
  result: SectionContent | null;
  report: MergeSectionReport;
}

export interface FinishedMerge {
  sections: FinishedSection[];
  /** Conflicts without a usable resolution; nothing may be written while there are any. */
  unresolved: { sectionId: string; conflictId: string; reason: string }[];
  /** Resolutions that name no conflict, or do not fit the one they name. */
  invalid: string[];
}

/** Applies `resolutions` to every conflict; a pure function of the plan's inputs and the resolutions. */
export function finishMerge(project: ProjectMerge, resolutions: readonly MergeResolution[]): FinishedMerge {
  const invalid: string[] = [];
  const unresolved: FinishedMerge['unresolved'] = [];
  const bySection = new Map<string, Map<string, Resolution>>();
  const merges = new Map(project.merges.map((m) => [m.plan.id, m]));
  for (const r of resolutions) {
    const conflict = merges.get(r.sectionId)?.plan.conflicts.find((c) => c.id === r.conflictId);
    if (!conflict) {
      invalid.push(`There is no conflict “${r.conflictId}” in section ${r.sectionId}.`);
      continue;
    }
    if ('text' in r && conflict.field !== 'body') {
      invalid.push(`Conflict “${r.conflictId}” in section ${r.sectionId} takes a choice (mine or theirs), not a text.`);
      continue;
    }
    let map = bySection.get(r.sectionId);
    if (!map) bySection.set(r.sectionId, (map = new Map()));
    map.set(r.conflictId, 'text' in r ? { text: r.text } : { choice: r.choice });
  }

  const sections: FinishedSection[] = [];
  for (const merge of project.merges) {
    const { plan, input } = merge;
    const chosen = bySection.get(plan.id) ?? new Map<string, Resolution>();
    let missing = false;
    for (const c of plan.conflicts) {
      const r = chosen.get(c.id);
      if (!r) {
        unresolved.push({ sectionId: plan.id, conflictId: c.id, reason: 'no resolution' });
        missing = true;
      } else if ('text' in r && hasConflictMarkers(r.text)) {
        unresolved.push({ sectionId: plan.id, conflictId: c.id, reason: 'the text still holds conflict markers' });
        missing = true;
      }
    }
    if (missing) continue;
    const done = merge.resolve(chosen);
    const report: MergeSectionReport = {
      ...plan,
      changes: done.content && input.mine ? changesFrom(done.content, input.mine, input.theirs) : plan.changes,
      notes: uniqueNotes([...plan.notes, ...done.notes]),
      resolutions: done.resolutions,
    };
    sections.push({ id: plan.id, mine: input.mine, theirs: input.theirs, result: done.content, report });
  }
  if (unresolved.length === 0 && invalid.length === 0) avoidLocationClashes(sections);
  return { sections, unresolved, invalid };
}

/** The same note once, whether the plan or the resolution made it. */
function uniqueNotes(notes: readonly MergeNote[]): MergeNote[] {
  const seen = new Set<string>();
  return notes.filter((n) => {
    const key = JSON.stringify(n);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * Two sections may not share a place in the tree (they would export to the same file).
 * A section that got its place from theirs yields to one already there in mine.
 */
function avoidLocationClashes(sections: FinishedSection[]): void {
  const taken = new Map<string, FinishedSection>();
  const movers: FinishedSection[] = [];
  for (const s of sections) {
    if (!s.result) continue;
    const stays = s.mine !== null && placeKey(s.mine) === placeKey(s.result);
    if (stays) taken.set(placeKey(s.result), s);
    else movers.push(s);
  }
  for (const s of movers) {
    const result = s.result as SectionContent;
    const wanted = result.name;
    for (let n = 2; taken.has(placeKey(result)); n++) result.name = `${wanted} (${n})`;
    taken.set(placeKey(result), s);
    if (result.name !== wanted) {
      s.report.notes.push({ kind: 'renamed', name: result.name, wanted });
      if (s.mine) s.report.changes = changesFrom(result, s.mine, s.theirs);
    }
  }
}

/** Resolves every conflict of a plan one way (`pwb merge --prefer`). */
export function resolveAll(sections: readonly MergeSectionPlan[], choice: MergeChoice): MergeResolution[] {
  return sections.flatMap((s) => s.conflicts.map((c) => ({ sectionId: s.id, conflictId: c.id, choice })));
}

/** Project info is not versioned, so there is no ancestor: mine is kept and differences are reported. */
export function diffProjectInfo(mine: ProjectInfo, theirs: ProjectInfo): ProjectInfoDifference[] {
  return (['name', 'government', 'termStart', 'termEnd', 'language'] as const)
    .filter((f) => (mine[f] ?? null) !== (theirs[f] ?? null))
    .map((field) => ({ field, mine: mine[field] ?? null, theirs: theirs[field] ?? null }));
}
