// Three-way merge of one section: presence first (added, deleted, deleted-vs-edited),
// then field by field, the body and its references together.
import type {
  FieldChange,
  MergeChoice,
  MergeConflict,
  MergeConflictField,
  MergeField,
  MergeNote,
  MergeOutcome,
  MergeSectionPlan,
  SectionContent,
} from '../../shared/merge-models';
import { MERGE_FIELDS } from '../../shared/merge-models';
import { composeBody } from './body-hunks';
import { contentOf, copyField, sameContent, sameField } from './content';
import { mergeBodyAndReferences } from './merge-body-references';
import type { BodyResolution, BodyReferencesMerge } from './merge-body-references';

export interface SectionMergeInput {
  id: string;
  /** The common ancestor; null when the sides share no version of the section. */
  base: SectionContent | null;
  /** Null when deleted or never there. */
  mine: SectionContent | null;
  theirs: SectionContent | null;
  /** Null because it was deleted (its history ends in a tombstone), not because it never existed. */
  mineDeleted?: boolean;
  theirsDeleted?: boolean;
}

export type Resolution = { choice: MergeChoice } | { text: string };

export interface ResolvedSection {
  /** Null: the section is (or stays) absent. */
  content: SectionContent | null;
  resolutions: { conflictId: string; field: MergeConflictField; resolvedWith: MergeChoice | 'edited' }[];
  notes: MergeNote[];
}

export interface SectionMerge {
  input: SectionMergeInput;
  plan: MergeSectionPlan;
  /** Finishes the merge: conflicts take `resolutions` (by conflict id); throws `UnresolvedConflictError` for a missing one. */
  resolve(resolutions: ReadonlyMap<string, Resolution>): ResolvedSection;
}

export class UnresolvedConflictError extends Error {
  constructor(
    readonly sectionId: string,
    readonly conflictId: string,
  ) {
    super(`Conflict ${conflictId} of section ${sectionId} is not resolved.`);
  }
}

const SIMPLE_FIELDS = ['heading', 'agreement', 'verdict', 'verdictNote', 'status', 'location', 'order'] as const;
type SimpleField = (typeof SIMPLE_FIELDS)[number];

export function mergeSection(input: SectionMergeInput): SectionMerge {
  const { base, mine, theirs } = input;
  const plan = (outcome: MergeOutcome, conflicts: MergeConflict[] = [], changes: FieldChange[] = [], notes: MergeNote[] = []): MergeSectionPlan => {
    const where = mine ?? theirs ?? base;
    return { id: input.id, path: where ? [...where.path] : [], name: where?.name ?? '', outcome, changes, conflicts, notes };
  };
  const settled = (outcome: MergeOutcome, content: SectionContent | null, notes: MergeNote[] = []): SectionMerge => ({
    input,
    plan: plan(outcome, [], content && mine ? changesFrom(content, mine, theirs) : [], notes),
    resolve: () => ({ content: content && contentOf(content), resolutions: [], notes }),
  });

  if (sameContent(mine, theirs)) return settled('unchanged', mine);

  if (!mine || !theirs) {
    if (!mine && !input.mineDeleted) return settled('added-from-theirs', theirs);
    if (!theirs && !input.theirsDeleted) return settled('keep-mine', mine);
    // Deleted on one side: taken when the other side did not change it, else a conflict.
    if (!mine && sameContent(theirs, base)) return settled('keep-mine', null);
    if (!theirs && sameContent(mine, base)) return settled('deleted-by-theirs', null);
    const conflict: MergeConflict = { id: 'presence', field: 'presence', deletedBy: mine ? 'theirs' : 'mine' };
    return {
      input,
      plan: plan('conflict', [conflict]),
      resolve: (res) => {
        const r = res.get('presence');
        if (!r || !('choice' in r)) throw new UnresolvedConflictError(input.id, 'presence');
        const content = r.choice === 'mine' ? mine : theirs;
        return { content: content && contentOf(content), resolutions: [{ conflictId: 'presence', field: 'presence', resolvedWith: r.choice }], notes: [] };
      },
    };
  }

  if (base && sameContent(theirs, base)) return settled('keep-mine', mine);
  if (base && sameContent(mine, base)) return settled('take-theirs', theirs);
  return mergeFields(input, base, mine, theirs, plan);
}

