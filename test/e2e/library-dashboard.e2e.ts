// Issue 4: the decision library (search, filters, insert as reference, cited-by) and the
// project dashboard (verdict chart, problems, decisions per year — each clickable through).
import { expect } from '@playwright/test';
import { test } from './fixtures';
import { DashboardPage } from './pages/dashboard-page';
import { LibraryPage } from './pages/library-page';
import { WorkbenchPage } from './pages/workbench-page';

test('library: search with highlighted matches, a date filter, and insert a decision as a reference', async ({ page }) => {
  const wb = new WorkbenchPage(page);
  await wb.waitReady();
  const sectionName = (await page.getByTestId('section-heading').textContent()) ?? '';
  const library = new LibraryPage(page);
  await library.open();

  // Case- and diacritic-insensitive full-text search, matches highlighted.
  await library.search('DIGITAAL LOKET');
  await expect(library.hits.first()).toBeVisible();
  await expect(library.hits.first().locator('mark').first()).toBeVisible();
  const all = Number(await library.count.getAttribute('data-total'));
  expect(all).toBeGreaterThan(1);

  // A date range narrows the results.
  await library.setRange('2021-01-01', '2021-12-31');
  const inRange = Number(await library.count.getAttribute('data-total'));
  expect(inRange).toBeGreaterThan(0);
  expect(inRange).toBeLessThan(all);
  await library.setRange('', '');

  // Pick a decision no demo section cites yet and insert it into the open section.
  await library.search('raad digitale ethiek');
  await library.hits.first().click();
  await expect(library.detail).toContainText('Raad voor Digitale Ethiek');
  await expect(library.detail.getByTestId('library-cited-by-none')).toBeVisible();
  await library.detail.getByTestId('library-insert').click();
  await expect(page.getByTestId('toast-success')).toContainText(sectionName);

  // The library now knows which section cites it (after the autosave).
  await page.getByTestId('view-workbench').click();
  await wb.waitSaved();
  await wb.showReferences();
  await expect(wb.referenceItems.filter({ hasText: 'Raad voor Digitale Ethiek' })).toHaveCount(1);

  await library.open();
  await library.search('raad digitale ethiek');
  await library.hits.first().click();
  await expect(library.detail.getByTestId('library-cited-by')).toContainText(sectionName);
});

test('dashboard: verdict chart per domain, problems and decisions per year click through to sections', async ({ page }) => {
  const wb = new WorkbenchPage(page);
  await wb.waitReady();
  await wb.setVerdict('kept', 'Alles uitgevoerd.');
  await wb.waitSaved();
  const sectionName = (await page.getByTestId('section-heading').textContent()) ?? '';

  const dashboard = new DashboardPage(page);
  await dashboard.open();
  await expect(dashboard.projectBar().getByTestId('segment-kept')).toHaveText(/[1-9]/);

  // Clicking the "kept" segment lists the section we just rated; clicking it opens it.
  await dashboard.projectBar().getByTestId('segment-kept').click();
  await expect(dashboard.selection).toContainText(sectionName);
  await dashboard.selection.getByTestId('dashboard-selection-item').filter({ hasText: sectionName }).click();
  await expect(page.getByTestId('section-heading')).toHaveText(sectionName);
  await expect(wb.editor).toBeVisible();

  // The demo has deliberate problems: they are listed and open their section.
  await dashboard.open();
  const problem = page.getByTestId('dashboard-problem-section').first();
  await expect(problem).toBeVisible();
  const problemSection = ((await problem.textContent()) ?? '').split('/').at(-1) ?? '';
  await problem.click();
  await expect(page.getByTestId('section-heading')).toHaveText(problemSection);

  // Decisions cited per year: a column lists the sections that cite decisions of that year.
  await dashboard.open();
  const column = page.getByTestId('year-chart').getByRole('listitem').first();
  await column.click();
  await expect(dashboard.selection.getByTestId('dashboard-selection-item').first()).toBeVisible();
});
