import { useEffect, useRef, useState } from 'react';
import type { DecisionHit, Reference } from '../../../../shared/models';
import { buildDecisionLink } from '../../../../core/links/decision-link';
import { brusselsToUtc, utcToBrussels } from '../../../../core/time/brussels';
import { referenceForDecision } from '../../../../core/citations';
import { useT } from '../../../i18n/I18nProvider';
import { knownMeetingStart, VALID_DATE, VALID_TIME } from './brussels-time';
import { LibraryPicker } from './LibraryPicker';
import './references.css';

interface ReferenceFormProps {
  /** The reference to edit, or a draft (number prefilled) for a new one. */
  initial: Reference;
  isNew: boolean;
  /** Numbers other references use, to refuse a duplicate. */
  takenNumbers: ReadonlySet<number>;
  onSave(ref: Reference): void;
  onCancel(): void;
  /** Opened to pick the entry's decision: the library's decisions of its date come first. */
  chooseFromLibrary?: boolean;
}

function startOf(ref: Reference): { date: string; time: string } {
  const start = knownMeetingStart(ref);
  const local = start ? utcToBrussels(start) : null;
  return { date: local?.date ?? ref.date, time: local?.time ?? '10:00' };
}

/**
 * Edit or add a reference. The link follows title and meeting start while "build link"
 * is on (the default for a new reference, and for one whose link is the built one).
 */
