// The interface languages. A Language is what a person chooses (and what settings store);
// the Intl locale is what dates, numbers and plural rules are formatted with.

import { isLanguage, LANGUAGES } from '../../shared/languages';
import type { Language } from '../../shared/languages';

export { DEFAULT_LANGUAGE, isLanguage, LANGUAGES } from '../../shared/languages';
export type { Language } from '../../shared/languages';

/**
 * nl formats as Belgian Dutch (`27 november 2020`, `1.234,5`); en as British English
 * (`27 November 2020`), which reads naturally beside Belgian dates, unlike en-US's month-first order.
 */
const INTL_LOCALES: Record<Language, string> = { nl: 'nl-BE', en: 'en-GB' };

export function intlLocale(language: Language): string {
  return INTL_LOCALES[language];
}


/**
 * The language of a locale tag in any of the usual spellings (`nl`, `nl-BE`, `nl_BE.UTF-8`,
 * `en_GB@euro`, `NL`); null for tags naming neither language (`C`, `POSIX`, `fr_BE`, '').
 */
export function parseLanguage(tag: string | null | undefined): Language | null {
  if (!tag) return null;
  const primary = tag.trim().split(/[-_.@]/)[0].toLowerCase();
  return isLanguage(primary) ? primary : null;
}

/**
 * The CLI's language, by POSIX precedence: `--lang` first, then LC_ALL, LC_MESSAGES, LANG.
 * The first variable that is set decides, even when it names a language we lack (`C`,
 * `fr_BE.UTF-8`), which then means English — the default for scripts.
 */
export function cliLanguage(flag: string | undefined, env: Readonly<Record<string, string | undefined>>): Language {
  if (flag !== undefined) {
    const chosen = parseLanguage(flag);
    if (chosen) return chosen;
    throw new UnknownLanguageError(flag);
  }
  for (const name of ['LC_ALL', 'LC_MESSAGES', 'LANG'] as const) {
    const value = env[name];
    if (value) return parseLanguage(value) ?? 'en';
  }
  return 'en';
}

export class UnknownLanguageError extends Error {
  constructor(readonly tag: string) {
    super(`Unknown language "${tag}": use one of ${LANGUAGES.join(', ')}.`);
  }
}
