// Issue 10 §1: every view and dialog in one language only. In Dutch no English catalogue
// text shows anywhere; in English no Dutch catalogue text shows outside the reports' own
// (Dutch, `lang="nl"`) content. Each screen is opened as a person opens it.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { renderReport } from '../../src/core/format';
import type { Language } from '../../src/core/i18n';
import { expect, test } from './fixtures';
import type { Workbench } from './fixtures';
import { phrasesOnlyIn } from '../../src/core/i18n/foreign-phrases';
import { expectOnly } from './foreign-text';
import { makeConflictingProjects } from './merge-projects';
import { DashboardPage } from './pages/dashboard-page';
import { ExportDialogPage } from './pages/export-dialog';
import { LibraryPage } from './pages/library-page';
import { MergePage } from './pages/merge-page';
import { PalettePage } from './pages/palette-page';
import { WorkbenchPage } from './pages/workbench-page';

const report = (body: string) => renderReport({ heading: 'Taaltoets', agreement: '1.1 Taaltoets ', body, references: [{ number: 0, date: '2021-03-05', title: 'Een beslissing' }] });

async function closeModal(page: Page, testId: string): Promise<void> {
  await page.keyboard.press('Escape');
  await expect(page.getByTestId(testId)).toBeHidden();
}

/** The workbench, its panels, the top bar's menus, settings and every dialog the demo project reaches. */
async function workbenchAndDialogs(page: Page, workbench: Workbench, language: Language): Promise<void> {
  const wb = new WorkbenchPage(page);
  await wb.waitReady();
  await expectOnly(page, language, 'workbench');

  await wb.showReferences();
  await wb.referenceItems.first().click();
  await expectOnly(page, language, 'references panel');
  await page.getByTestId('reference-edit').first().click();
  await expect(page.getByTestId('reference-form')).toBeVisible();
  await expectOnly(page, language, 'reference form');
  await page.keyboard.press('Escape');
  await wb.referenceItems.first().click();
  await page.getByTestId('reference-delete').first().click();
  await expect(page.getByTestId('choice-modal')).toBeVisible();
  await expectOnly(page, language, 'delete-reference dialog');
  await page.getByTestId('choice-cancel').click();

  await page.getByTestId('tab-evidence').click();
  await expect(page.getByTestId('evidence-panel')).toBeVisible();
  await expectOnly(page, language, 'evidence panel');
  await wb.showProblems();

  for (const menu of ['file', 'export', 'view']) {
    await page.getByTestId(`menu-${menu}`).click();
    await expectOnly(page, language, `${menu} menu`);
    await page.keyboard.press('Escape');
  }
  await page.getByTestId('btn-settings').click();
  await expect(page.getByTestId('settings-panel')).toBeVisible();
  await expectOnly(page, language, 'settings menu');
  await page.keyboard.press('Escape');

  const palette = new PalettePage(page);
  await palette.open();
  await expectOnly(page, language, 'command palette');
  await closeModal(page, 'command-palette');

  const exporting = new ExportDialogPage(page);
  await exporting.open();
  await expectOnly(page, language, 'export dialog');
  await exporting.choose('section', 'html');
  await exporting.runForDownload();
  await expect(exporting.dialog).toBeHidden();
  await expectOnly(page, language, 'workbench after an export');

  await wb.command('new');
  await expect(page.getByTestId('new-project-modal')).toBeVisible();
  await expectOnly(page, language, 'new-project dialog');
  await closeModal(page, 'new-project-modal');

  await wb.command('project-info');
  await expect(page.getByTestId('project-info-modal')).toBeVisible();
  await page.getByTestId('project-info-name').fill('');
  await expect(page.getByTestId('project-info-problem-name')).toBeVisible();
  await expectOnly(page, language, 'project details dialog');
  await closeModal(page, 'project-info-modal');

  await wb.command('open');
  await expect(page.getByTestId('open-project-modal')).toBeVisible();
  await expectOnly(page, language, 'open-project dialog');
  await closeModal(page, 'open-project-modal');

  // Importing: the upload dialog, the summary, then the preview of a replacing import.
  const file = join(workbench.tmpDir, 'Taaltoets.md');
  writeFileSync(file, report('Samenvatting\n\nDe regering besliste [0].\n'));
  await wb.command('import-reports');
  await expect(page.getByTestId('upload-modal')).toBeVisible();
  await expectOnly(page, language, 'import dialog');
  await wb.modal.upload([file]);
  await expect(page.getByTestId('import-summary')).toBeVisible({ timeout: 30_000 });
  await expectOnly(page, language, 'import summary');
  await wb.modal.choose('ok');
  writeFileSync(file, report('Samenvatting\n\nDe regering besliste anders [0].\n'));
  await wb.startImportReports([file]);
  await expect(page.getByTestId('import-preview')).toBeVisible();
  await expectOnly(page, language, 'import preview');
  await page.getByTestId('choice-cancel').click();

  await page.getByTestId('btn-history').click();
  await expect(page.getByTestId('history-drawer')).toBeVisible();
  await page.getByTestId('history-item').first().click();
  await expectOnly(page, language, 'history drawer');
  await page.getByTestId('history-close').click();
}

async function libraryAndDashboard(page: Page, language: Language): Promise<void> {
  const library = new LibraryPage(page);
  await library.open();
  await library.search('regering');
  await library.hits.first().click();
  await expect(library.detail).toBeVisible();
  await expectOnly(page, language, 'library');

  const dashboard = new DashboardPage(page);
  await dashboard.open();
  await expectOnly(page, language, 'dashboard');
}

/** The merge view with a conflict to resolve (fields and the three body columns), then its report. */
async function mergeViewAndReport(page: Page, workbench: Workbench, language: Language): Promise<void> {
  const { theirs } = await makeConflictingProjects(page, workbench);
  const merge = new MergePage(page);
  await merge.open();
  await expectOnly(page, language, 'merge view');
  await merge.preview(theirs);
  await expect(page.getByTestId('merge-body-conflict')).toBeVisible();
  await expectOnly(page, language, 'merge conflicts');
  await merge.choose('verdict', 'theirs');
  await page.getByTestId('merge-take-theirs').click();
  await expect(merge.apply).toBeEnabled();
  await merge.apply.click();
  await expect(merge.report).toBeVisible();
  await expectOnly(page, language, 'merge report');
}

for (const language of ['nl', 'en'] as const) {
  test.describe(`the interface in ${language === 'nl' ? 'Dutch' : 'English'}`, () => {
    test.use({ language });

    test('shows no text of the other language on any view or dialog', async ({ page, workbench }) => {
      test.setTimeout(120_000);
      expect(phrasesOnlyIn(language === 'nl' ? 'en' : 'nl').length).toBeGreaterThan(200);
      await expect(page.locator('html')).toHaveAttribute('lang', language === 'nl' ? 'nl-BE' : 'en-GB');
      await workbenchAndDialogs(page, workbench, language);
      await libraryAndDashboard(page, language);
      await mergeViewAndReport(page, workbench, language);
    });
  });
}
