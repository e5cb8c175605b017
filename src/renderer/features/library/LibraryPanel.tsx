import { useVirtualizer } from '@tanstack/react-virtual';
import { errorText } from '../../../core/i18n';
import { currentTranslator } from '../../i18n/current';
import { useEffect, useRef, useState } from 'react';
import type { ApiClient, CitingSection } from '../../../shared/api';
import type { Decision, DecisionHit } from '../../../shared/models';
import { decisionLabel } from '../../../core/citations';
import { UntitledTag } from '../../app/UntitledTag';
import { useT } from '../../i18n/I18nProvider';
import { BRUSSELS } from '../../../core/time/brussels';
import { plainSnippet, Snippet } from './snippet';
import { useLibrarySearch } from './use-library-search';
import { sectionLabel } from '../../../shared/section-label';
import { CONTENT_LANG } from '../../lib/content-lang';
import './library.css';

/** Where "Insert as reference" cites a decision: a section (its label), or none yet (the insert asks). */
export interface InsertTarget {
  section: string | null;
  readOnly: boolean;
}

export interface LibraryPanelProps {
  client: ApiClient;
  /** Cites the decision in the target section (adds the reference, inserts `[N]`); absent where nothing can be inserted. */
  onInsert?: (decision: Decision) => void;
  /** Shown in the panel, so it always says where an insert goes. */
  target?: InsertTarget;
  /** Opens a section that cites a decision. */
  onOpenSection?: (sectionId: string) => void;
  /** Text to search for when the panel opens (e.g. from "add a reference for [12]"). */
  initialQuery?: string;
}

const ROW_HEIGHT = 64;

export function LibraryPanel({ client, onInsert, target, onOpenSection, initialQuery = '' }: LibraryPanelProps) {
  const { t, number, date } = useT();
  const [query, setQuery] = useState(initialQuery);
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [selected, setSelected] = useState<DecisionHit | null>(null);
  const { hits, total, tookMs, error, loading, loadMore } = useLibrarySearch(client, { query, from, to });
  const scroller = useRef<HTMLDivElement>(null);

  // A new initial query (another "find a decision for [12]") replaces what was typed.
  const [queryFrom, setQueryFrom] = useState(initialQuery);
  if (queryFrom !== initialQuery) {
    setQueryFrom(initialQuery);
    setQuery(initialQuery);
  }

  const rows = useVirtualizer({
    count: hits.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 8,
  });
  const items = rows.getVirtualItems();
  const last = items.at(-1);
  useEffect(() => {
    if (last && last.index >= hits.length - 20) void loadMore();
  }, [last, hits.length, loadMore]);

  return (
    <div className="library" data-testid="library">
      <div className="library-search">
        <input
          type="search"
          placeholder={t('evidence.librarySearch.placeholder')}
          title={t('evidence.librarySearch.help')}
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          data-testid="library-query"
          aria-label={t('library.search.label')}
          // Opening the library is asking to search it: the field takes the focus.
          // eslint-disable-next-line jsx-a11y/no-autofocus
          autoFocus
        />
        <label>
          {t('library.from')} <input type="date" value={from} onChange={(e) => setFrom(e.target.value)} data-testid="library-from" />
        </label>
        <label>
          {t('library.to')} <input type="date" value={to} onChange={(e) => setTo(e.target.value)} data-testid="library-to" />
        </label>
        <span className="library-count" data-testid="library-count" data-loading={String(loading)} data-total={total}>
          {loading ? t('library.searching') : t('library.count', { count: total })}
          {tookMs !== null && !loading ? t('library.took', { ms: number(tookMs, { maximumFractionDigits: 1, minimumFractionDigits: 1 }) }) : ''}
        </span>
      </div>
      {target && (
        <p className="library-target" data-testid="library-target">
          {target.readOnly ? t('cite.readOnly') : target.section === null ? t('cite.noTarget') : t('cite.target', { section: target.section })}
        </p>
      )}
      {error && <div className="library-error" role="alert">{errorText(currentTranslator(), error)}</div>}
      <div className="library-body">
        <div className="library-results" ref={scroller} data-testid="library-results">
          <div style={{ height: rows.getTotalSize(), position: 'relative' }}>
            {items.map((row) => {
              const hit = hits[row.index];
              const label = decisionLabel(hit);
              return (
                <button
                  key={hit.key}
                  type="button"
                  className={`lib-hit${selected?.key === hit.key ? ' selected' : ''}`}
                  style={{ transform: `translateY(${row.start}px)`, height: ROW_HEIGHT }}
                  onClick={() => setSelected(hit)}
                  title={plainSnippet(hit.titleSnippet)}
                  data-testid="library-hit"
                >
                  <span className="lib-hit-date">{hit.date ? date(hit.date, 'medium') : '—'}</span>
                  <span className="lib-hit-title" lang={CONTENT_LANG}>
                    {label.untitled ? (
                      <>
                        <UntitledTag /> {label.text}
                      </>
                    ) : (
                      <Snippet text={hit.titleSnippet || hit.title} />
                    )}
                  </span>
                  <span className="lib-hit-text" lang={CONTENT_LANG}>
                    <Snippet text={hit.textSnippet} />
                  </span>
                </button>
              );
            })}
          </div>
          {!loading && hits.length === 0 && !error && <p className="lib-empty">{t('library.none')}</p>}
        </div>
        {selected && (
          <DecisionDetail
            client={client}
            decision={selected}
            onInsert={onInsert}
            target={target}
            onOpenSection={onOpenSection}
            onClose={() => setSelected(null)}
          />
        )}
      </div>
    </div>
  );
}

