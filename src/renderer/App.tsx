import { useEffect, useMemo, useState } from 'react';
import { errorText } from '../core/i18n';
import { currentTranslator } from './i18n/current';
import type { AppStatus } from '../shared/api';
import { isLanguage } from '../shared/languages';
import type { Language } from '../shared/languages';
import { DEFAULT_LANGUAGE } from '../core/i18n';
import { getClient } from './api';
import { CommandProvider, useCommandHandlers } from './app/command-center';
import { commandTooltip } from './app/commands';
import { DialogProvider } from './app/dialogs';
import { Shell } from './app/Shell';
import { ToastProvider } from './app/toasts';
import { useAppStatus } from './app/use-app-status';
import { useProjectActions } from './app/use-project-actions';
import { I18nProvider, useT } from './i18n/I18nProvider';
import { recall, remember } from './lib/remembered';

// The language lives in the app's settings; this copy only lets the first frames
// ("Starting…", a start-up failure) speak it before the settings have arrived.
const LANGUAGE_MEMORY = 'language';

function startupLanguage(): Language {
  const cached = recall(LANGUAGE_MEMORY);
  return isLanguage(cached) ? cached : DEFAULT_LANGUAGE;
}

export function App() {
  const { state, refresh, setStatus } = useAppStatus();
  const [firstLanguage] = useState(startupLanguage);
  const language = state.phase === 'ready' ? state.status.settings.language : firstLanguage;
  useEffect(() => remember(LANGUAGE_MEMORY, language), [language]);
  return (
    <I18nProvider language={language}>
      <ToastProvider>
        <DialogProvider>
          <CommandProvider>
            {state.phase === 'loading' && <Starting />}
            {state.phase === 'failed' && <StartFailed message={errorText(currentTranslator(), state.error)} retry={refresh} />}
            {state.phase === 'ready' && state.status.project && (
              <Shell status={{ ...state.status, project: state.status.project }} setStatus={setStatus} refresh={refresh} />
            )}
            {state.phase === 'ready' && !state.status.project && <NoProject status={state.status} refresh={refresh} />}
          </CommandProvider>
        </DialogProvider>
      </ToastProvider>
    </I18nProvider>
  );
}

function Starting() {
  const { t } = useT();
  return <main className="startup">{t('app.starting')}</main>;
}

function StartFailed({ message, retry }: { message: string; retry(): Promise<void> }) {
  const { t } = useT();
  return (
    <main className="startup startup-error" data-testid="startup-error">
      <h1>{t('app.startFailed.title')}</h1>
      <p role="alert">{message}</p>
      <button type="button" className="btn btn-primary" onClick={() => void retry()}>
        {t('common.retry')}
      </button>
    </main>
  );
}

function NoProject({ status, refresh }: { status: AppStatus; refresh(): Promise<void> }) {
  const { t } = useT();
  const [error, setError] = useState<string | null>(null);
  // Open and New work here too (keys, menu, palette): the menu's File > Open is how one leaves this screen.
  const actions = useProjectActions(status, refresh);
  useCommandHandlers(useMemo(() => ({ 'open-project': { run: actions.openProject }, 'new-project': { run: actions.newProject } }), [actions]));
  const openDemo = async () => {
    const res = await getClient().call('project.openDemo', {});
    if (res.ok) await refresh();
    else setError(errorText(currentTranslator(), res.error));
  };
  return (
    <main className="startup" data-testid="no-project">
      <h1>{t('app.noProject.title')}</h1>
      <p>{t('app.noProject.body')}</p>
      {error && <p className="text-error">{error}</p>}
      <div className="startup-actions">
        <button type="button" className="btn btn-primary" onClick={() => void openDemo()}>
          {t('app.noProject.openDemo')}
        </button>
        <button type="button" className="btn" title={commandTooltip('open-project', t)} onClick={() => void actions.openProject()} data-testid="no-project-open">
          {t('app.noProject.openProject')}
        </button>
        <button type="button" className="btn" title={commandTooltip('new-project', t)} onClick={() => void actions.newProject()}>
          {t('app.noProject.newProject')}
        </button>
      </div>
    </main>
  );
}
