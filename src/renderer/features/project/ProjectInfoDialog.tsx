import { useId, useState } from 'react';
import type { ReactNode } from 'react';
import type { MessageKey } from '../../../core/i18n';
import { LIMITS } from '../../../shared/limits';
import type { EditableProjectInfo, OpenProject } from '../../../shared/models';
import { Modal } from '../../app/Modal';
import { useT } from '../../i18n/I18nProvider';
import { CONTENT_LANG } from '../../lib/content-lang';
import { ExportLanguageOptions } from '../publish/ExportLanguageOptions';
import { fieldsOf, projectInfoPatch } from './project-info-form';
import type { FieldProblem, ProjectInfoFields } from './project-info-form';

const PROBLEM_TEXT: Record<FieldProblem, MessageKey> = {
  empty: 'project.problem.empty',
  'too-long': 'project.problem.tooLong',
  'not-a-date': 'project.problem.notADate',
  'end-before-start': 'project.problem.endBeforeStart',
};

interface ProjectInfoDialogProps {
  project: OpenProject;
  /** Saves the change (only what differs); resolves true when it was saved. */
  onSave(patch: Partial<EditableProjectInfo>): Promise<boolean>;
  onClose(): void;
}

/**
 * Name, government, term and export language of the open project. Checked with the API's
 * own rules while typing; a problem is shown beside its field once that field was touched
 * (or a save was tried). Read-only projects show the details without a way to change them.
 */
export function ProjectInfoDialog({ project, onSave, onClose }: ProjectInfoDialogProps) {
  const { t } = useT();
  const id = useId();
  const readOnly = project.readOnly;
  const [fields, setFields] = useState<ProjectInfoFields>(() => fieldsOf(project.info));
  const [touched, setTouched] = useState<ReadonlySet<keyof ProjectInfoFields>>(new Set());
  const [saving, setSaving] = useState(false);
  const result = projectInfoPatch(fields, project.info);

  const set = (key: keyof ProjectInfoFields) => (e: React.ChangeEvent<HTMLInputElement | HTMLSelectElement>) => {
    setFields({ ...fields, [key]: e.target.value });
    setTouched(new Set(touched).add(key));
  };

  /** The accessible pieces of one field: its problem (when shown) and its hint. */
  const describe = (key: keyof ProjectInfoFields, hint?: boolean) => {
    const problem = touched.has(key) ? result.problems?.[key] : undefined;
    const described = [problem && `${id}-${key}-problem`, hint && `${id}-${key}-hint`].filter(Boolean).join(' ');
    return {
      input: { id: `${id}-${key}`, 'aria-invalid': problem ? true : undefined, 'aria-describedby': described || undefined, disabled: readOnly || saving },
      problem: problem ? (
        <p className="field-error" id={`${id}-${key}-problem`} data-testid={`project-info-problem-${key}`}>
          {t(PROBLEM_TEXT[problem], { max: LIMITS.name })}
        </p>
      ) : null,
    };
  };

  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    if (readOnly || saving) return;
    if (!result.patch) {
      setTouched(new Set(Object.keys(fields) as (keyof ProjectInfoFields)[]));
      return;
    }
    if (Object.keys(result.patch).length === 0) return onClose();
    setSaving(true);
    const saved = await onSave(result.patch);
    setSaving(false);
    if (saved) onClose();
  };

  /** One labelled field: its control, its problem once shown, and a hint. */
  const field = (key: keyof ProjectInfoFields, label: string, control: (input: ReturnType<typeof describe>['input']) => ReactNode, hint?: string) => {
    const d = describe(key, hint !== undefined);
    return (
      <div className="field">
        <label className="field-label" htmlFor={d.input.id}>
          {label}
        </label>
        {control(d.input)}
        {d.problem}
        {hint !== undefined && (
          <p className="field-hint" id={`${id}-${key}-hint`}>
            {hint}
          </p>
        )}
      </div>
    );
  };

  return (
    <Modal title={t('project.title')} onCancel={onClose} testId="project-info-modal">
      <form className="modal-form" onSubmit={(e) => void submit(e)} noValidate>
        {readOnly && <p className="field-hint" data-testid="project-info-read-only">{t('project.readOnly')}</p>}
        {field('name', t('project.name'), (input) => (
          <input {...input} data-testid="project-info-name" lang={CONTENT_LANG} value={fields.name} onChange={set('name')} />
        ))}
        {field(
          'government',
          t('project.government'),
          (input) => <input {...input} data-testid="project-info-government" lang={CONTENT_LANG} value={fields.government} onChange={set('government')} />,
          t('project.government.hint'),
        )}
        <div className="field-row">
          {field('termStart', t('project.termStart'), (input) => (
            <input {...input} type="date" data-testid="project-info-term-start" value={fields.termStart} onChange={set('termStart')} />
          ))}
          {field('termEnd', t('project.termEnd'), (input) => (
            <input {...input} type="date" data-testid="project-info-term-end" value={fields.termEnd} onChange={set('termEnd')} />
          ))}
        </div>
        <p className="field-hint">{t('project.term.hint')}</p>
        {field(
          'language',
          t('project.language'),
          (input) => (
            <select {...input} data-testid="project-info-language" value={fields.language} onChange={set('language')}>
              <ExportLanguageOptions />
            </select>
          ),
          t('project.language.hint'),
        )}
        <div className="modal-actions">
          {!readOnly && (
            <button type="submit" className="btn btn-primary" data-testid="project-info-save" disabled={saving}>
              {t('project.save')}
            </button>
          )}
          <button type="button" className="btn" data-testid="project-info-cancel" data-autofocus={readOnly ? '' : undefined} onClick={onClose}>
            {readOnly ? t('common.close') : t('shell.dialog.cancel')}
          </button>
        </div>
      </form>
    </Modal>
  );
}
