// The interface language end to end: a first start is Dutch, with no English catalogue
// text on any converted view (visible text, titles, labels, placeholders); the settings
// menu switches to English, <html lang> follows, and the choice survives a reload.
import type { Page } from '@playwright/test';
import { CATALOGUES } from '../../src/core/i18n';
import { expect, test } from './fixtures';
import { DashboardPage } from './pages/dashboard-page';
import { LibraryPage } from './pages/library-page';
import { WorkbenchPage } from './pages/workbench-page';

test.use({ language: null });

// English texts a Dutch screen must never show: those that differ from their Dutch
// counterpart and are whole phrases (placeholders cut out), long enough not to be a
// word Dutch report text could contain too.
const ENGLISH_ONLY = [
  ...new Set(
    (Object.keys(CATALOGUES.en) as Array<keyof typeof CATALOGUES.en>)
      .filter((key) => CATALOGUES.en[key] !== CATALOGUES.nl[key])
      .flatMap((key) => CATALOGUES.en[key].split(/\{[^{}]*\}|<\/?\w+>/))
      .map((part) => part.trim())
      .filter((part) => part.length >= 8 && /\s/.test(part) && !/[{}#]/.test(part)),
  ),
];

/** Every piece of text the page offers a person: visible text plus titles, labels and placeholders. */
async function textsOf(page: Page): Promise<string> {
  return page.evaluate(() => {
    const attrs = [...document.querySelectorAll('[title], [aria-label], [placeholder]')].flatMap((el) =>
      ['title', 'aria-label', 'placeholder'].map((a) => el.getAttribute(a) ?? ''),
    );
    return [document.body.innerText, ...attrs].join('\n');
  });
}

async function expectNoEnglish(page: Page, where: string): Promise<void> {
  const text = await textsOf(page);
  const found = ENGLISH_ONLY.filter((phrase) => text.includes(phrase));
  expect(found, `English on the ${where} view`).toEqual([]);
}

test('a first start speaks Dutch on every converted view, with no English catalogue text', async ({ page }) => {
  expect(ENGLISH_ONLY.length).toBeGreaterThan(100);
  const wb = new WorkbenchPage(page);
  await wb.waitReady();
  await expect(page.locator('html')).toHaveAttribute('lang', 'nl-BE');
  await expect(page.getByTestId('tab-problems')).toContainText('Problemen');
  await expectNoEnglish(page, 'workbench');

  await page.getByTestId('tab-references').click();
  await expectNoEnglish(page, 'references');

  await page.getByTestId('btn-history').click();
  await expect(page.getByTestId('history-drawer')).toBeVisible();
  await expectNoEnglish(page, 'history');
  await page.getByTestId('history-close').click();

  const library = new LibraryPage(page);
  await library.open();
  await library.search('regering');
  await expectNoEnglish(page, 'library');

  const dashboard = new DashboardPage(page);
  await dashboard.open();
  await expectNoEnglish(page, 'dashboard');
});

test('the settings menu switches to English, <html lang> follows, and the choice is remembered', async ({ page }) => {
  const wb = new WorkbenchPage(page);
  await wb.waitReady();
  await page.getByTestId('btn-settings').click();
  await page.getByTestId('language-en').click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en-GB');
  await expect(page.getByTestId('tab-problems')).toContainText('Problems');
  // Checker messages follow the language too (the demo project has problems to show).
  const first = page.getByTestId('problem-item').first();
  if ((await first.count()) > 0) await expect(first).not.toContainText(/Verwijzing|Referentie|Het oordeel/);

  await page.reload();
  await wb.waitReady();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en-GB');
  await expect(page.getByTestId('tab-problems')).toContainText('Problems');

  await page.getByTestId('btn-settings').click();
  await page.getByTestId('language-nl').click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'nl-BE');
  await expect(page.getByTestId('tab-problems')).toContainText('Problemen');
});
