// Merge plans and reports in words, for the command line and the merge view alike, in the
// language of the Translator they are given (the catalogue area `merge`).
import type { MessageKey, Translator } from '../i18n';
import type { FieldChange, MergeConflict, MergeConflictField, MergeField, MergeNote, MergeOutcome, MergeSectionReport, MergeSummary, ProjectInfoDifference } from '../../shared/merge-models';
import { sectionLabel } from '../../shared/section-label';

export const MERGE_OUTCOMES: readonly MergeOutcome[] = ['unchanged', 'take-theirs', 'keep-mine', 'merged', 'added-from-theirs', 'deleted-by-theirs', 'conflict'];

/** `taken from theirs`, `kept mine`, … */
export function outcomeLabel(tr: Translator, outcome: MergeOutcome): string {
  return tr.t(`merge.outcome.${outcome}`);
}

/** `assessment`, `place in the tree`, … (lower case: it sits inside sentences). */
export function fieldLabel(tr: Translator, field: MergeField | MergeConflictField): string {
  return tr.t(`merge.field.${field}`);
}

/** `government`, `start of term`, … */
export function infoFieldLabel(tr: Translator, field: ProjectInfoDifference['field']): string {
  return tr.t(`merge.info.${field}`);
}

const joinFields = (tr: Translator, fields: FieldChange[]) => fields.map((c) => fieldLabel(tr, c.field)).join(', ');

/** `verdict, status from theirs; assessment merged; heading from mine`. */
export function describeChanges(tr: Translator, changes: readonly FieldChange[]): string {
  const parts: string[] = [];
  for (const from of ['theirs', 'merged', 'mine'] as const) {
    const these = changes.filter((c) => c.from === from);
    if (these.length) parts.push(tr.t(`merge.changes.${from}`, { fields: joinFields(tr, these) }));
  }
  return parts.join('; ');
}

const quote = (s: string, max = 60) => {
  const one = s.replace(/\s+/g, ' ').trim();
  return `“${one.length > max ? `${one.slice(0, max - 1)}…` : one}”`;
};

/** One line per conflict: what each side holds. */
export function describeConflict(tr: Translator, c: MergeConflict): string {
  const values = (mine: string, theirs: string) => tr.t('merge.conflict.values', { field: fieldLabel(tr, c.field), mine, theirs });
  switch (c.field) {
    case 'presence':
      return tr.t('merge.conflict.presence', { deletedBy: c.deletedBy });
    case 'verdict':
      return values(tr.t(`verdict.${c.mine}`), tr.t(`verdict.${c.theirs}`));
    case 'status':
      return values(tr.t(`workflow.${c.mine}`), tr.t(`workflow.${c.theirs}`));
    case 'location':
      return values(sectionLabel(c.mine), sectionLabel(c.theirs));
    case 'order':
      return values(tr.number(c.mine), tr.number(c.theirs));
    case 'body':
      return tr.t('merge.conflict.body', { count: c.hunks.filter((h) => h.kind === 'conflict').length });
    case 'reference': {
      const title = (c.mine ?? c.theirs ?? c.base)?.title ?? '';
      return tr.t('merge.conflict.reference', { title: quote(title, 50), state: !c.mine ? 'mineDeleted' : !c.theirs ? 'theirsDeleted' : 'both' });
    }
    default:
      return values(quote(c.mine), quote(c.theirs));
  }
}

/** `verdict → theirs, assessment → edited by hand`. */
export function describeResolutions(tr: Translator, s: Pick<MergeSectionReport, 'resolutions'>): string {
  return s.resolutions.map((r) => tr.t('merge.resolution', { field: fieldLabel(tr, r.field), with: r.resolvedWith })).join(', ');
}

/** `2 taken from theirs, 1 conflict, 40 unchanged`. */
export function describeSummary(tr: Translator, s: MergeSummary): string {
  const parts: [number, MessageKey][] = [
    [s.takeTheirs, 'merge.summary.takeTheirs'],
    [s.merged, 'merge.summary.merged'],
    [s.addedFromTheirs, 'merge.summary.added'],
    [s.deletedByTheirs, 'merge.summary.deleted'],
    [s.keepMine, 'merge.summary.keepMine'],
    [s.conflicts, 'merge.summary.conflicts'],
    [s.unchanged, 'merge.summary.unchanged'],
  ];
  return (
    parts
      .filter(([n]) => n > 0)
      .map(([count, key]) => tr.t(key, { count }))
      .join(', ') || tr.t('merge.summary.none')
  );
}

/** A note the merge made (a kept reference, a renamed section) as a sentence. */
export function describeNote(tr: Translator, note: MergeNote): string {
  return note.kind === 'renamed' ? tr.t('merge.note.renamed', { name: note.name, wanted: note.wanted }) : tr.t('merge.note.keptReference', { title: note.title });
}
