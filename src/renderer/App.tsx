import { useState } from 'react';
import { getClient } from './api';
import { DialogProvider } from './app/dialogs';
import { Shell } from './app/Shell';
import { ToastProvider } from './app/toasts';
import { useAppStatus } from './app/use-app-status';

export function App() {
  const { state, refresh, setStatus } = useAppStatus();
  return (
    <ToastProvider>
      <DialogProvider>
        {state.phase === 'loading' && <div className="startup">Starting…</div>}
        {state.phase === 'failed' && (
          <div className="startup startup-error" role="alert" data-testid="startup-error">
            <h1>The workbench could not start</h1>
            <p>{state.error.message}</p>
            <button type="button" className="btn btn-primary" onClick={() => void refresh()}>
              Try again
            </button>
          </div>
        )}
        {state.phase === 'ready' && state.status.project && (
          <Shell status={{ ...state.status, project: state.status.project }} setStatus={setStatus} refresh={refresh} />
        )}
        {state.phase === 'ready' && !state.status.project && <NoProject refresh={refresh} />}
      </DialogProvider>
    </ToastProvider>
  );
}

function NoProject({ refresh }: { refresh(): Promise<void> }) {
  const [error, setError] = useState<string | null>(null);
  const openDemo = async () => {
    const res = await getClient().call('project.openDemo', {});
    if (res.ok) await refresh();
    else setError(res.error.message);
  };
  return (
    <div className="startup" data-testid="no-project">
      <h1>No project is open</h1>
      <p>Open the demo project to look around, or open a project from the File menu.</p>
      {error && <p className="text-error">{error}</p>}
      <button type="button" className="btn btn-primary" onClick={() => void openDemo()}>
        Open the demo project
      </button>
    </div>
  );
}
