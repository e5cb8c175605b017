// Finding text of the wrong language on a screen: the catalogue phrases only the other
// language has (core/i18n/foreign-phrases) looked for in everything the page offers a
// person — visible text, titles, labels, placeholders and alternative texts.
import type { Page } from '@playwright/test';
import type { Language } from '../../src/core/i18n';
import { foreignPhrases } from '../../src/core/i18n/foreign-phrases';
import { expect } from './fixtures';

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
  const text = await pageTexts(page, language === 'en');
  expect(foreignPhrases(text, language), `${language === 'en' ? 'Dutch' : 'English'} on the ${where} (${language})`).toEqual([]);
}
