export { CATALOGUES, isMessageKey } from './catalogues';
export { errorText } from './error-text';
export type { MessageKey } from './catalogues';
export { cliLanguage, DEFAULT_LANGUAGE, intlLocale, isLanguage, LANGUAGES, parseLanguage, UnknownLanguageError } from './language';
export type { Language } from './language';
export { createTranslator, translator } from './translator';
export type { DateStyle, MessageValue, MessageValues, RichTag, Translator, TranslatorOptions } from './translator';
