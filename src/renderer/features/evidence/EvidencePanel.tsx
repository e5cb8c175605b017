// The Evidence panel (issue 9), beside the references of the open section: ranked
// library decisions the section does not cite yet, why each is suggested, per
// `[commitment]` its own suggestions and how many cited decisions support it. One click
// cites a suggestion; "not relevant" hides it for this section (stored in the project).
// The workbench mounts one per section (key = section id), so choices start afresh.
import { useCallback, useEffect, useMemo, useState } from 'react';
import { errorText } from '../../../core/i18n';
import { currentTranslator } from '../../i18n/current';
import { describeReasons, shorten } from '../../../core/evidence/describe';
import type { CommitmentEvidenceView, DismissedDecisionView, EvidenceSource, EvidenceSuggestionView } from '../../../shared/evidence-models';
import { getClient } from '../../api';
import { useToasts } from '../../app/toasts';
import { useT } from '../../i18n/I18nProvider';
import { Snippet } from '../library/snippet';
import { citeInSection } from '../workbench/cite/cite-decision';
import type { SectionDoc } from '../workbench/session/section-doc';
import { useDocVersion } from '../workbench/session/use-doc';
import { useEvidence } from './use-evidence';
import './evidence.css';

interface EvidencePanelProps {
  doc: SectionDoc;
  readOnly: boolean;
}