export function ReferenceForm({ initial, isNew, takenNumbers, onSave, onCancel, chooseFromLibrary = false }: ReferenceFormProps) {
  const { t } = useT();
  const formRef = useRef<HTMLFormElement>(null);
  useEffect(() => {
    formRef.current?.scrollIntoView({ block: 'nearest' });
  }, []);
  const start = startOf(initial);
  const [number, setNumber] = useState(String(initial.number));
  const [date, setDate] = useState(initial.date);
  const [time, setTime] = useState(start.time);
  const [title, setTitle] = useState(initial.title);
  const [url, setUrl] = useState(initial.url ?? '');
  const [touched, setTouched] = useState({ title: false, date: false, time: false });
  /** A field's change handler: takes the value and marks the field touched (its problem may show now). */
  const typed = (field: keyof typeof touched, set: (value: string) => void) => (e: React.ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => {
    set(e.target.value);
    setTouched((was) => ({ ...was, [field]: true }));
  };
  const initialStart = knownMeetingStart(initial);
  const [autoLink, setAutoLink] = useState(
    isNew || !initial.url || (initialStart !== null && buildDecisionLink(initial.title, initialStart) === initial.url),
  );

  const dateOk = VALID_DATE.test(date);
  const timeOk = VALID_TIME.test(time);
  const builtLink = dateOk && timeOk && title.trim() !== '' ? buildDecisionLink(title, brusselsToUtc(date, time)) : '';
  const shownUrl = autoLink ? builtLink || url : url;
  const n = Number(number);
  const numberOk = /^\d+$/.test(number) && !takenNumbers.has(n);
  // A new reference needs what its entry and link are made of; an old one may keep odd data.
  const complete = !isNew || (dateOk && title.trim() !== '');

  const fill = (hit: DecisionHit) => {
    const ref = referenceForDecision(hit, n);
    setTitle(ref.title);
    setDate(ref.date);
    const local = ref.meetingStart ? utcToBrussels(ref.meetingStart) : null;
    setTime(local?.time ?? '10:00');
    setUrl(ref.url ?? '');
    // The exact link (built from title and meeting start) keeps following them; another link stays as the library has it.
    setAutoLink(!!ref.meetingStart && !!ref.url && ref.url === buildDecisionLink(ref.title, ref.meetingStart));
    setTouched({ title: true, date: true, time: true });
  };
  const multiLine = title.includes('\n');

  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    if (!numberOk || !complete) return;
    // Untouched fields keep their exact stored text (a title may end in a raw line break).
    const ref: Reference = {
      number: n,
      date: touched.date ? date.trim() : initial.date,
      title: touched.title ? title : initial.title,
    };
    if ((touched.date || touched.time) && dateOk && timeOk) ref.meetingStart = brusselsToUtc(date, time);
    else if (initial.meetingStart) ref.meetingStart = initial.meetingStart;
    else if (autoLink && dateOk && timeOk && (touched.title || isNew)) ref.meetingStart = brusselsToUtc(date, time);
    const link = (autoLink && (touched.title || touched.date || touched.time || isNew) ? builtLink : url).trim();
    if (link) ref.url = link;
    onSave(ref);
  };

  return (
    // Escape in any field cancels the form.
    // eslint-disable-next-line jsx-a11y/no-noninteractive-element-interactions
    <form ref={formRef} className="reference-form" data-testid="reference-form" onSubmit={submit} onKeyDown={(e) => e.key === 'Escape' && onCancel()}>
      {(isNew || chooseFromLibrary || !initial.title.trim()) && (
        <LibraryPicker onPick={fill} date={chooseFromLibrary && VALID_DATE.test(initial.date) ? initial.date : undefined} focusFirst={isNew || chooseFromLibrary} />
      )}
      {!isNew && !chooseFromLibrary && initial.title.trim() !== '' && <LibraryToggle onPick={fill} />}
      <div className="field-row">
        <label className="field field-narrow">
          <span className="field-label">{t('workbench.refForm.number')}</span>
          <input data-testid="ref-form-number" value={number} onChange={(e) => setNumber(e.target.value.trim())} disabled={!isNew} />
        </label>
        <label className="field field-date">
          <span className="field-label">{t('workbench.refForm.date')}</span>
          <input data-testid="ref-form-date" value={date} placeholder={t('workbench.refForm.datePlaceholder')} className={dateOk || (date === '' && !touched.date) ? '' : 'invalid'} onChange={typed('date', setDate)} />
        </label>
        <label className="field field-time" title={t('workbench.refForm.time.title')}>
          <span className="field-label">{t('workbench.refForm.time')}</span>
          <input data-testid="ref-form-time" value={time} placeholder="10:00" className={timeOk ? '' : 'invalid'} onChange={typed('time', setTime)} />
        </label>
      </div>
      <label className="field">
        <span className="field-label">{t('workbench.refForm.title')}</span>
        {multiLine ? (
          <textarea
            data-testid="ref-form-title"
            // eslint-disable-next-line jsx-a11y/no-autofocus
            autoFocus={!isNew && !chooseFromLibrary}
            rows={Math.min(6, title.split('\n').length)}
            value={title}
            onChange={typed('title', setTitle)}
          />
        ) : (
          <input
            data-testid="ref-form-title"
            // The form opens for typing: its first field takes the focus.
            // eslint-disable-next-line jsx-a11y/no-autofocus
            autoFocus={!isNew && !chooseFromLibrary}
            value={title}
            onChange={typed('title', setTitle)}
          />
        )}
        {multiLine && <span className="field-hint">{t('cite.form.multiline')}</span>}
      </label>
      <label className="field">
        <span className="field-label">{t('workbench.refForm.link')}</span>
        <input
          data-testid="ref-form-link"
          value={shownUrl}
          spellCheck={false}
          readOnly={autoLink}
          className={autoLink ? 'derived' : ''}
          onChange={(e) => setUrl(e.target.value)}
        />
      </label>
      <label className="checkbox">
        <input
          type="checkbox"
          data-testid="ref-form-autolink"
          checked={autoLink}
          onChange={(e) => {
            if (!e.target.checked) setUrl(shownUrl);
            setAutoLink(e.target.checked);
          }}
        />
        {t('workbench.refForm.autoLink')}
      </label>
      {!numberOk && <p className="field-error">{/^\d+$/.test(number) ? t('workbench.refForm.numberTaken', { number }) : t('workbench.refForm.numberInvalid')}</p>}
      <div className="form-actions">
        <button type="submit" className="btn btn-primary" data-testid="ref-form-save" disabled={!numberOk || !complete}>
          {isNew ? t('workbench.refForm.add') : t('workbench.refForm.save')}
        </button>
        <button type="button" className="btn" data-testid="ref-form-cancel" onClick={onCancel}>
          {t('workbench.refForm.cancel')}
        </button>
      </div>
    </form>
  );
}

/** Editing a titled reference: the library search is one click away, not in the way. */
function LibraryToggle({ onPick }: { onPick(hit: DecisionHit): void }) {
  const { t } = useT();
  const [open, setOpen] = useState(false);
  if (open) return <LibraryPicker onPick={onPick} focusFirst />;
  return (
    <button type="button" className="link-btn library-picker-open" data-testid="ref-form-library-open" onClick={() => setOpen(true)}>
      {t('cite.form.open')}
    </button>
  );
}
