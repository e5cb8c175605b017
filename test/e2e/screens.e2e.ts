// Every view on a 1366×768 laptop screen, light and dark, in both languages: the room to write is checked
// (issue 10 §3) and screenshots are written to test-results/screens/ (or $PWB_SCREENS) for a
// person to look at.
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { expectAccessible } from './axe';
import { expect, test } from './fixtures';
import { LANGUAGES } from '../../src/shared/languages';
import { api, makeConflictingProjects } from './merge-projects';
import { DashboardPage } from './pages/dashboard-page';
import { LibraryPage } from './pages/library-page';
import { HistoryPage, MergePage } from './pages/merge-page';
import { WorkbenchPage } from './pages/workbench-page';

const OUT = process.env.PWB_SCREENS ?? resolve(import.meta.dirname, '../../test-results/screens');
mkdirSync(OUT, { recursive: true });

test.use({ viewport: { width: 1366, height: 768 } });

/** On a 1366×768 laptop: the top bar is one row and the editor shows at least 20 lines. */
async function expectRoomToWrite(page: Page): Promise<void> {
  const bar = await page.locator('.topbar-row').boundingBox();
  expect(bar?.height, 'the top bar wraps into a second row').toBeLessThan(48);
  const lineHeight = await page.getByTestId('editor').locator('.view-line').first().evaluate((el) => el.getBoundingClientRect().height);
  const editor = await page.getByTestId('editor').boundingBox();
  expect(Math.floor((editor?.height ?? 0) / lineHeight), 'lines of the body editor in view').toBeGreaterThanOrEqual(20);
}

async function shot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: join(OUT, `${name}.png`) });
}

for (const language of LANGUAGES) {
for (const scheme of ['light', 'dark'] as const) {
  test(`every view at 1366×768, ${scheme}, ${language}`, async ({ page, workbench }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await api(page, workbench, 'settings.set', { language });
    await page.reload();
    const wb = new WorkbenchPage(page);
    await wb.waitReady();
    await expectRoomToWrite(page);
    await shot(page, `${language}-${scheme}-workbench`);
    // The dark theme meets the same contrast rules as the light one.
    await expectAccessible(page, `workbench ${scheme} [${language}]`);

    const history = new HistoryPage(page);
    await history.open();
    await expect(history.items.first()).toBeVisible();
    // With History open the editor stays usable: at least 480 px wide.
    expect((await wb.editor.boundingBox())?.width).toBeGreaterThanOrEqual(480);
    await shot(page, `${language}-${scheme}-workbench-history`);
    await page.getByTestId('history-close').click();

    const library = new LibraryPage(page);
    await library.open();
    await library.search('digitaal');
    await library.hits.first().click();
    await shot(page, `${language}-${scheme}-library`);

    const dashboard = new DashboardPage(page);
    await dashboard.open();
    await shot(page, `${language}-${scheme}-dashboard`);
    await expectAccessible(page, `dashboard ${scheme} [${language}]`);

    const { theirs } = await makeConflictingProjects(page, workbench);
    const merge = new MergePage(page);
    await merge.open();
    await merge.preview(theirs);
    await expect.poll(() => merge.columnText('result')).toContain('<<<<<<< mine');
    await shot(page, `${language}-${scheme}-merge`);
  });
}
}
