// Screenshots of every view on a 1366×768 laptop screen, light and dark, for a person to
// look at (issue 10 §3). They are written to test-results/screens/ (or $PWB_SCREENS).
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { makeConflictingProjects } from './merge-projects';
import { DashboardPage } from './pages/dashboard-page';
import { LibraryPage } from './pages/library-page';
import { HistoryPage, MergePage } from './pages/merge-page';
import { WorkbenchPage } from './pages/workbench-page';

const OUT = process.env.PWB_SCREENS ?? resolve(import.meta.dirname, '../../test-results/screens');
mkdirSync(OUT, { recursive: true });

test.use({ viewport: { width: 1366, height: 768 } });

async function shot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: join(OUT, `${name}.png`) });
}

for (const scheme of ['light', 'dark'] as const) {
  test(`every view at 1366×768, ${scheme}`, async ({ page, workbench }) => {
    await page.emulateMedia({ colorScheme: scheme });
    const wb = new WorkbenchPage(page);
    await wb.waitReady();
    await shot(page, `${scheme}-workbench`);

    const history = new HistoryPage(page);
    await history.open();
    await expect(history.items.first()).toBeVisible();
    await shot(page, `${scheme}-workbench-history`);
    await page.getByTestId('history-close').click();

    const library = new LibraryPage(page);
    await library.open();
    await library.search('digitaal');
    await library.hits.first().click();
    await shot(page, `${scheme}-library`);

    const dashboard = new DashboardPage(page);
    await dashboard.open();
    await shot(page, `${scheme}-dashboard`);

    const { theirs } = await makeConflictingProjects(page, workbench);
    const merge = new MergePage(page);
    await merge.open();
    await merge.preview(theirs);
    await expect.poll(() => merge.columnText('result')).toContain('<<<<<<< mine');
    await shot(page, `${scheme}-merge`);
  });
}
