import { useState } from 'react';
import type { SectionDoc } from '../session/section-doc';
import { useToasts } from '../../../app/toasts';
import './header.css';

/** Shown when a save was refused because the section changed elsewhere, or failed. */
export function SaveConflictBar({ doc }: { doc: SectionDoc }) {
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
      <div className="banner banner-error" role="alert" data-testid="save-error">
        <span>Saving failed: {state.message}. Your changes are kept here.</span>
        <button type="button" className="btn btn-small" onClick={() => doc.retry()}>
          Retry
        </button>
      </div>
    );
  }
  return (
    <div className="banner banner-warning" role="alert" data-testid="save-conflict">
      <span>This section was changed elsewhere since you opened it. {state.message}</span>
      <button type="button" className="btn btn-small" disabled={busy} data-testid="conflict-reload" onClick={() => run(() => doc.reload())}>
        Reload theirs
      </button>
      <button type="button" className="btn btn-small btn-danger" disabled={busy} data-testid="conflict-overwrite" onClick={() => run(() => doc.overwrite())}>
        Overwrite with mine
      </button>
    </div>
  );
}
