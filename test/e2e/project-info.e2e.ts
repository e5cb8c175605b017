// Issue 8 §5: a screen for the project's name, government, term and export language, so
// an imported project does not export as "term unknown". Reached from the File menu and
// the command palette; checked with the shared rules; saved with project.update.
import type { ProjectInfo } from '../../src/shared/models';
import { callFromPage, expect, test } from './fixtures';
import { DashboardPage } from './pages/dashboard-page';
import { PalettePage } from './pages/palette-page';
import { WorkbenchPage } from './pages/workbench-page';

test('project details: set government, term and export language; the dashboard shows the term', async ({ page, workbench }) => {
  const wb = new WorkbenchPage(page);
  await wb.waitReady();
  // As an imported project starts: no government, no term.
  const cleared = await callFromPage(page, workbench.token, 'project.update', { government: '', termStart: null, termEnd: null });
  expect(cleared.status).toBe(200);

  const dashboard = new DashboardPage(page);
  await dashboard.open();
  await expect(page.getByTestId('project-summary-term')).toHaveText('Regeerperiode onbekend');

  // From the dashboard's own button (the Project details command).
  await page.getByTestId('project-summary-edit').click();
  const modal = page.getByTestId('project-info-modal');
  await expect(modal).toBeVisible();
  await expect(page.getByTestId('project-info-name')).toBeFocused();
  await page.getByTestId('project-info-name').fill('   ');
  await expect(page.getByTestId('project-info-problem-name')).toHaveText('Vul een naam in.');
  await page.getByTestId('project-info-name').fill('Regeerakkoord Jambon');
  await expect(page.getByTestId('project-info-problem-name')).toHaveCount(0);
  await page.getByTestId('project-info-government').fill('Vlaamse Regering Jambon (2019-2024)');
  await page.getByTestId('project-info-term-start').fill('2024-09-30');
  await page.getByTestId('project-info-term-end').fill('2019-10-02');
  await expect(page.getByTestId('project-info-problem-termEnd')).toHaveText('Het einde ligt vóór het begin van de regeerperiode.');
  await expect(page.getByTestId('project-info-term-end')).toHaveAttribute('aria-invalid', 'true');
  // A save with a problem writes nothing.
  await page.getByTestId('project-info-save').click();
  await expect(modal).toBeVisible();
  expect(((await callFromPage(page, workbench.token, 'app.status', {})).body as { value: { project: { info: ProjectInfo } } }).value.project.info.termStart).toBeNull();

  await page.getByTestId('project-info-term-start').fill('2019-10-02');
  await page.getByTestId('project-info-term-end').fill('2024-09-30');
  await page.getByTestId('project-info-language').selectOption('en');
  await page.getByTestId('project-info-save').click();
  await expect(modal).toBeHidden();
  await expect(page.getByTestId('toast-success')).toContainText('Projectgegevens opgeslagen');
  await expect(page.getByTestId('project-summary-term')).toHaveText('Regeerperiode 2 oktober 2019 – 30 september 2024');
  await expect(page.getByTestId('project-summary-government')).toHaveText('Vlaamse Regering Jambon (2019-2024)');
  await expect(page.getByTestId('project-name')).toContainText('Regeerakkoord Jambon');
  const info = ((await callFromPage(page, workbench.token, 'app.status', {})).body as { value: { project: { info: ProjectInfo } } }).value.project.info;
  expect(info).toMatchObject({ name: 'Regeerakkoord Jambon', government: 'Vlaamse Regering Jambon (2019-2024)', termStart: '2019-10-02', termEnd: '2024-09-30', language: 'en' });

  // From the command palette, and from the File menu: the dialog shows what was saved; Escape leaves it unchanged.
  const palette = new PalettePage(page);
  await palette.open();
  await palette.run('projectgegevens');
  await expect(page.getByTestId('project-info-term-start')).toHaveValue('2019-10-02');
  await expect(page.getByTestId('project-info-language')).toHaveValue('en');
  await page.keyboard.press('Escape');
  await expect(modal).toBeHidden();
  await wb.command('project-info');
  await expect(page.getByTestId('project-info-government')).toHaveValue('Vlaamse Regering Jambon (2019-2024)');
  await page.getByTestId('project-info-cancel').click();
  await expect(modal).toBeHidden();
});
