import type { MergeChoice, MergeConflict, MergeReference, MergeSectionPlan } from '../../../shared/merge-models';
import { bodyWithMarkers, composeBody, describeConflict, fieldLabel } from '../../../core/merge';
import type { Translator } from '../../../core/i18n';
import { useT } from '../../i18n/I18nProvider';
import { BodyMerge } from './BodyMerge';
import type { Pick } from './merge-picks';
import { isSettled } from './merge-picks';
import { sectionLabel } from '../../../shared/section-label';

interface ConflictPanelProps {
  section: MergeSectionPlan;
  picks: Readonly<Record<string, Pick>>;
  onPick(conflictId: string, pick: Pick): void;
}

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const show = (value: string | null | undefined) => (value === null || value === undefined || value === '' ? '—' : value);

function describeValue(tr: Translator, c: Exclude<MergeConflict, { field: 'body' | 'presence' | 'reference' }>, side: 'base' | 'mine' | 'theirs'): string {
  switch (c.field) {
    case 'verdict': {
      const v = c[side];
      return v ? tr.t(`verdict.${v}`) : '—';
    }
    case 'status': {
      const v = c[side];
      return v ? tr.t(`workflow.${v}`) : '—';
    }
    case 'location': {
      const v = c[side];
      return v ? sectionLabel(v) : '—';
    }
    case 'order': {
      const v = c[side];
      return v === null ? '—' : tr.number(v);
    }
    default:
      return show(c[side]);
  }
}

function describeReference(tr: Translator, r: MergeReference | null): string {
  if (!r) return tr.t('merge.referenceDeleted');
  return `[${r.number}] (${tr.date(r.date, 'medium')}) ${r.title.trim() || tr.t('merge.untitled')}${r.url ? ` — ${r.url}` : ''}`;
}

function Choice({ conflict, side, label, pick, onPick }: { conflict: MergeConflict; side: MergeChoice; label: string; pick?: Pick; onPick: ConflictPanelProps['onPick'] }) {
  const { t } = useT();
  const checked = !!pick && 'choice' in pick && pick.choice === side;
  return (
    <label className={`merge-choice${checked ? ' chosen' : ''}`}>
      <input type="radio" name={`merge-${conflict.id}`} checked={checked} onChange={() => onPick(conflict.id, { choice: side })} data-testid={`merge-choice-${conflict.id}-${side}`} />
      <span className="merge-choice-side">{side === 'mine' ? t('merge.side.mine') : t('merge.side.theirs')}</span>
      <span className="merge-choice-value">{label}</span>
    </label>
  );
}

/** Every conflict of one section: the body side by side, everything else field by field. */
export function ConflictPanel({ section, picks, onPick }: ConflictPanelProps) {
  const tr = useT();
  const { t } = tr;
  const body = section.conflicts.find((c) => c.field === 'body');
  const others = section.conflicts.filter((c) => c.field !== 'body');
  const bodyPick = body ? picks[body.id] : undefined;
  const bodyText = body?.field === 'body' ? (bodyPick ? ('text' in bodyPick ? bodyPick.text : composeBody(body.hunks, bodyPick.choice)) : bodyWithMarkers(body.hunks)) : '';

  return (
    <div className="merge-conflicts" data-testid="merge-conflicts">
      {others.map((c) => (
        <fieldset key={c.id} className={`merge-field${isSettled(c, picks[c.id]) ? ' settled' : ''}`} data-testid={`merge-conflict-${c.id}`}>
          <legend>{capital(fieldLabel(tr, c.field))}</legend>
          <p className="merge-field-what">{describeConflict(tr, c)}</p>
          {c.field === 'presence' ? (
            <>
              <Choice conflict={c} side="mine" label={c.deletedBy === 'mine' ? t('merge.keepDeleted') : t('merge.keepMyEdit')} pick={picks[c.id]} onPick={onPick} />
              <Choice conflict={c} side="theirs" label={c.deletedBy === 'theirs' ? t('merge.deleteAsTheyDid') : t('merge.bringBackTheirs')} pick={picks[c.id]} onPick={onPick} />
            </>
          ) : c.field === 'reference' ? (
            <>
              {c.base && <p className="merge-field-base">{t('merge.before', { value: describeReference(tr, c.base) })}</p>}
              <Choice conflict={c} side="mine" label={describeReference(tr, c.mine)} pick={picks[c.id]} onPick={onPick} />
              <Choice conflict={c} side="theirs" label={describeReference(tr, c.theirs)} pick={picks[c.id]} onPick={onPick} />
            </>
          ) : (
            <>
              {c.base !== null && <p className="merge-field-base">{t('merge.before', { value: describeValue(tr, c, 'base') })}</p>}
              <Choice conflict={c} side="mine" label={describeValue(tr, c, 'mine')} pick={picks[c.id]} onPick={onPick} />
              <Choice conflict={c} side="theirs" label={describeValue(tr, c, 'theirs')} pick={picks[c.id]} onPick={onPick} />
            </>
          )}
        </fieldset>
      ))}
      {body?.field === 'body' && (
        <section className="merge-field body" data-testid="merge-conflict-body">
          <h4>{capital(fieldLabel(tr, 'body'))}</h4>
          {section.references && section.references.length > 0 && (
            <details className="merge-legend">
              <summary>{t('merge.citationLegend')}</summary>
              <ol>
                {section.references.map((r) => (
                  <li key={r.key} value={r.number}>
                    [{r.number}] ({tr.date(r.date, 'medium')}) {r.title.trim() || t('merge.untitled')}
                  </li>
                ))}
              </ol>
            </details>
          )}
          <BodyMerge key={section.id} theirs={body.theirs} mine={body.mine} hunks={body.hunks} text={bodyText} onChange={(text) => onPick(body.id, { text })} />
        </section>
      )}
    </div>
  );
}
