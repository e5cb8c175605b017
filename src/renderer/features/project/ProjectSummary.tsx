import type { ProjectInfo } from '../../../shared/models';
import { useRunCommand } from '../../app/command-center';
import { useT } from '../../i18n/I18nProvider';
import type { Translator } from '../../../core/i18n';
import { CONTENT_LANG } from '../../lib/content-lang';
import './project-summary.css';

/** The term as a person reads it, from what is known of its two ends. */
export function termText(tr: Pick<Translator, 't' | 'date'>, info: Pick<ProjectInfo, 'termStart' | 'termEnd'>): string {
  const start = info.termStart ? tr.date(info.termStart) : null;
  const end = info.termEnd ? tr.date(info.termEnd) : null;
  if (start && end) return tr.t('project.summary.term', { start, end });
  if (start) return tr.t('project.summary.termFrom', { start });
  if (end) return tr.t('project.summary.termUntil', { end });
  return tr.t('project.summary.termUnknown');
}

/** Government and term of the project, with the way to change them (the Project details command). */
export function ProjectSummary({ info }: { info: ProjectInfo }) {
  const tr = useT();
  const run = useRunCommand();
  const known = !!(info.termStart || info.termEnd);
  return (
    <section className="dashboard-card project-summary" data-testid="project-summary" aria-label={tr.t('project.summary.label')}>
      <h2 lang={CONTENT_LANG}>{info.name}</h2>
      <p>
        {info.government ? (
          <span lang={CONTENT_LANG} data-testid="project-summary-government">
            {info.government}
          </span>
        ) : (
          <span className="project-summary-missing">{tr.t('project.summary.governmentUnknown')}</span>
        )}
        {' · '}
        <span className={known ? undefined : 'project-summary-missing'} data-testid="project-summary-term">
          {termText(tr, info)}
        </span>
      </p>
      <button type="button" className="btn btn-small" data-testid="project-summary-edit" onClick={() => run('project-info')}>
        {tr.t('project.summary.edit')}
      </button>
    </section>
  );
}
