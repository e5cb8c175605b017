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
        <ChoiceField
          label={t('workbench.header.verdict')}
          testId="verdict-select"
          className={`verdict-select verdict-${section.verdict}`}
          value={section.verdict}
          options={VERDICTS}
          optionLabel={(v) => t(`verdict.${v}`)}
          disabled={readOnly}
          onChange={(verdict) => onChange({ verdict })}
        />
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
        <ChoiceField
          label={t('workbench.header.status')}
          testId="status-select"
          value={section.status}
          options={WORKFLOW_STATUSES}
          optionLabel={(v) => t(`workflow.${v}`)}
          disabled={readOnly}
          onChange={(status) => onChange({ status })}
        />
      </div>
    </header>
  );
}

interface ChoiceFieldProps<V extends string> {
  label: string;
  testId: string;
  className?: string;
  value: V;
  options: readonly V[];
  optionLabel(value: V): string;
  disabled: boolean;
  onChange(value: V): void;
}

/** A labelled choice of the header (verdict, status). */
function ChoiceField<V extends string>({ label, testId, className, value, options, optionLabel, disabled, onChange }: ChoiceFieldProps<V>) {
  return (
    <label className="inline-field">
      <span>{label}</span>
      <select data-testid={testId} className={className} value={value} disabled={disabled} onChange={(e) => onChange(e.target.value as V)}>
        {options.map((v) => (
          <option key={v} value={v}>
            {optionLabel(v)}
          </option>
        ))}
      </select>
    </label>
  );
}
