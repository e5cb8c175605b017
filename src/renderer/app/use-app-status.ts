import { useCallback, useEffect, useState } from 'react';
import type { AppStatus } from '../../shared/api';
import type { AppError } from '../../shared/models';
import { getClient } from '../api';

export type StartupState =
  | { phase: 'loading' }
  | { phase: 'ready'; status: AppStatus }
  | { phase: 'failed'; error: AppError };

/**
 * Loads `app.status` once; when no project is open, opens the demo so a first-time user
 * lands in a working workbench. Keeps the project current from `projectChanged` events.
 */
export function useAppStatus(): { state: StartupState; refresh(): Promise<void>; setStatus(s: AppStatus): void } {
  const [state, setState] = useState<StartupState>({ phase: 'loading' });

  const refresh = useCallback(async () => {
    const res = await getClient().call('app.status', {});
    setState(res.ok ? { phase: 'ready', status: res.value } : { phase: 'failed', error: res.error });
  }, []);

  useEffect(() => {
    let cancelled = false;
    void (async () => {
      const client = getClient();
      let res = await client.call('app.status', {});
      if (res.ok && res.value.project === null) {
        const demo = await client.call('project.openDemo', {});
        if (!demo.ok) {
          if (!cancelled) setState({ phase: 'failed', error: demo.error });
          return;
        }
        res = await client.call('app.status', {});
      }
      if (cancelled) return;
      setState(res.ok ? { phase: 'ready', status: res.value } : { phase: 'failed', error: res.error });
    })();
    const off = getClient().on('projectChanged', ({ project }) => {
      setState((s) => (s.phase === 'ready' ? { phase: 'ready', status: { ...s.status, project } } : s));
    });
    // Another window (or the browser host's other tab) changed a setting such as the language.
    const offSettings = getClient().on('settingsChanged', ({ settings }) => {
      setState((s) => (s.phase === 'ready' ? { phase: 'ready', status: { ...s.status, settings } } : s));
    });
    return () => {
      cancelled = true;
      off();
      offSettings();
    };
  }, []);

  const setStatus = useCallback((status: AppStatus) => setState({ phase: 'ready', status }), []);
  return { state, refresh, setStatus };
}
