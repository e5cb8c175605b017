import { useId, useState } from 'react';
import type { FormEvent } from 'react';
import type { Language } from '../../../core/i18n';
import type { ExportFormat } from '../../../shared/models';
import { Modal } from '../../app/Modal';
import { useT } from '../../i18n/I18nProvider';
import './publish.css';
import { ExportLanguageOptions } from './ExportLanguageOptions';

export type ExportScope = 'section' | 'project';

export interface ExportChoice {
  format: ExportFormat;
  scope: ExportScope;
}

interface ExportDialogProps {
  initial: ExportChoice;
  sectionName: string | null;
  sectionCount: number;
  language: Language;
  /** The language can be changed (the project is not read-only). */
  languageEditable: boolean;
  /** Browser host: a download; desktop: the folder, or null when it is asked for. */
  where: { kind: 'download' } | { kind: 'folder'; folder: string | null };
  /** The browser prints (PDF through its print dialog) rather than exporting a PDF itself. */
  pdfByPrinting: boolean;
  onLanguage(language: Language): void;
  onChangeFolder(): void;
  onRun(choice: ExportChoice): void;
  onCancel(): void;
}

const FORMATS: readonly ExportFormat[] = ['md', 'html', 'docx', 'pdf', 'site'];

/** What formats a scope allows: a site is a whole project, a PDF one section. */
export function allowed(format: ExportFormat, scope: ExportScope): boolean {
  if (format === 'site') return scope === 'project';
  if (format === 'pdf') return scope === 'section';
  return true;
}

/** One dialog for every export: what (section or project), which format, the labels' language, and where. */
export function ExportDialog(props: ExportDialogProps) {
  const { t } = useT();
  const id = useId();
  const [scope, setScope] = useState<ExportScope>(props.sectionName === null ? 'project' : props.initial.scope);
  const [format, setFormat] = useState<ExportFormat>(props.initial.format);
  const canSection = props.sectionName !== null;

  const pickFormat = (f: ExportFormat) => {
    setFormat(f);
    // Choosing a format that only fits the other scope moves the scope with it.
    if (!allowed(f, scope)) setScope(scope === 'section' ? 'project' : 'section');
  };
  const ready = allowed(format, scope) && (scope === 'project' || canSection);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (ready) props.onRun({ format, scope });
  };
  const printing = format === 'pdf' && props.pdfByPrinting;
  const hint = (f: ExportFormat) => (f === 'pdf' && props.pdfByPrinting ? t('export.format.pdf.printHint') : t(`export.format.${f}.hint`));

  return (
    <Modal title={t('export.title')} onCancel={props.onCancel} testId="export-dialog" wide>
      <form className="modal-form export-form" onSubmit={submit}>
        <fieldset className="export-fieldset">
          <legend>{t('export.scope')}</legend>
          <label className="export-option">
            <input type="radio" name={`${id}-scope`} value="section" checked={scope === 'section'} disabled={!canSection || !allowed(format, 'section')} onChange={() => setScope('section')} data-testid="export-scope-section" />
            <span lang={canSection ? 'nl' : undefined}>{canSection ? t('export.scope.section', { name: props.sectionName }) : t('export.scope.noSection')}</span>
          </label>
          <label className="export-option">
            <input type="radio" name={`${id}-scope`} value="project" checked={scope === 'project'} disabled={!allowed(format, 'project')} onChange={() => setScope('project')} data-testid="export-scope-project" />
            <span>{t('export.scope.project', { count: props.sectionCount })}</span>
          </label>
        </fieldset>

        <fieldset className="export-fieldset">
          <legend>{t('export.format')}</legend>
          {FORMATS.map((f) => (
            <label key={f} className="export-option export-format">
              <input type="radio" name={`${id}-format`} value={f} checked={format === f} onChange={() => pickFormat(f)} data-testid={`export-format-${f}`} aria-describedby={`${id}-${f}-hint`} />
              <span>
                <span className="export-format-name">{t(`export.format.${f}`)}</span>
                {f === 'site' && <span className="export-note"> · {t('export.onlyProject')}</span>}
                {f === 'pdf' && <span className="export-note"> · {t('export.onlySection')}</span>}
                <span className="field-hint export-hint" id={`${id}-${f}-hint`}>
                  {hint(f)}
                </span>
              </span>
            </label>
          ))}
        </fieldset>

        <div className="field export-language">
          <label className="field-label" htmlFor={`${id}-language`}>
            {t('export.language')}
          </label>
          <select id={`${id}-language`} value={props.language} disabled={!props.languageEditable} onChange={(e) => props.onLanguage(e.target.value as Language)} aria-describedby={`${id}-language-hint`} data-testid="export-language">
            <ExportLanguageOptions />
          </select>
          <span className="field-hint" id={`${id}-language-hint`}>
            {t('export.languageHint')}
          </span>
        </div>

        <div className="export-where" data-testid="export-where">
          <span className="field-label">{t('export.where')}</span>{' '}
          {props.where.kind === 'download' ? (
            <span>{t('export.where.download')}</span>
          ) : (
            <>
              <span>{props.where.folder ? t('export.where.folder', { folder: props.where.folder }) : t('export.where.noFolder')}</span>{' '}
              <button type="button" className="btn btn-small" onClick={props.onChangeFolder} data-testid="export-change-folder">
                {t('export.changeFolder')}
              </button>
            </>
          )}
        </div>

        <div className="modal-actions">
          <button type="submit" className="btn btn-primary" disabled={!ready} data-testid="export-run">
            {printing ? t('export.print') : t('export.run')}
          </button>
          <button type="button" className="btn" onClick={props.onCancel}>
            {t('common.cancel')}
          </button>
        </div>
      </form>
    </Modal>
  );
}
