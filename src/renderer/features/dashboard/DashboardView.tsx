import { useEffect, useMemo, useState } from 'react';
import { errorText } from '../../../core/i18n';
import { currentTranslator } from '../../i18n/current';
import type { ReactNode } from 'react';
import type { ApiClient } from '../../../shared/api';
import type { DashboardData } from '../../../shared/dashboard-models';
import type { AppError, SectionSummary, Verdict } from '../../../shared/models';
import { VERDICTS } from '../../../shared/models';
import { VerdictBar } from './VerdictBar';
import { VerdictTable, YearTable } from './ChartTables';
import { YearChart } from './YearChart';
import { CommitmentCoverageCard } from '../evidence/CommitmentCoverageCard';
import './dashboard.css';
import { sectionLabel } from '../../../shared/section-label';
import { CONTENT_LANG } from '../../lib/content-lang';
import { useT } from '../../i18n/I18nProvider';

export interface DashboardViewProps {
  client: ApiClient;
  onOpenSection: (sectionId: string) => void;
  /** Shown first, across the whole width (the project's government and term). */
  header?: ReactNode;
}

interface Selection {
  title: string;
  sectionIds: string[];
}

export function DashboardView({ client, onOpenSection, header }: DashboardViewProps) {
  const { t, number } = useT();
  const [data, setData] = useState<DashboardData | null>(null);
  const [summaries, setSummaries] = useState<Map<string, SectionSummary>>(new Map());
  const [error, setError] = useState<AppError | null>(null);
  const [selection, setSelection] = useState<Selection | null>(null);

  useEffect(() => {
    let live = true;
    // The answers arrive later; a view that has gone by then takes none of them.
    const load = () =>
      Promise.all([client.call('dashboard.get', {}), client.call('sections.tree', {})]).then(([d, t]) => {
        if (!live) return;
        if (!d.ok) return setError(d.error);
        if (!t.ok) return setError(t.error);
        setError(null);
        setData(d.value);
        setSummaries(new Map(t.value.map((s) => [s.id, s])));
      });
    void load();
    const offTree = client.on('treeChanged', () => void load());
    const offProject = client.on('projectChanged', () => void load());
    return () => {
      live = false;
      offTree();
      offProject();
    };
  }, [client]);

  const scale = useMemo(() => Math.max(1, ...(data?.domains.map((d) => d.total) ?? [1])), [data]);

  if (error) return <div className="dashboard-error" role="alert">{errorText(currentTranslator(), error)}</div>;
  if (!data) return <div className="dashboard">{t('dashboard.loading')}</div>;

  const selectVerdict = (title: string, ids: Record<Verdict, string[]>) => (v: Verdict) =>
    setSelection({ title: t('dashboard.selection.title', { group: title, verdict: t(`verdict.${v}`) }), sectionIds: ids[v] });

  return (
    <div className="dashboard" data-testid="dashboard">
      {header}
      <section className="dashboard-card">
        <h2>{t('dashboard.verdicts')}</h2>
        <div className="dashboard-legend">
          {VERDICTS.map((v) => (
            <button
              key={v}
              type="button"
              className="legend-item"
              onClick={() => selectVerdict(t('dashboard.project'), data.sectionIdsByVerdict)(v)}
              data-testid={`legend-${v}`}
            >
              <span className={`legend-swatch verdict-${v}`} aria-hidden="true" />
              {t(`verdict.${v}`)} <strong>{data.counts[v]}</strong>
            </button>
          ))}
        </div>
        <VerdictBar
          label={t('dashboard.all', { count: data.sectionCount })}
          counts={data.counts}
          total={data.sectionCount}
          scale={data.sectionCount}
          onSelect={selectVerdict(t('dashboard.project'), data.sectionIdsByVerdict)}
        />
        <h3>{t('dashboard.perDomain')}</h3>
        {data.domains.map((d) => (
          <VerdictBar
            key={d.domain}
            label={d.domain}
            labelLang={CONTENT_LANG}
            counts={d.counts}
            total={d.total}
            scale={scale}
            onSelect={selectVerdict(d.domain, d.sectionIdsByVerdict)}
          />
        ))}
        <VerdictTable data={data} />
      </section>

      <section className="dashboard-card">
        <h2>{t('dashboard.years')}</h2>
        <YearChart rows={data.citedPerYear} onSelect={(r) => setSelection({ title: t('dashboard.yearSelection', { year: String(r.year) }), sectionIds: r.sectionIds })} />
        <YearTable rows={data.citedPerYear} />
      </section>

      <CommitmentCoverageCard client={client} onOpenSection={onOpenSection} />

      <section className="dashboard-card">
        <h2>{t('dashboard.problems')}</h2>
        {data.problems.length === 0 ? (
          <p className="dashboard-empty">{t('dashboard.problems.none')}</p>
        ) : (
          <table className="dashboard-problems" data-testid="dashboard-problems">
            <thead>
              <tr>
                <th>{t('dashboard.col.section')}</th>
                <th>{t('dashboard.col.errors')}</th>
                <th>{t('dashboard.col.warnings')}</th>
                <th>{t('dashboard.col.info')}</th>
              </tr>
            </thead>
            <tbody>
              {data.problems.map((p) => (
                <tr key={p.sectionId}>
                  <td>
                    <button type="button" className="link-btn" onClick={() => onOpenSection(p.sectionId)} data-testid="dashboard-problem-section" lang={CONTENT_LANG}>
                      {sectionLabel(p)}
                    </button>
                  </td>
                  <td className={p.problems.error ? 'count count-error' : 'count'}>{number(p.problems.error)}</td>
                  <td className={p.problems.warning ? 'count count-warning' : 'count'}>{number(p.problems.warning)}</td>
                  <td className="count">{number(p.problems.info)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>

      {selection && (
        <section className="dashboard-card dashboard-selection" data-testid="dashboard-selection">
          <header>
            <h2>{selection.title}</h2>
            <button type="button" className="icon-btn" onClick={() => setSelection(null)} aria-label={t('dashboard.closeList')}>
              ×
            </button>
          </header>
          {selection.sectionIds.length === 0 ? (
            <p className="dashboard-empty">{t('dashboard.noSections')}</p>
          ) : (
            <ul>
              {selection.sectionIds.map((id) => {
                const s = summaries.get(id);
                return (
                  <li key={id}>
                    <button type="button" className="link-btn" onClick={() => onOpenSection(id)} data-testid="dashboard-selection-item" lang={CONTENT_LANG}>
                      {s ? sectionLabel(s) : id}
                    </button>
                  </li>
                );
              })}
            </ul>
          )}
        </section>
      )}
    </div>
  );
}
