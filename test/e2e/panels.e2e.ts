// Issue 10 §3 by keyboard: the tree, the bottom panel and the preview collapse and expand
// with View-menu commands (Ctrl+B, Ctrl+J, Ctrl+Alt+B), the choice is remembered with the
// layout, and F6 / Shift+F6 move the focus between the window's regions as in VS Code.
import type { Page } from '@playwright/test';
import { expectAccessible } from './axe';
import { expect, test } from './fixtures';
import { WorkbenchPage } from './pages/workbench-page';

test.use({ viewport: { width: 1366, height: 768 } });

const width = (page: Page, testId: string) => page.getByTestId(testId).evaluate((el) => el.getBoundingClientRect().width);
const height = (page: Page, testId: string) => page.getByTestId(testId).evaluate((el) => el.getBoundingClientRect().height);
/** Which region holds the focus now. */
const region = (page: Page) => page.evaluate(() => document.activeElement?.closest('[data-focus-region]')?.getAttribute('data-focus-region') ?? null);

test('panels collapse and expand by keyboard and View menu, and stay so after a reload', async ({ page, workbench }) => {
  void workbench;
  const wb = new WorkbenchPage(page);
  await wb.waitReady();
  const treeWidth = await width(page, 'pane-tree');
  expect(treeWidth).toBeGreaterThan(100);

  await wb.focusEditor();
  await page.keyboard.press('ControlOrMeta+B');
  await expect.poll(() => width(page, 'pane-tree')).toBeLessThan(1);
  await page.keyboard.press('ControlOrMeta+J');
  await expect.poll(() => height(page, 'pane-bottom')).toBeLessThan(40);
  await page.keyboard.press('ControlOrMeta+Alt+B');
  await expect.poll(() => width(page, 'pane-preview')).toBeLessThan(1);
  // The keys went to the app, not into the text.
  await wb.expectEditorFocused();
  await expectAccessible(page, 'workbench with every panel collapsed [nl]');

  // Remembered with the layout: a reload keeps them collapsed.
  await page.reload();
  await wb.waitReady();
  await expect.poll(() => width(page, 'pane-tree')).toBeLessThan(1);
  await expect.poll(() => width(page, 'pane-preview')).toBeLessThan(1);
  await expect.poll(() => height(page, 'pane-bottom')).toBeLessThan(40);

  // The View menu has the same commands; choosing one expands the tree to its size before.
  await page.getByTestId('menu-view').click();
  await page.getByTestId('btn-toggle-tree').click();
  await expect.poll(() => width(page, 'pane-tree')).toBeGreaterThan(treeWidth - 2);
  await expect.poll(() => width(page, 'pane-tree')).toBeLessThan(treeWidth + 2);
  await page.keyboard.press('ControlOrMeta+Alt+B');
  await expect.poll(() => width(page, 'pane-preview')).toBeGreaterThan(100);
  await page.keyboard.press('ControlOrMeta+J');
  await expect.poll(() => height(page, 'pane-bottom')).toBeGreaterThan(60);

  // Go to section opens a collapsed tree and puts the focus in its filter.
  await page.keyboard.press('ControlOrMeta+B');
  await expect.poll(() => width(page, 'pane-tree')).toBeLessThan(1);
  await page.keyboard.press('ControlOrMeta+P');
  await expect(wb.filter).toBeFocused();
  await expect.poll(() => width(page, 'pane-tree')).toBeGreaterThan(100);

  // Collapsing the panel that holds the focus hands the focus to the editor.
  await page.getByTestId('tab-problems').focus();
  await page.keyboard.press('ControlOrMeta+J');
  await wb.expectEditorFocused();
});

test('F6 and Shift+F6 move the focus between top bar, tree, editor, bottom panel and preview', async ({ page, workbench }) => {
  void workbench;
  const wb = new WorkbenchPage(page);
  await wb.waitReady();
  await wb.focusEditor();
  await wb.expectEditorFocused();

  const forward: string[] = [];
  for (let i = 0; i < 5; i++) {
    await page.keyboard.press('F6');
    forward.push((await region(page)) ?? 'none');
  }
  expect(forward).toEqual(['panel', 'preview', 'topbar', 'tree', 'editor']);
  await wb.expectEditorFocused();

  await page.keyboard.press('Shift+F6');
  expect(await region(page)).toBe('tree');
  await page.keyboard.press('Shift+F6');
  expect(await region(page)).toBe('topbar');

  // A collapsed panel is skipped; the history drawer, when open, is a region too.
  await page.keyboard.press('ControlOrMeta+Alt+B');
  await page.keyboard.press('ControlOrMeta+Shift+Y');
  await expect(page.locator('aside.drawer')).toBeVisible();
  await wb.focusEditor();
  const withDrawer: string[] = [];
  for (let i = 0; i < 3; i++) {
    await page.keyboard.press('F6');
    withDrawer.push((await region(page)) ?? 'none');
  }
  expect(withDrawer).toEqual(['panel', 'drawer', 'topbar']);
  await expectAccessible(page, 'workbench, focus moved by F6 [nl]');
});
