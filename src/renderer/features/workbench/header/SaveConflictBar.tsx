import { useState } from 'react';
import type { SectionDoc } from '../session/section-doc';
import { useToasts } from '../../../app/toasts';
import './header.css';
import { useT } from '../../../i18n/I18nProvider';

/** Shown when a save was refused because the section changed elsewhere, or failed. */
export function SaveConflictBar({ doc }: { doc: SectionDoc }) {
  const { t } = useT();
  const toasts = useToasts();
  const [busy, setBusy] = useState(false);
  const state = doc.saveState;
  if (state.kind !== 'conflict' && state.kind !== 'error') return null;

  const run = async (action: () => Promise<string | null>) => {
    setBusy(true);
    const error = await action();
    setBusy(false);
    if (error) toasts.error(error);
  };

  if (state.kind === 'error') {
    return (
      <div className="banner tone-error" role="alert" data-testid="save-error">
        <span>{t('workbench.save.failed', { message: state.message })}</span>
        <button type="button" className="btn btn-small" onClick={() => doc.retry()}>
          {t('workbench.save.retry')}
        </button>
      </div>
    );
  }
  return (
    <div className="banner tone-warning" role="alert" data-testid="save-conflict">
      <span>{t('workbench.conflict.text', { message: state.message })}</span>
      <button type="button" className="btn btn-small" disabled={busy} data-testid="conflict-reload" onClick={() => run(() => doc.reload())}>
        {t('workbench.conflict.reload')}
      </button>
      <button type="button" className="btn btn-small btn-danger" disabled={busy} data-testid="conflict-overwrite" onClick={() => run(() => doc.overwrite())}>
        {t('workbench.conflict.overwrite')}
      </button>
    </div>
  );
}
