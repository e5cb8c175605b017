import type { MergeReport } from '../../../shared/merge-models';
import { describeChanges, describeNote, describeResolutions, describeSummary, infoFieldLabel, outcomeLabel } from '../../../core/merge';
import { sectionLabel } from '../../../shared/section-label';
import { useT } from '../../i18n/I18nProvider';

/** What the merge did, section by section: what was taken from whom. */
export function MergeReportView({ report }: { report: MergeReport }) {
  const tr = useT();
  const { t } = tr;
  return (
    <section className="merge-report" data-testid="merge-report" aria-label={t('merge.report.label')}>
      <h3>{report.applied ? t('merge.report.applied') : t('merge.report.preview')}</h3>
      <p data-testid="merge-report-summary">{t('merge.report.summary', { summary: describeSummary(tr, report.summary), revisions: report.revisionsWritten, ms: report.tookMs })}</p>
      {report.sections.length > 0 && (
        <table className="merge-report-table">
          <thead>
            <tr>
              <th scope="col">{t('merge.report.section')}</th>
              <th scope="col">{t('merge.report.outcome')}</th>
              <th scope="col">{t('merge.report.taken')}</th>
              <th scope="col">{t('merge.report.revision')}</th>
            </tr>
          </thead>
          <tbody>
            {report.sections.map((s) => (
              <tr key={s.id} data-testid="merge-report-row" data-outcome={s.outcome}>
                <th scope="row">{sectionLabel(s)}</th>
                <td>{outcomeLabel(tr, s.outcome)}</td>
                <td>
                  {describeChanges(tr, s.changes)}
                  {s.resolutions.length > 0 && <div>{t('merge.report.resolved', { resolutions: describeResolutions(tr, s) })}</div>}
                  {s.notes.map((n) => (
                    <div key={JSON.stringify(n)} className="merge-note">
                      {describeNote(tr, n)}
                    </div>
                  ))}
                </td>
                <td>{s.revision !== undefined ? t('merge.report.revisionBy', { revision: s.revision, author: s.author ?? '' }) : '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {report.projectInfo.length > 0 && (
        <p className="merge-note">
          {t('merge.report.infoKept', {
            fields: report.projectInfo.map((d) => t('merge.report.infoTheirs', { field: infoFieldLabel(tr, d.field), value: d.theirs ?? '—' })).join(', '),
          })}
        </p>
      )}
    </section>
  );
}
