import { useEffect, useState } from 'react';
import { errorText } from '../../../../core/i18n';
import { currentTranslator } from '../../../i18n/current';
import type { DecisionHit } from '../../../../shared/models';
import { decisionLabel } from '../../../../core/citations';
import { getClient } from '../../../api';
import { UntitledTag } from '../../../app/UntitledTag';
import { useT } from '../../../i18n/I18nProvider';
import { CONTENT_LANG } from '../../../lib/content-lang';

const LIMIT = 8;
const ON_DATE_LIMIT = 50;

interface LibraryPickerProps {
  onPick(hit: DecisionHit): void;
  /**
   * Start with the library's decisions of this date (a reference with no title and no link
   * keeps only its date); typing narrows them, "any date" searches the whole library.
   */
  date?: string;
  /** Put the focus in the search field (the form was opened to choose a decision). */
  focusFirst?: boolean;
}

/** Search the decision library and take a decision over into the reference form. */
export function LibraryPicker({ onPick, date, focusFirst }: LibraryPickerProps) {
  const { t, date: day } = useT();
  const [query, setQuery] = useState('');
  const [onDate, setOnDate] = useState(date ?? null);
  const [found, setFound] = useState<DecisionHit[]>([]);
  const [error, setError] = useState<string | null>(null);
  const q = query.trim();
  const asking = onDate !== null || q.length >= 2;
  // Nothing is searched for under two letters (and no date), and nothing found earlier is shown.
  const hits = asking ? found : [];

  useEffect(() => {
    if (!asking) return;
    let cancelled = false;
    const timer = window.setTimeout(async () => {
      const range = onDate === null ? {} : { from: onDate, to: onDate };
      const res = await getClient().call('decisions.search', { query: q, limit: onDate !== null && q === '' ? ON_DATE_LIMIT : LIMIT, ...range });
      if (cancelled) return;
      if (res.ok) {
        setFound(res.value.hits);
        setError(null);
      } else setError(errorText(currentTranslator(), res.error));
    }, q === '' ? 0 : 200);
    return () => {
      cancelled = true;
      window.clearTimeout(timer);
    };
  }, [q, onDate, asking]);

  return (
    <div className="library-picker">
      <div className="library-picker-bar">
        <input
          type="search"
          data-testid="ref-form-library-search"
          // The form opens for choosing: the search takes the focus.
          // eslint-disable-next-line jsx-a11y/no-autofocus
          autoFocus={focusFirst}
          placeholder={t('cite.form.search')}
          aria-label={t('cite.form.search')}
          value={query}
          onChange={(e) => setQuery(e.target.value)}
        />
        {onDate !== null && (
          <span className="library-picker-date" data-testid="ref-form-library-date">
            {t('cite.form.onDate', { date: day(onDate) })}{' '}
            <button type="button" className="link-btn" data-testid="ref-form-library-any-date" onClick={() => setOnDate(null)}>
              {t('cite.form.anyDate')}
            </button>
          </span>
        )}
      </div>
      {error && <p className="field-error">{error}</p>}
      {hits.length > 0 && (
        <ul className="library-hits">
          {hits.map((h) => {
            const label = decisionLabel(h);
            return (
              <li key={h.key}>
                <button type="button" className="library-hit" data-testid="ref-form-library-hit" onClick={() => onPick(h)}>
                  <span className="hit-date">{h.date ? day(h.date, 'medium') : '—'}</span>{' '}
                  {label.untitled && <UntitledTag />}{' '}
                  <span className="hit-title" lang={CONTENT_LANG}>
                    {label.text}
                  </span>
                </button>
              </li>
            );
          })}
        </ul>
      )}
      {asking && hits.length === 0 && !error && (
        <p className="field-hint">{onDate !== null && q === '' ? t('cite.form.noneOnDate', { date: onDate }) : t('cite.form.none')}</p>
      )}
    </div>
  );
}
