import { createContext, useContext, useEffect, useMemo } from 'react';
import type { ReactNode } from 'react';
import { DEFAULT_LANGUAGE, translator } from '../../core/i18n';
import type { Language, Translator } from '../../core/i18n';
import { setCurrentTranslator } from './current';

const I18nContext = createContext<Translator>(translator(DEFAULT_LANGUAGE));

/**
 * Puts the interface language's Translator in context and keeps `<html lang>` in step, so
 * screen readers pronounce the chrome in the right language (Dutch content carries its own
 * `lang="nl"`).
 */
export function I18nProvider({ language, children }: { language: Language; children: ReactNode }) {
  const value = useMemo(() => {
    const tr = translator(language);
    // Set during render, not in an effect, so code outside React that runs in the same
    // commit (a Monaco provider, a recheck) already speaks the new language.
    setCurrentTranslator(tr);
    return tr;
  }, [language]);
  useEffect(() => {
    document.documentElement.lang = value.locale;
  }, [value]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

/** The Translator of the interface language: `const { t } = useT(); t('common.save')`. */
export function useT(): Translator {
  return useContext(I18nContext);
}
