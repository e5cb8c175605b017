// WCAG 2.1 AA with axe-core (issue 10 §2): every view and every dialog in both interface
// languages, and the exported pages, with zero violations. Each check prints its count ("axe <view>: …") so a run
// shows where a regression appeared.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { LANGUAGES } from '../../src/shared/languages';
import type { Language } from '../../src/shared/languages';
import type { Page } from '@playwright/test';
import { expectAccessible } from './axe';
import { filesUnder } from './files';
import type { Workbench } from './fixtures';
import { expect, test } from './fixtures';
import { api, makeConflictingProjects } from './merge-projects';
import { DashboardPage } from './pages/dashboard-page';
import { LibraryPage } from './pages/library-page';
import { HistoryPage, MergePage } from './pages/merge-page';
import { WorkbenchPage } from './pages/workbench-page';

const here = dirname(fileURLToPath(import.meta.url));
const repo = resolve(here, '..', '..');
const FIXTURES = resolve(repo, '../shared/fixtures/reports');
const hasFixtures = existsSync(FIXTURES);

for (const language of LANGUAGES) {
  test(`workbench, history drawer, library and dashboard (${language})`, async ({ page, workbench }) => {
    await useLanguage(page, workbench, language);
    const wb = new WorkbenchPage(page);
    await wb.waitReady();
    await expectAccessible(page, `workbench [${language}]`);

    await wb.showReferences();
    await expectAccessible(page, `workbench (references tab) [${language}]`);

    const history = new HistoryPage(page);
    await history.open();
    await expect(history.items.first()).toBeVisible();
    await expect(page.getByTestId('history-diff').locator('.view-lines').first()).toBeVisible();
    await expectAccessible(page, `workbench + history [${language}]`);
    await page.getByTestId('history-close').click();

    const library = new LibraryPage(page);
    await library.open();
    await library.search('digitaal');
    await library.hits.first().click();
    await expect(library.detail).toBeVisible();
    await expect(library.detail.getByText(/cites this decision|Cited by|Vermeld in|vermeldt deze beslissing/).first()).toBeVisible();
    await expectAccessible(page, `library [${language}]`);

    const dashboard = new DashboardPage(page);
    await dashboard.open();
    await dashboard.projectBar().locator('button').first().click();
    await expect(dashboard.selection).toBeVisible();
    await expectAccessible(page, `dashboard [${language}]`);
  });

  test(`merge view with a conflict, and its report (${language})`, async ({ page, workbench }) => {
    await useLanguage(page, workbench, language);
    const wb = new WorkbenchPage(page);
    await wb.waitReady();
    const { theirs } = await makeConflictingProjects(page, workbench);
    const merge = new MergePage(page);
    await merge.open();
    await expectAccessible(page, `merge (empty) [${language}]`);
    await merge.preview(theirs);
    await expect.poll(() => merge.columnText('result')).toContain('<<<<<<< mine');
    await expectAccessible(page, `merge (conflicts) [${language}]`);
    await merge.choose('verdict', 'theirs');
    await page.getByTestId('merge-take-theirs').click();
    await merge.apply.click();
    await expect(merge.report).toBeVisible();
    await expectAccessible(page, `merge (report) [${language}]`);
  });

  test(`dialogs: path, new project, project details, import summary (${language})`, async ({ page, workbench }) => {
    await useLanguage(page, workbench, language);
    const wb = new WorkbenchPage(page);
    await wb.waitReady();

    await wb.command('import-reports');
    await expect(page.getByTestId('upload-modal')).toBeVisible();
    await expectAccessible(page, `dialog: upload [${language}]`);
    await page.getByTestId('upload-cancel').click();
    await expect(page.getByTestId('upload-modal')).toBeHidden();

    await wb.command('open');
    await expect(page.getByTestId('open-project-modal')).toBeVisible();
    await expectAccessible(page, `dialog: open project [${language}]`);
    await page.keyboard.press('Escape');
    await expect(page.getByTestId('open-project-modal')).toBeHidden();

    await page.getByTestId('section-new').click();
    await expect(page.getByTestId('path-input')).toBeVisible();
    await expectAccessible(page, `dialog: path [${language}]`);
    await page.keyboard.press('Escape');
    await expect(page.getByTestId('path-input')).toBeHidden();

    await wb.command('new');
    await expect(page.getByTestId('new-project-path')).toBeVisible();
    await expectAccessible(page, `dialog: new project [${language}]`);
    await page.keyboard.press('Escape');
    await expect(page.getByTestId('new-project-path')).toBeHidden();

    // Project details, with a field showing its problem.
    await wb.command('project-info');
    await expect(page.getByTestId('project-info-modal')).toBeVisible();
    await page.getByTestId('project-info-term-end').fill('2000-01-01');
    await expect(page.getByTestId('project-info-problem-termEnd')).toBeVisible();
    await expectAccessible(page, `dialog: project details [${language}]`);
    await page.keyboard.press('Escape');
    await expect(page.getByTestId('project-info-modal')).toBeHidden();

    await wb.command('close-project');
    await expect(page.getByTestId('no-project')).toBeVisible();
    await expectAccessible(page, `no project open [${language}]`);
    await page.getByTestId('no-project').getByRole('button').first().press('Enter');
    await wb.waitReady();

    test.skip(!hasFixtures, `shared report fixtures missing at ${FIXTURES}`);
    await wb.command('import-reports');
    await wb.modal.upload([FIXTURES]);
    await expect(page.getByTestId('import-summary')).toBeVisible({ timeout: 30_000 });
    await expectAccessible(page, `dialog: import summary [${language}]`);
    await wb.modal.choose('ok');
  });
}

test.describe('exported pages', () => {
  test.skip(!hasFixtures, `shared report fixtures missing at ${FIXTURES}`);

  test('the HTML export of the fixture reports: index and every section page', async ({ page, workbench }) => {
    const project = join(workbench.tmpDir, 'export.pwb');
    const out = join(workbench.tmpDir, 'site');
    mkdirSync(out, { recursive: true });
    const pwb = (...args: string[]) => {
      const r = spawnSync(process.execPath, [join(repo, 'bin', 'pwb.js'), ...args], { cwd: repo, encoding: 'utf8' });
      expect(r.status, `pwb ${args.join(' ')}\n${r.stdout}\n${r.stderr}`).toBe(0);
    };
    pwb('import', FIXTURES, '--project', project);
    pwb('export', '--project', project, '--format', 'html', '--out', out);
    const pages = filesUnder(out, (name) => name.endsWith('.html'));
    expect(pages.length).toBeGreaterThan(1);
    for (const file of pages) {
      await page.goto(pathToFileURL(file).href);
      await expectAccessible(page, `export: ${file.slice(out.length + 1)}`);
    }
  });
});

/** The interface language, set as the settings menu does, then the page reloaded in it. */
async function useLanguage(page: Page, workbench: Workbench, language: Language): Promise<void> {
  await api(page, workbench, 'settings.set', { language });
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('lang', new RegExp(`^${language}`));
}
