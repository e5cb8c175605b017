// For tests that look for text of the wrong language: the phrases only one language's
// catalogue has. Pure, so unit tests (exported pages) and browser tests (the app) share it.
import { CATALOGUES } from './catalogues';
import type { MessageKey } from './catalogues';
import type { Language } from './language';

/**
 * Messages of `language` that differ from the other language's, cut at their placeholders
 * and tags, kept when long enough and with a space, so that no word both languages (or report
 * data) share can match.
 */
export function phrasesOnlyIn(language: Language): string[] {
  const other: Language = language === 'en' ? 'nl' : 'en';
  const keys = Object.keys(CATALOGUES[language]) as MessageKey[];
  const otherTexts = new Set(keys.map((key) => CATALOGUES[other][key]));
  return [
    ...new Set(
      keys
        .filter((key) => CATALOGUES[language][key] !== CATALOGUES[other][key])
        .flatMap((key) => CATALOGUES[language][key].split(/\{[^{}]*\}|<\/?\w+>/))
        .map((part) => part.trim())
        .filter((part) => part.length >= 8 && /\s/.test(part) && !/[{}#]/.test(part) && !otherTexts.has(part)),
    ),
  ];
}

/** The phrases of `phrasesOnlyIn(other)` that `text` contains: what a `language` reader should not see. */
export function foreignPhrases(text: string, language: Language): string[] {
  const flat = text.replace(/\s+/g, ' ');
  return phrasesOnlyIn(language === 'en' ? 'nl' : 'en').filter((phrase) => flat.includes(phrase));
}
