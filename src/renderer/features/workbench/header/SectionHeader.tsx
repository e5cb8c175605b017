import type { Section, Verdict, WorkflowStatus } from '../../../../shared/models';
import { CONTENT_LANG } from '../../../lib/content-lang';
import { VERDICTS, WORKFLOW_STATUSES } from '../../../../shared/models';
import './header.css';
import { folderLabel } from '../../../../shared/section-label';
import { useT } from '../../../i18n/I18nProvider';

interface SectionHeaderProps {
  section: Section;
  readOnly: boolean;
  onChange(patch: { verdict?: Verdict; verdictNote?: string; status?: WorkflowStatus }): void;
}

/** Path, heading, verdict with its justification, and the workflow status. */
export function SectionHeader({ section, readOnly, onChange }: SectionHeaderProps) {
  const { t } = useT();
  return (
    <header className="section-header">
      <div className="section-title">
        <span className="breadcrumbs" lang={CONTENT_LANG}>{folderLabel(section.path)}</span>
        <h1 className="section-heading" data-testid="section-heading" lang={CONTENT_LANG}>
          {section.heading || section.name}
        </h1>
      </div>
      <div className="section-fields">
        <label className="inline-field">
          <span>{t('workbench.header.verdict')}</span>
          <select
            data-testid="verdict-select"
            className={`verdict-select verdict-${section.verdict}`}
            value={section.verdict}
            disabled={readOnly}
            onChange={(e) => onChange({ verdict: e.target.value as Verdict })}
          >
            {VERDICTS.map((v) => (
              <option key={v} value={v}>
                {t(`verdict.${v}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="inline-field note-field">
          <span>{t('workbench.header.justification')}</span>
          <input
            data-testid="verdict-note"
            lang={CONTENT_LANG}
            // The doc takes each keystroke at once (and debounces the save), so the field shows it directly.
            value={section.verdictNote}
            placeholder={t('workbench.header.justification.placeholder')}
            disabled={readOnly}
            onChange={(e) => onChange({ verdictNote: e.target.value })}
          />
        </label>
        <label className="inline-field">
          <span>{t('workbench.header.status')}</span>
          <select
            data-testid="status-select"
            value={section.status}
            disabled={readOnly}
            onChange={(e) => onChange({ status: e.target.value as WorkflowStatus })}
          >
            {WORKFLOW_STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`workflow.${s}`)}
              </option>
            ))}
          </select>
        </label>
      </div>
    </header>
  );
}
