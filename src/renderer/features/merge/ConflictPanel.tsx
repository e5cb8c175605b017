import type { MergeChoice, MergeConflict, MergeReference, MergeSectionPlan } from '../../../shared/merge-models';
import { VERDICT_LABELS, WORKFLOW_LABELS } from '../../../shared/models';
import { bodyWithMarkers, composeBody, describeConflict, FIELD_LABELS } from '../../../core/merge';
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

function describeValue(c: Exclude<MergeConflict, { field: 'body' | 'presence' | 'reference' }>, side: 'base' | 'mine' | 'theirs'): string {
  switch (c.field) {
    case 'verdict': {
      const v = c[side];
      return v ? VERDICT_LABELS[v] : '—';
    }
    case 'status': {
      const v = c[side];
      return v ? WORKFLOW_LABELS[v] : '—';
    }
    case 'location': {
      const v = c[side];
      return v ? sectionLabel(v) : '—';
    }
    case 'order':
      return show(c[side] === null ? null : String(c[side]));
    default:
      return show(c[side]);
  }
}

function describeReference(r: MergeReference | null): string {
  if (!r) return 'deleted';
  return `[${r.number}] (${r.date}) ${r.title.trim() || '(no title)'}${r.url ? ` — ${r.url}` : ''}`;
}

function Choice({ conflict, side, label, pick, onPick }: { conflict: MergeConflict; side: MergeChoice; label: string; pick?: Pick; onPick: ConflictPanelProps['onPick'] }) {
  const checked = !!pick && 'choice' in pick && pick.choice === side;
  return (
    <label className={`merge-choice${checked ? ' chosen' : ''}`}>
      <input type="radio" name={`merge-${conflict.id}`} checked={checked} onChange={() => onPick(conflict.id, { choice: side })} data-testid={`merge-choice-${conflict.id}-${side}`} />
      <span className="merge-choice-side">{side === 'mine' ? 'Mine' : 'Theirs'}</span>
      <span className="merge-choice-value">{label}</span>
    </label>
  );
}

/** Every conflict of one section: the body side by side, everything else field by field. */
export function ConflictPanel({ section, picks, onPick }: ConflictPanelProps) {
  const body = section.conflicts.find((c) => c.field === 'body');
  const others = section.conflicts.filter((c) => c.field !== 'body');
  const bodyPick = body ? picks[body.id] : undefined;
  const bodyText = body?.field === 'body' ? (bodyPick ? ('text' in bodyPick ? bodyPick.text : composeBody(body.hunks, bodyPick.choice)) : bodyWithMarkers(body.hunks)) : '';

  return (
    <div className="merge-conflicts" data-testid="merge-conflicts">
      {others.map((c) => (
        <fieldset key={c.id} className={`merge-field${isSettled(c, picks[c.id]) ? ' settled' : ''}`} data-testid={`merge-conflict-${c.id}`}>
          <legend>{capital(FIELD_LABELS[c.field])}</legend>
          <p className="merge-field-what">{describeConflict(c)}</p>
          {c.field === 'presence' ? (
            <>
              <Choice conflict={c} side="mine" label={c.deletedBy === 'mine' ? 'Keep it deleted' : 'Keep my edited section'} pick={picks[c.id]} onPick={onPick} />
              <Choice conflict={c} side="theirs" label={c.deletedBy === 'theirs' ? 'Delete it, as they did' : 'Bring back their edited section'} pick={picks[c.id]} onPick={onPick} />
            </>
          ) : c.field === 'reference' ? (
            <>
              {c.base && <p className="merge-field-base">Before: {describeReference(c.base)}</p>}
              <Choice conflict={c} side="mine" label={describeReference(c.mine)} pick={picks[c.id]} onPick={onPick} />
              <Choice conflict={c} side="theirs" label={describeReference(c.theirs)} pick={picks[c.id]} onPick={onPick} />
            </>
          ) : (
            <>
              {c.base !== null && <p className="merge-field-base">Before: {describeValue(c, 'base')}</p>}
              <Choice conflict={c} side="mine" label={describeValue(c, 'mine')} pick={picks[c.id]} onPick={onPick} />
              <Choice conflict={c} side="theirs" label={describeValue(c, 'theirs')} pick={picks[c.id]} onPick={onPick} />
            </>
          )}
        </fieldset>
      ))}
      {body?.field === 'body' && (
        <section className="merge-field body" data-testid="merge-conflict-body">
          <h4>{capital(FIELD_LABELS.body)}</h4>
          {section.references && section.references.length > 0 && (
            <details className="merge-legend">
              <summary>Citation numbers in all three columns refer to this list</summary>
              <ol>
                {section.references.map((r) => (
                  <li key={r.key} value={r.number}>
                    [{r.number}] ({r.date}) {r.title.trim() || '(no title)'}
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
