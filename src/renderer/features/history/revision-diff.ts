// What differs between an old revision and the current section, field by field (the
// body is shown by Monaco's diff editor; this lists everything else).
import type { Reference, Section } from '../../../shared/models';
import type { Translator } from '../../../core/i18n';
import { matchReferences } from '../../../core/merge';
import { sectionLabel } from '../../../shared/section-label';

export interface FieldDifference {
  label: string;
  /** In the old revision. */
  before: string;
  /** Now. */
  after: string;
}

export interface ReferenceDifference {
  kind: 'added' | 'removed' | 'changed' | 'renumbered';
  before?: Reference;
  after?: Reference;
}

type Compared = Pick<Section, 'heading' | 'verdict' | 'verdictNote' | 'status' | 'path' | 'name' | 'agreement' | 'references'>;

const shorten = (text: string, max = 80) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/** Fields other than body and references whose value differs. */
export function fieldDifferences({ t }: Translator, old: Compared, current: Compared): FieldDifference[] {
  const rows: FieldDifference[] = [];
  const add = (label: string, before: string, after: string) => {
    if (before !== after) rows.push({ label, before, after });
  };
  add(t('history.field.heading'), old.heading, current.heading);
  add(t('history.field.verdict'), t(`verdict.${old.verdict}`), t(`verdict.${current.verdict}`));
  add(t('history.field.verdictNote'), old.verdictNote, current.verdictNote);
  add(t('history.field.status'), t(`workflow.${old.status}`), t(`workflow.${current.status}`));
  add(t('history.field.place'), sectionLabel(old), sectionLabel(current));
  if (old.agreement !== current.agreement) rows.push({ label: t('history.field.agreement'), before: shorten(old.agreement), after: shorten(current.agreement) });
  return rows;
}

/** References added, removed, edited or renumbered since the old revision (matched by link, else title + date). */
export function referenceDifferences(old: readonly Reference[], current: readonly Reference[]): ReferenceDifference[] {
  const { entities } = matchReferences(old, current, []);
  const out: ReferenceDifference[] = [];
  for (const e of entities) {
    const before = e.base;
    const after = e.mine;
    if (before && !after) out.push({ kind: 'removed', before });
    else if (!before && after) out.push({ kind: 'added', after });
    else if (before && after) {
      const same = before.title === after.title && before.date === after.date && (before.url ?? '') === (after.url ?? '') && (before.meetingStart ?? '') === (after.meetingStart ?? '');
      if (!same) out.push({ kind: 'changed', before, after });
      else if (before.number !== after.number) out.push({ kind: 'renumbered', before, after });
    }
  }
  return out;
}

export function describeReference({ t, date }: Translator, r: Reference): string {
  return `[${r.number}] (${date(r.date, 'medium')}) ${r.title.trim() || t('history.untitled')}`;
}