export function EvidencePanel({ doc, readOnly }: EvidencePanelProps) {
  const { t } = useT();
  const toasts = useToasts();
  const client = getClient();
  useDocVersion(doc);
  const body = doc.model.getValue();
  const [from, setFrom] = useState<EvidenceSource>('all');
  const [term, setTerm] = useState(true);
  const [dateFrom, setDateFrom] = useState('');
  const [dateTo, setDateTo] = useState('');
  const [domain, setDomain] = useState('');
  const [selected, setSelected] = useState<number | null>(null);
  const [showHidden, setShowHidden] = useState(false);
  const [refresh, setRefresh] = useState(0);
  const options = useMemo(
    () => ({
      from,
      filters: { term, ...(dateFrom ? { from: dateFrom } : {}), ...(dateTo ? { to: dateTo } : {}), ...(domain ? { domain } : {}) },
    }),
    [from, term, dateFrom, dateTo, domain],
  );
  const { view, error, loading } = useEvidence(client, doc.id, body, doc.references, options, refresh);

  // The workbench's one way to cite (b-format): reference with its exact link, `[N]` at the cursor, one undo step.
  const cite = useCallback(
    async (s: EvidenceSuggestionView) => {
      const r = await citeInSection(doc.id, s);
      if ('code' in r) return toasts.error(r, t('evidence.panel.failed'));
      toasts.show('success', t('evidence.panel.cited', { number: String(r.number) }));
    },
    [doc.id, toasts, t],
  );
  const dismiss = useCallback(
    async (s: EvidenceSuggestionView) => {
      const r = await client.call('evidence.dismiss', { sectionId: doc.id, key: s.key });
      if (!r.ok) return toasts.error(r.error, t('evidence.panel.failed'));
      toasts.show('info', t('evidence.panel.dismissed'));
      setRefresh((n) => n + 1);
    },
    [client, doc.id, toasts, t],
  );

  const commitment = selected !== null ? (view?.commitments[selected] ?? null) : null;
  const list = commitment ? commitment.suggestions : (view?.suggestions ?? []);
  const termKnown = !!view && (view.term.start !== null || view.term.end !== null);

  return (
    <section className="evidence-panel" aria-label={t('evidence.panel.label')} data-testid="evidence-panel">
      <div className="panel-toolbar evidence-toolbar">
        <label>
          {t('evidence.panel.fromLabel')}{' '}
          <select value={from} onChange={(e) => setFrom(e.target.value as EvidenceSource)} data-testid="evidence-from">
            <option value="all">{t('evidence.panel.from.all')}</option>
            <option value="agreement">{t('evidence.panel.from.agreement')}</option>
          </select>
        </label>
        <label title={termKnown ? undefined : t('evidence.panel.termUnknown')}>
          <input type="checkbox" checked={term && termKnown} disabled={!termKnown} onChange={(e) => setTerm(e.target.checked)} data-testid="evidence-term" />{' '}
          {t('evidence.panel.term')}
        </label>
        <details className="evidence-filters">
          <summary data-testid="evidence-filters">
            {t('evidence.panel.filters')}
            {(dateFrom || dateTo || domain) && <span className="filters-on" aria-label={t('evidence.panel.filtersOn')}> •</span>}
          </summary>
          <div className="evidence-filters-box">
            <label>
              {t('evidence.panel.dateFrom')} <input type="date" value={dateFrom} onChange={(e) => setDateFrom(e.target.value)} data-testid="evidence-date-from" />
            </label>
            <label>
              {t('evidence.panel.dateTo')} <input type="date" value={dateTo} onChange={(e) => setDateTo(e.target.value)} data-testid="evidence-date-to" />
            </label>
            {view && view.domains.length > 1 && (
              <label>
                {t('evidence.panel.domain')}{' '}
                <select value={domain} onChange={(e) => setDomain(e.target.value)} data-testid="evidence-domain">
                  <option value="">{t('evidence.panel.allDomains')}</option>
                  {view.domains.map((d) => (
                    <option key={d} value={d}>
                      {d}
                    </option>
                  ))}
                </select>
              </label>
            )}
          </div>
        </details>
        <span className="evidence-count" role="status" data-testid="evidence-count">
          {loading && !view ? t('evidence.panel.loading') : t('evidence.panel.count', { count: list.length })}
        </span>
        {view && view.dismissed > 0 && (
          <button type="button" className="link-btn" onClick={() => setShowHidden((v) => !v)} data-testid="evidence-show-hidden">
            {showHidden ? t('evidence.panel.hideHidden') : t('evidence.panel.showHidden', { count: view.dismissed })}
          </button>
        )}
      </div>
      {error && (
        <div className="evidence-message" role="alert">
          {errorText(currentTranslator(), error)}
        </div>
      )}
      {view && view.libraryCount === 0 && <div className="evidence-message">{t('evidence.panel.noLibrary')}</div>}
      <div className="evidence-body">
        {view && view.commitments.length > 0 && (
          <CommitmentList commitments={view.commitments} selected={selected} onSelect={setSelected} />
        )}
        <div className="evidence-results">
          {showHidden ? (
            <HiddenList sectionId={doc.id} readOnly={readOnly} refresh={refresh} onRestored={() => setRefresh((n) => n + 1)} />
          ) : (
            <>
              {commitment && <h3 className="evidence-heading">{t('evidence.panel.forCommitment', { text: shorten(commitment.text, 120) })}</h3>}
              {view && view.libraryCount > 0 && list.length === 0 && !loading && <div className="evidence-message">{t('evidence.panel.none')}</div>}
              <ol className="evidence-list" data-testid="evidence-list">
                {list.map((s) => (
                  <SuggestionItem key={s.key} suggestion={s} readOnly={readOnly} onCite={(x) => void cite(x)} onDismiss={dismiss} />
                ))}
              </ol>
            </>
          )}
        </div>
      </div>
    </section>
  );
}

