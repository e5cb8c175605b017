import type { MergeReport } from '../../../shared/merge-models';
import { describeChanges, describeResolutions, describeSummary, OUTCOME_LABELS } from '../../../core/merge';
import { sectionLabel } from '../../../shared/section-label';

/** What the merge did, section by section: what was taken from whom. */
export function MergeReportView({ report }: { report: MergeReport }) {
  return (
    <section className="merge-report" data-testid="merge-report" aria-label="Merge report">
      <h3>{report.applied ? 'Merge applied' : 'Merge preview (nothing written)'}</h3>
      <p data-testid="merge-report-summary">
        {describeSummary(report.summary)} · {report.revisionsWritten} revision{report.revisionsWritten === 1 ? '' : 's'} written · {report.tookMs} ms
      </p>
      {report.sections.length > 0 && (
        <table className="merge-report-table">
          <thead>
            <tr>
              <th scope="col">Section</th>
              <th scope="col">Outcome</th>
              <th scope="col">What was taken from whom</th>
              <th scope="col">Revision</th>
            </tr>
          </thead>
          <tbody>
            {report.sections.map((s) => (
              <tr key={s.id} data-testid="merge-report-row" data-outcome={s.outcome}>
                <th scope="row">{sectionLabel(s)}</th>
                <td>{OUTCOME_LABELS[s.outcome]}</td>
                <td>
                  {describeChanges(s.changes)}
                  {s.resolutions.length > 0 && <div>Resolved: {describeResolutions(s)}</div>}
                  {s.notes.map((n) => (
                    <div key={n} className="merge-note">
                      {n}
                    </div>
                  ))}
                </td>
                <td>{s.revision !== undefined ? `#${s.revision} by ${s.author ?? ''}` : '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {report.projectInfo.length > 0 && (
        <p className="merge-note">
          Project details differ and were kept as yours: {report.projectInfo.map((d) => `${d.field} (theirs: ${d.theirs ?? '—'})`).join(', ')}.
        </p>
      )}
    </section>
  );
}
