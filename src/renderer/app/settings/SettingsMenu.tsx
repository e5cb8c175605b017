import { useEffect, useId, useRef, useState } from 'react';
import { errorText } from '../../../core/i18n';
import { currentTranslator } from '../../i18n/current';
import type { AppStatus } from '../../../shared/api';
import { LANGUAGES } from '../../../shared/languages';
import type { Language } from '../../../shared/languages';
import { getClient } from '../../api';
import { useT } from '../../i18n/I18nProvider';
import './settings-menu.css';

interface SettingsMenuProps {
  status: AppStatus;
  setStatus(s: AppStatus): void;
}

/** The settings button in the top bar: the interface language, stored in the app's settings. */
export function SettingsMenu({ status, setStatus }: SettingsMenuProps) {
  const { t } = useT();
  const [open, setOpen] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const button = useRef<HTMLButtonElement>(null);
  const panel = useRef<HTMLDivElement>(null);
  const panelId = useId();

  useEffect(() => {
    if (!open) return;
    panel.current?.querySelector<HTMLInputElement>('input:checked')?.focus();
    const onPointer = (e: PointerEvent) => {
      if (!panel.current?.contains(e.target as Node) && !button.current?.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointer);
    return () => document.removeEventListener('pointerdown', onPointer);
  }, [open]);

  const close = () => {
    setOpen(false);
    button.current?.focus();
  };

  const choose = async (language: Language) => {
    setError(null);
    const res = await getClient().call('settings.set', { language });
    if (res.ok) setStatus({ ...status, settings: res.value });
    else setError(errorText(currentTranslator(), res.error));
  };

  return (
    <div className="settings-menu">
      <button
        ref={button}
        type="button"
        className="btn btn-bar settings-button"
        aria-expanded={open}
        aria-controls={panelId}
        aria-label={t('app.settings.title')}
        title={t('app.settings.title')}
        data-testid="btn-settings"
        onClick={() => setOpen((o) => !o)}
      >
        <span aria-hidden="true">⚙</span>
      </button>
      {open && (
        // Escape anywhere in the panel closes it; the radio buttons inside take the focus.
        // eslint-disable-next-line jsx-a11y/no-noninteractive-element-interactions
        <div
          ref={panel}
          id={panelId}
          className="settings-panel"
          role="group"
          aria-label={t('app.settings.title')}
          data-testid="settings-panel"
          onKeyDown={(e) => {
            if (e.key === 'Escape') {
              e.stopPropagation();
              close();
            }
          }}
        >
          <fieldset>
            <legend>{t('app.settings.language')}</legend>
            {LANGUAGES.map((language) => (
              <label key={language} lang={language}>
                <input
                  type="radio"
                  name={`${panelId}-language`}
                  value={language}
                  checked={status.settings.language === language}
                  data-testid={`language-${language}`}
                  onChange={() => void choose(language)}
                />
                {t(`app.settings.language.${language}`)}
              </label>
            ))}
          </fieldset>
          {error && (
            <p className="text-error" role="alert">
              {error}
            </p>
          )}
        </div>
      )}
    </div>
  );
}
