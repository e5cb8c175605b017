import { useCallback, useEffect, useState } from 'react';
import { errorText } from '../../../core/i18n';
import { currentTranslator } from '../../i18n/current';
import type { ApiClient } from '../../../shared/api';
import type { RevisionDetail, RevisionSummary, Section } from '../../../shared/models';
import { DiffView } from './DiffView';
import { describeReference, fieldDifferences, referenceDifferences } from './revision-diff';
import './history.css';
import { useT } from '../../i18n/I18nProvider';

export interface HistoryDrawerProps {
  client: ApiClient;
  /** The section whose history is shown; null shows a hint. */
  sectionId: string | null;
  /** Called with the section after a revision was restored (as a new change). */
  onRestored?: (section: Section) => void;
  onClose?: () => void;
  /** Runs before a restore, to save what is being typed so the restore does not race it; a message stops the restore. */
  beforeRestore?: () => Promise<string | null>;
}


/** Every saved revision of a section; pick one to see what changed since, and restore it. */
export function HistoryDrawer({ client, sectionId, onRestored, onClose, beforeRestore }: HistoryDrawerProps) {
  const tr = useT();
  const { t } = tr;
  const [revisions, setRevisions] = useState<RevisionSummary[]>([]);
  const [selected, setSelected] = useState<number | null>(null);
  const [loaded, setLoaded] = useState<RevisionDetail | null>(null);
  const [current, setCurrent] = useState<Section | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [reloads, setReloads] = useState(0);

  // Another section: its own list, nothing chosen yet (adjusted while rendering, not after).
  const [shownFor, setShownFor] = useState(sectionId);
  if (shownFor !== sectionId) {
    setShownFor(sectionId);
    setSelected(null);
    setRevisions([]);
    setCurrent(null);
  }
  // The loaded revision while it is still the chosen one.
  const detail = loaded && loaded.id === selected ? loaded : null;

  useEffect(() => {
    if (!sectionId) return;
    return client.on('sectionChanged', ({ id }) => {
      if (id === sectionId) setReloads((n) => n + 1);
    });
  }, [client, sectionId]);

  useEffect(() => {
    if (!sectionId) return;
    let live = true;
    void (async () => {
      const [list, now] = await Promise.all([client.call('history.list', { sectionId }), client.call('sections.get', { id: sectionId })]);
      if (!live) return;
      if (!list.ok) {
        setError(errorText(currentTranslator(), list.error));
        return;
      }
      setError(null);
      const newestFirst = [...list.value].sort((a, b) => b.revision - a.revision);
      setRevisions(newestFirst);
      // A deleted section has no current version: compare with nothing.
      setCurrent(now.ok ? now.value : null);
      setSelected((s) => s ?? newestFirst[1]?.id ?? newestFirst[0]?.id ?? null);
    })();
    return () => {
      live = false;
    };
  }, [client, sectionId, reloads]);

  useEffect(() => {
    if (selected === null) return;
    let live = true;
    void client.call('history.get', { id: selected }).then((r) => {
      if (!live) return;
      if (r.ok) setLoaded(r.value);
      else setError(errorText(currentTranslator(), r.error));
    });
    return () => {
      live = false;
    };
  }, [client, selected]);

  const restore = useCallback(async () => {
    if (!detail) return;
    setBusy(true);
    const blocked = await beforeRestore?.();
    if (blocked) {
      setBusy(false);
      setError(blocked);
      return;
    }
    const r = await client.call('history.restore', { id: detail.id });
    setBusy(false);
    if (!r.ok) {
      setError(errorText(currentTranslator(), r.error));
      return;
    }
    setError(null);
    setSelected(null);
    setReloads((n) => n + 1);
    onRestored?.(r.value);
  }, [client, detail, onRestored, beforeRestore]);

  const newest = revisions[0];
  const isCurrent = !!detail && !!current && newest?.id === detail.id;
  const fields = detail && current ? fieldDifferences(tr, detail.section, current) : [];
  const refs = detail ? referenceDifferences(detail.section.references, current?.references ?? []) : [];

  return (
    <div className="history" data-testid="history-drawer">
      <header className="history-header">
        <strong>{t('history.title')}</strong>
        {current && <span className="history-name">{current.name}</span>}
        <span className="history-count">{revisions.length > 0 && t('history.count', { count: revisions.length })}</span>
        {onClose && (
          <button type="button" className="history-close" onClick={onClose} aria-label={t('history.close')} data-testid="history-close">
            ×
          </button>
        )}
      </header>
      {error && (
        <div className="history-error" role="alert">
          {error}
        </div>
      )}
      {!sectionId ? (
        <p className="history-hint">{t('history.openSection')}</p>
      ) : (
        <div className="history-body">
          <ol className="history-list" data-testid="history-list">
            {revisions.map((r) => (
              <li key={r.id}>
                <button
                  type="button"
                  className={`history-item${r.id === selected ? ' selected' : ''}`}
                  onClick={() => setSelected(r.id)}
                  aria-pressed={r.id === selected}
                  data-testid="history-item"
                  data-revision={r.revision}
                >
                  <span className="history-rev">#{r.revision}</span>
                  <span className="history-author">{r.author || t('history.unknownAuthor')}</span>
                  <time dateTime={r.savedAt}>{tr.dateTime(r.savedAt)}</time>
                  <span className="history-summary">{r.summary}</span>
                </button>
              </li>
            ))}
          </ol>
          {detail && (
            <section className="history-detail" data-testid="history-detail">
              <div className="history-detail-head">
                <span>
                  {t('history.detail', { revision: String(detail.revision), author: detail.author || t('history.unknownAuthor'), deleted: current ? 'no' : 'yes' })}
                </span>
                <button type="button" className="btn btn-primary btn-small" onClick={() => void restore()} disabled={busy || isCurrent} data-testid="history-restore">
                  {isCurrent ? t('history.isCurrent') : t('history.restore')}
                </button>
              </div>
              {(fields.length > 0 || refs.length > 0) && (
                <table className="history-fields" data-testid="history-fields">
                  <thead>
                    <tr>
                      <th scope="col">{t('history.col.field')}</th>
                      <th scope="col">{t('history.col.revision', { revision: String(detail.revision) })}</th>
                      <th scope="col">{t('history.col.now')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {fields.map((f) => (
                      <tr key={f.label}>
                        <th scope="row">{f.label}</th>
                        <td>{f.before || '—'}</td>
                        <td>{f.after || '—'}</td>
                      </tr>
                    ))}
                    {refs.map((d, i) => (
                      <tr key={`ref-${i}`} className={`history-ref ${d.kind}`}>
                        <th scope="row">{t('history.reference', { kind: d.kind })}</th>
                        <td>{d.before ? describeReference(tr, d.before) : '—'}</td>
                        <td>{d.after ? describeReference(tr, d.after) : '—'}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              )}
              <DiffView
                original={detail.section.body}
                modified={current?.body ?? ''}
                originalLabel={t('history.bodyThen', { revision: String(detail.revision) })}
                modifiedLabel={t('history.bodyNow')}
              />
            </section>
          )}
        </div>
      )}
    </div>
  );
}
