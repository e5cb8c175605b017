// On the dashboard: every `[commitment]` marked in the project's agreements and how many
// cited decisions support it, the promises without evidence first (issue 9).
import { useEffect, useState } from 'react';
import { errorText } from '../../../core/i18n';
import { currentTranslator } from '../../i18n/current';
import { shorten } from '../../../core/evidence/describe';
import type { ApiClient } from '../../../shared/api';
import type { CoverageView } from '../../../shared/evidence-models';
import { sectionLabel } from '../../../shared/section-label';
import { useT } from '../../i18n/I18nProvider';
import { CONTENT_LANG } from '../../lib/content-lang';
import './evidence.css';

interface Props {
  client: ApiClient;
  onOpenSection(sectionId: string): void;
}

export function CommitmentCoverageCard({ client, onOpenSection }: Props) {
  const { t } = useT();
  const [coverage, setCoverage] = useState<CoverageView | null>(null);
  const [failed, setFailed] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    // The answers arrive later; a card that has gone by then takes none of them.
    const load = () =>
      client.call('evidence.coverage', {}).then((r) => {
        if (!live) return;
        if (r.ok) {
          setCoverage(r.value);
          setFailed(null);
        } else setFailed(errorText(currentTranslator(), r.error));
      });
    void load();
    const offTree = client.on('treeChanged', () => void load());
    const offSection = client.on('sectionChanged', () => void load());
    const offProject = client.on('projectChanged', () => void load());
    return () => {
      live = false;
      offTree();
      offSection();
      offProject();
    };
  }, [client]);

  const rows = (coverage?.sections ?? [])
    .flatMap((s) => s.commitments.map((c, i) => ({ section: s, commitment: c, key: `${s.sectionId}:${i}` })))
    .sort((a, b) => a.commitment.supporting - b.commitment.supporting);

  return (
    <section className="dashboard-card" data-testid="dashboard-coverage">
      <h2>{t('evidence.coverage.title')}</h2>
      {failed && <p role="alert">{failed}</p>}
      {coverage && coverage.commitments === 0 && <p className="dashboard-empty">{t('evidence.coverage.none')}</p>}
      {coverage && coverage.commitments > 0 && (
        <>
          <p data-testid="dashboard-coverage-summary">{t('evidence.coverage.summary', { uncovered: coverage.uncovered, total: coverage.commitments })}</p>
          <table className="coverage-table">
            <thead>
              <tr>
                <th>{t('evidence.coverage.section')}</th>
                <th>{t('evidence.coverage.commitment')}</th>
                <th>{t('evidence.coverage.evidence')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map(({ section, commitment, key }) => (
                <tr key={key} className={commitment.supporting === 0 ? 'uncovered' : undefined}>
                  <td>
                    <button type="button" className="link-btn" onClick={() => onOpenSection(section.sectionId)} lang={CONTENT_LANG}>
                      {sectionLabel(section)}
                    </button>
                  </td>
                  <td lang={CONTENT_LANG}>{shorten(commitment.text, 140)}</td>
                  <td>
                    <span className={commitment.supporting > 0 ? 'coverage covered' : 'coverage uncovered'} aria-hidden="true">
                      {commitment.supporting > 0 ? '✓' : '!'}
                    </span>{' '}
                    {t('evidence.coverage.count', { count: commitment.supporting })}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}