function CommitmentList({ commitments, selected, onSelect }: { commitments: CommitmentEvidenceView[]; selected: number | null; onSelect(i: number | null): void }) {
  const { t } = useT();
  return (
    <nav className="evidence-commitments" aria-label={t('evidence.panel.commitments')}>
      <button type="button" className={selected === null ? 'commitment-row pick-row selected' : 'commitment-row pick-row'} aria-pressed={selected === null} onClick={() => onSelect(null)}>
        {t('evidence.panel.allSuggestions')}
      </button>
      {commitments.map((c) => {
        const covered = c.supporting.length > 0;
        return (
          <button
            type="button"
            key={c.index}
            className={`commitment-row pick-row${selected === c.index ? ' selected' : ''}`}
            aria-pressed={selected === c.index}
            onClick={() => onSelect(c.index)}
            title={covered ? t('evidence.panel.supportedBy', { refs: c.supporting.map((r) => (r.number !== null ? `[${r.number}]` : r.title)).join(' ') }) : undefined}
            data-testid="evidence-commitment"
          >
            <span className={covered ? 'coverage covered' : 'coverage uncovered'} aria-hidden="true">
              {covered ? '✓' : '!'}
            </span>
            <span className="commitment-text">{shorten(c.text, 80)}</span>
            <span className="commitment-coverage" data-testid="evidence-coverage">
              {t('evidence.panel.coverage', { count: c.supporting.length })}
            </span>
          </button>
        );
      })}
    </nav>
  );
}

function SuggestionItem({
  suggestion: s,
  readOnly,
  onCite,
  onDismiss,
}: {
  suggestion: EvidenceSuggestionView;
  readOnly: boolean;
  onCite(s: EvidenceSuggestionView): void;
  onDismiss(s: EvidenceSuggestionView): void;
}) {
  const tr = useT();
  const { t } = tr;
  const canCite = !readOnly && (!!s.url || !!s.meetingStart);
  return (
    <li className="evidence-item" data-testid="evidence-item">
      <div className="evidence-main">
        <div className="evidence-title">
          <span className="evidence-date">{s.date ? tr.date(s.date, 'medium') : t('evidence.panel.noDate')}</span> {s.title ? <Snippet text={s.titleMarked} /> : t('evidence.panel.untitled')}
        </div>
        <div className="evidence-snippet">
          <Snippet text={s.snippet} />
        </div>
        {s.reasons.length > 0 && <div className="evidence-why">{t('evidence.panel.why', { reasons: describeReasons(tr, s.reasons) })}</div>}
      </div>
      <div className="evidence-actions">
        <button type="button" className="primary" disabled={!canCite} title={t('evidence.panel.citeTitle')} onClick={() => onCite(s)} data-testid="evidence-cite">
          {t('evidence.panel.cite')}
        </button>
        <button type="button" disabled={readOnly} title={t('evidence.panel.notRelevantTitle')} onClick={() => onDismiss(s)} data-testid="evidence-dismiss">
          {t('evidence.notRelevant')}
        </button>
      </div>
    </li>
  );
}

function HiddenList({ sectionId, readOnly, refresh, onRestored }: { sectionId: string; readOnly: boolean; refresh: number; onRestored(): void }) {
  const { t } = useT();
  const toasts = useToasts();
  const [hidden, setHidden] = useState<DismissedDecisionView[] | null>(null);
  useEffect(() => {
    let live = true;
    void getClient()
      .call('evidence.dismissed', { sectionId })
      .then((r) => {
        if (live && r.ok) setHidden(r.value);
      });
    return () => {
      live = false;
    };
  }, [sectionId, refresh]);
  const restore = async (d: DismissedDecisionView) => {
    const r = await getClient().call('evidence.restore', { sectionId, decision: d.decision });
    if (r.ok) onRestored();
    else toasts.error(r.error, t('evidence.panel.failed'));
  };
  if (hidden === null) return null;
  if (hidden.length === 0) return <div className="evidence-message">{t('evidence.panel.noneHidden')}</div>;
  return (
    <ol className="evidence-list" data-testid="evidence-hidden">
      {hidden.map((d) => (
        <li key={d.decision} className="evidence-item">
          <div className="evidence-main">
            <div className="evidence-title">{d.title || t('evidence.panel.untitled')}</div>
          </div>
          <div className="evidence-actions">
            <button type="button" disabled={readOnly} onClick={() => void restore(d)} data-testid="evidence-restore">
              {t('evidence.panel.restore')}
            </button>
          </div>
        </li>
      ))}
    </ol>
  );
}