interface DetailProps {
  client: ApiClient;
  decision: DecisionHit;
  onInsert?: (decision: Decision) => void;
  target?: InsertTarget;
  onOpenSection?: (sectionId: string) => void;
  onClose: () => void;
}

function DecisionDetail({ client, decision, onInsert, target, onOpenSection, onClose }: DetailProps) {
  const { t, date, dateTime } = useT();
  const label = decisionLabel(decision);
  const [loaded, setLoaded] = useState<{ key: number; citedBy: CitingSection[] } | null>(null);
  // Null (loading) until the answer for this decision is in.
  const citedBy = loaded?.key === decision.key ? loaded.citedBy : null;
  useEffect(() => {
    let live = true;
    void client.call('decisions.get', { key: decision.key }).then((r) => {
      if (live) setLoaded({ key: decision.key, citedBy: r.ok ? r.value.citedBy : [] });
    });
    return () => {
      live = false;
    };
  }, [client, decision.key]);

  return (
    <aside className="library-detail" data-testid="library-detail">
      <header>
        <h2 lang={CONTENT_LANG}>
          {label.untitled ? (
            <>
              <UntitledTag /> {label.text}
            </>
          ) : (
            decision.title
          )}
        </h2>
        <button type="button" className="icon-btn" onClick={onClose} aria-label={t('library.closeDetails')}>
          ×
        </button>
      </header>
      <p className="library-detail-meta">
        {decision.date ? date(decision.date) : t('library.dateUnknown')}
        {decision.meetingStart ? t('library.meeting', { when: dateTime(decision.meetingStart, { timeZone: BRUSSELS }) }) : ''}
        {decision.id ? ` · ${decision.id}` : ''}
      </p>
      {decision.url && <p className="library-detail-link">{decision.url}</p>}
      <p className="library-detail-text" lang={CONTENT_LANG}>{decision.text}</p>
      <div className="library-detail-actions">
        <button
          type="button"
          className="btn btn-primary"
          disabled={!onInsert}
          title={target?.section ? t('cite.insertHint', { section: target.section }) : t('cite.insertAsks')}
          onClick={() => onInsert?.(decision)}
          data-testid="library-insert"
        >
          {t('cite.insert')}
        </button>
        {target && !target.readOnly && (
          <span className="library-detail-target" data-testid="library-detail-target">
            {target.section === null ? t('cite.noTarget') : t('cite.target', { section: target.section })}
          </span>
        )}
      </div>
      <h3>{t('library.citedBy')}</h3>
      {citedBy === null ? (
        <p>{t('library.loading')}</p>
      ) : citedBy.length === 0 ? (
        <p data-testid="library-cited-by-none">{t('library.citedBy.none')}</p>
      ) : (
        <ul className="library-cited-by" data-testid="library-cited-by">
          {citedBy.map((c) => (
            <li key={`${c.sectionId}-${c.referenceNumber}`}>
              <button type="button" className="link-btn" lang={CONTENT_LANG} onClick={() => onOpenSection?.(c.sectionId)}>
                {sectionLabel(c)}
              </button>{' '}
              {t('library.citedBy.as', { number: c.referenceNumber })}
            </li>
          ))}
        </ul>
      )}
    </aside>
  );
}
