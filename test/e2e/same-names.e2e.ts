// Issue 8 §5: sections of the same name (twenty "Uitdagingen en visie") are told apart by
// their path in the filtered tree (the Go to section list), the header and the window's
// title; a reload reopens the section the person was in.
import type { SectionSummary } from '../../src/shared/models';
import { expectAccessible } from './axe';
import { callFromPage, expect, test } from './fixtures';
import { WorkbenchPage } from './pages/workbench-page';

const NAME = 'Uitdagingen en visie';

test('same-named sections show their path; a reload reopens the section that was open', async ({ page, workbench }) => {
  const wb = new WorkbenchPage(page);
  await wb.waitReady();
  const create = async (path: string[]) =>
    ((await callFromPage(page, workbench.token, 'sections.create', { path, name: NAME })).body as { value: SectionSummary }).value.id;
  const first = await create(['Onderwijs', 'Doelstellingen']);
  const second = await create(['Welzijn']);
  const projectName = await page.getByTestId('project-name').locator('.project-title').innerText();

  // Go to section: the filter lists both, each with its folders.
  await page.keyboard.press('ControlOrMeta+P');
  await expect(wb.filter).toBeFocused();
  await wb.filter.fill(NAME.toLowerCase());
  const rows = wb.treeItem(NAME);
  await expect(rows).toHaveCount(2);
  await expect(rows.getByTestId('tree-item-path')).toHaveText(['Onderwijs/Doelstellingen', 'Welzijn']);
  await expectAccessible(page, 'workbench (filtered tree, same names)');

  // Opened: the header and the window's title give the whole path.
  await rows.filter({ hasText: 'Welzijn' }).click();
  await expect(page.locator('.section-title .breadcrumbs')).toHaveText('Welzijn');
  await expect(page).toHaveTitle(`Welzijn/${NAME} — ${projectName} — Policy Workbench`);
  await expect(page.locator('[data-testid="tree-item"][aria-selected="true"]')).toHaveAttribute('data-section-id', second);
  // Without a filter the rows stand in their folders and need no path.
  await wb.filter.fill('');
  await expect(wb.tree.getByTestId('tree-item-path')).toHaveCount(0);

  // A reload lands in the same section (not the first of the tree).
  await wb.waitSaved();
  await page.reload();
  await wb.waitReady();
  await expect(page.locator('[data-testid="tree-item"][aria-selected="true"]')).toHaveAttribute('data-section-id', second);
  await expect(page).toHaveTitle(`Welzijn/${NAME} — ${projectName} — Policy Workbench`);

  // The other one, then a reload again; a section that has gone since falls back to the first.
  await wb.filter.fill('doelstellingen');
  await wb.treeItem(NAME).click();
  await expect(page.locator('.section-title .breadcrumbs')).toHaveText('Onderwijs/Doelstellingen');
  await page.reload();
  await wb.waitReady();
  await expect(page.locator('[data-testid="tree-item"][aria-selected="true"]')).toHaveAttribute('data-section-id', first);
  const removed = await callFromPage(page, workbench.token, 'sections.delete', { id: first });
  expect(removed.status).toBe(200);
  await page.reload();
  await wb.waitReady();
  await expect(page.locator('[data-testid="tree-item"][aria-selected="true"]')).not.toHaveAttribute('data-section-id', first);
});
