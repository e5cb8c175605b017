// Merge plans and reports in words, for the command line and the merge view alike.
import type { FieldChange, MergeConflict, MergeConflictField, MergeField, MergeOutcome, MergeSectionReport, MergeSummary } from '../../shared/merge-models';
import { VERDICT_LABELS, WORKFLOW_LABELS } from '../../shared/models';
import { sectionLabel } from '../../shared/section-label';

export const OUTCOME_LABELS: Readonly<Record<MergeOutcome, string>> = {
  unchanged: 'unchanged',
  'take-theirs': 'taken from theirs',
  'keep-mine': 'kept mine',
  merged: 'merged',
  'added-from-theirs': 'added from theirs',
  'deleted-by-theirs': 'deleted, as in theirs',
  conflict: 'conflict',
};

export const FIELD_LABELS: Readonly<Record<MergeField | MergeConflictField, string>> = {
  heading: 'heading',
  agreement: 'agreement text',
  body: 'assessment',
  references: 'references',
  reference: 'reference',
  verdict: 'verdict',
  verdictNote: 'verdict note',
  status: 'status',
  location: 'place in the tree',
  order: 'position',
  presence: 'deleted or kept',
};

const joinFields = (fields: FieldChange[]) => fields.map((c) => FIELD_LABELS[c.field]).join(', ');

/** `verdict, status from theirs; assessment merged; heading from mine`. */
export function describeChanges(changes: readonly FieldChange[]): string {
  const parts: string[] = [];
  const theirs = changes.filter((c) => c.from === 'theirs');
  const merged = changes.filter((c) => c.from === 'merged');
  const mine = changes.filter((c) => c.from === 'mine');
  if (theirs.length) parts.push(`${joinFields(theirs)} from theirs`);
  if (merged.length) parts.push(`${joinFields(merged)} merged`);
  if (mine.length) parts.push(`${joinFields(mine)} from mine`);
  return parts.join('; ');
}

const quote = (s: string, max = 60) => {
  const one = s.replace(/\s+/g, ' ').trim();
  return `“${one.length > max ? `${one.slice(0, max - 1)}…` : one}”`;
};

/** One line per conflict: what each side holds. */
export function describeConflict(c: MergeConflict): string {
  switch (c.field) {
    case 'presence':
      return c.deletedBy === 'mine' ? 'deleted in mine, edited in theirs' : 'deleted in theirs, edited in mine';
    case 'verdict':
      return `verdict: mine ${VERDICT_LABELS[c.mine]}, theirs ${VERDICT_LABELS[c.theirs]}`;
    case 'status':
      return `status: mine ${WORKFLOW_LABELS[c.mine]}, theirs ${WORKFLOW_LABELS[c.theirs]}`;
    case 'location':
      return `place: mine ${sectionLabel(c.mine)}, theirs ${sectionLabel(c.theirs)}`;
    case 'order':
      return `position: mine ${c.mine}, theirs ${c.theirs}`;
    case 'body': {
      const n = c.hunks.filter((h) => h.kind === 'conflict').length;
      return `assessment: ${n} passage${n === 1 ? '' : 's'} changed differently on both sides`;
    }
    case 'reference': {
      const title = (c.mine ?? c.theirs ?? c.base)?.title ?? '';
      const state = !c.mine ? 'deleted in mine, edited in theirs' : !c.theirs ? 'deleted in theirs, edited in mine' : 'edited differently on both sides';
      return `reference ${quote(title, 50)}: ${state}`;
    }
    default:
      return `${FIELD_LABELS[c.field]}: mine ${quote(c.mine)}, theirs ${quote(c.theirs)}`;
  }
}

export function describeResolutions(s: Pick<MergeSectionReport, 'resolutions'>): string {
  return s.resolutions.map((r) => `${FIELD_LABELS[r.field]} → ${r.resolvedWith === 'edited' ? 'edited by hand' : r.resolvedWith}`).join(', ');
}

export function describeSummary(s: MergeSummary): string {
  const parts: [number, string][] = [
    [s.takeTheirs, 'taken from theirs'],
    [s.merged, 'merged'],
    [s.addedFromTheirs, 'added'],
    [s.deletedByTheirs, 'deleted'],
    [s.keepMine, 'kept mine'],
    [s.conflicts, s.conflicts === 1 ? 'conflict' : 'conflicts'],
    [s.unchanged, 'unchanged'],
  ];
  return parts
    .filter(([n]) => n > 0)
    .map(([n, label]) => `${n} ${label}`)
    .join(', ') || 'no sections';
}