function mergeFields(
  input: SectionMergeInput,
  base: SectionContent | null,
  mine: SectionContent,
  theirs: SectionContent,
  plan: (outcome: MergeOutcome, conflicts?: MergeConflict[], changes?: FieldChange[], notes?: MergeNote[]) => MergeSectionPlan,
): SectionMerge {
  const auto = contentOf(mine);
  const conflicts: MergeConflict[] = [];
  const conflicted = new Set<SimpleField>();
  for (const field of SIMPLE_FIELDS) {
    if (sameField(field, mine, theirs) || (base && sameField(field, theirs, base))) continue;
    if (base && sameField(field, mine, base)) copyField(field, auto, theirs);
    else {
      conflicts.push(simpleConflict(field, base, mine, theirs));
      conflicted.add(field);
    }
  }

  const pair = (s: SectionContent) => ({ body: s.body, references: s.references });
  const samePair = (a: SectionContent, b: SectionContent) => sameField('body', a, b) && sameField('references', a, b);
  let textMerge: BodyReferencesMerge | null = null;
  if (base && samePair(mine, base)) {
    copyField('body', auto, theirs);
    copyField('references', auto, theirs);
  } else if (!(base && samePair(theirs, base)) && !samePair(mine, theirs)) {
    textMerge = mergeBodyAndReferences(base && pair(base), pair(mine), pair(theirs));
    conflicts.push(...textMerge.conflicts);
  }

  const finish = (res: ReadonlyMap<string, Resolution>): ResolvedSection => {
    const content = contentOf(auto);
    const resolutions: ResolvedSection['resolutions'] = [];
    const notes: MergeNote[] = [];
    const choiceFor = (id: string): MergeChoice => {
      const r = res.get(id);
      if (!r || !('choice' in r)) throw new UnresolvedConflictError(input.id, id);
      return r.choice;
    };
    for (const field of conflicted) {
      const choice = choiceFor(field);
      copyField(field, content, choice === 'mine' ? mine : theirs);
      resolutions.push({ conflictId: field, field, resolvedWith: choice });
    }
    if (textMerge) {
      let body: BodyResolution | undefined;
      const references = new Map<string, MergeChoice>();
      for (const c of textMerge.conflicts) {
        if (c.field === 'body') {
          const r = res.get('body');
          if (!r) throw new UnresolvedConflictError(input.id, 'body');
          body = r;
          // A text that is exactly one side's passages (the "take theirs" button) is reported as that side.
          const side = 'text' in r ? (['theirs', 'mine'] as const).find((x) => composeBody(c.hunks, x) === r.text) : r.choice;
          resolutions.push({ conflictId: 'body', field: 'body', resolvedWith: side ?? 'edited' });
        } else if (c.field === 'reference') {
          const choice = choiceFor(c.id);
          references.set(c.key, choice);
          resolutions.push({ conflictId: c.id, field: 'reference', resolvedWith: choice });
        }
      }
      const merged = textMerge.finish({ body, references });
      content.body = merged.body;
      content.references = merged.references;
      notes.push(...merged.notes);
    }
    return { content, resolutions, notes };
  };

  if (conflicts.length > 0) {
    const p = plan('conflict', conflicts, changesFrom(auto, mine, theirs, new Set([...conflicted, ...(textMerge ? (['body', 'references'] as const) : [])])));
    if (textMerge?.references) p.references = textMerge.references;
    return { input, plan: p, resolve: finish };
  }
  const done = finish(new Map());
  const outcome: MergeOutcome = sameContent(done.content, theirs) ? 'take-theirs' : sameContent(done.content, mine) ? 'keep-mine' : 'merged';
  return {
    input,
    plan: plan(outcome, [], changesFrom(done.content as SectionContent, mine, theirs), done.notes),
    resolve: () => ({ ...done, content: done.content && contentOf(done.content) }),
  };
}

function simpleConflict(field: SimpleField, base: SectionContent | null, mine: SectionContent, theirs: SectionContent): MergeConflict {
  switch (field) {
    case 'location': {
      const loc = (s: SectionContent) => ({ path: [...s.path], name: s.name });
      return { id: field, field, base: base && loc(base), mine: loc(mine), theirs: loc(theirs) };
    }
    case 'order':
      return { id: field, field, base: base && base.order, mine: mine.order, theirs: theirs.order };
    case 'verdict':
      return { id: field, field, base: base && base.verdict, mine: mine.verdict, theirs: theirs.verdict };
    case 'status':
      return { id: field, field, base: base && base.status, mine: mine.status, theirs: theirs.status };
    default:
      return { id: field, field, base: base && base[field], mine: mine[field], theirs: theirs[field] };
  }
}

/**
 * Every field where the sides differ or the result differs from mine, with where the
 * merged value comes from — what the merge report says was taken from whom.
 */
export function changesFrom(result: SectionContent, mine: SectionContent, theirs: SectionContent | null, skip: ReadonlySet<MergeField> = new Set()): FieldChange[] {
  if (!theirs) return [];
  return MERGE_FIELDS.filter((f) => !skip.has(f) && !(sameField(f, result, mine) && sameField(f, mine, theirs))).map((field) => ({
    field,
    from: sameField(field, result, mine) ? 'mine' : sameField(field, result, theirs) ? 'theirs' : 'merged',
  }));
}
