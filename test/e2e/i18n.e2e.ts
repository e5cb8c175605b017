// The interface language end to end: a first start is Dutch, with no English catalogue
// text on any converted view (visible text, titles, labels, placeholders); the settings
// menu switches to English, <html lang> follows, and the choice survives a reload. Every
// view and dialog in both languages: i18n-views.e2e.ts.
import { expect, test } from './fixtures';
import { phrasesOnlyIn } from '../../src/core/i18n/foreign-phrases';
import { expectOnly } from './foreign-text';
import { DashboardPage } from './pages/dashboard-page';
import { LibraryPage } from './pages/library-page';
import { WorkbenchPage } from './pages/workbench-page';

test.use({ language: null });

test('a first start speaks Dutch on every converted view, with no English catalogue text', async ({ page }) => {
  expect(phrasesOnlyIn('en').length).toBeGreaterThan(100);
  const wb = new WorkbenchPage(page);
  await wb.waitReady();
  await expect(page.locator('html')).toHaveAttribute('lang', 'nl-BE');
  await expect(page.getByTestId('tab-problems')).toContainText('Problemen');
  await expectOnly(page, 'nl', 'workbench view');

  await page.getByTestId('tab-references').click();
  await expectOnly(page, 'nl', 'references view');

  await page.getByTestId('btn-history').click();
  await expect(page.getByTestId('history-drawer')).toBeVisible();
  await expectOnly(page, 'nl', 'history view');
  await page.getByTestId('history-close').click();

  const library = new LibraryPage(page);
  await library.open();
  await library.search('regering');
  await expectOnly(page, 'nl', 'library view');

  const dashboard = new DashboardPage(page);
  await dashboard.open();
  await expectOnly(page, 'nl', 'dashboard view');
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
