// The interface language's Translator for renderer code that runs outside React: Monaco's
// language providers (registered once for the app), plain classes. I18nProvider keeps it
// in step with the setting; components use useT() instead.
import { DEFAULT_LANGUAGE, translator } from '../../core/i18n';
import type { Translator } from '../../core/i18n';

let current: Translator = translator(DEFAULT_LANGUAGE);

export function currentTranslator(): Translator {
  return current;
}

export function setCurrentTranslator(tr: Translator): void {
  current = tr;
}
