// Finding text of the wrong language on a screen: the catalogue texts of the other language
// (those that differ from this language's, as whole phrases) looked for in everything the page
// offers a person — visible text, titles, labels, placeholders and alternative texts.
import type { Page } from '@playwright/test';
import { CATALOGUES } from '../../src/core/i18n';
import type { Language, MessageKey } from '../../src/core/i18n';
import { expect } from './fixtures';

/**
 * Phrases only `language`'s catalogue has: messages that differ from the other language's,
 * cut at their placeholders and tags, long enough and with a space, so that no word the
 * other language (or report data) shares can match.
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

/**
 * Every text the page offers a person. With `skipDutchContent`, text inside elements marked
 * `lang="nl"` (the reports themselves: agreement, body, titles) is left out — it is Dutch in
 * an English interface too.
 */
export async function pageTexts(page: Page, skipDutchContent: boolean): Promise<string> {
  return page.evaluate((skip) => {
    const isContent = (el: Element | null) => skip && !!el?.closest('[lang]')?.getAttribute('lang')?.startsWith('nl');
    const out: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!parent || isContent(parent) || parent.closest('script, style, template') || !parent.checkVisibility()) continue;
      out.push(node.textContent ?? '');
    }
    for (const el of document.querySelectorAll('[title], [aria-label], [placeholder], [alt]')) {
      if (isContent(el)) continue;
      for (const a of ['title', 'aria-label', 'placeholder', 'alt']) out.push(el.getAttribute(a) ?? '');
    }
    return out.join('\n').replace(/\s+/g, ' ');
  }, skipDutchContent);
}

/** Fails, naming the phrases, when the page shows catalogue text of the language it does not speak. */
export async function expectOnly(page: Page, language: Language, where: string): Promise<void> {
  const foreign = phrasesOnlyIn(language === 'en' ? 'nl' : 'en');
  const text = await pageTexts(page, language === 'en');
  expect(foreign.filter((phrase) => text.includes(phrase)), `${language === 'en' ? 'Dutch' : 'English'} on the ${where} (${language})`).toEqual([]);
}
