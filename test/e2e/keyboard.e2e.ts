// The whole job without the mouse (issue 10 §2): open a section, write, cite a decision
// from the library, go to a problem with F8, apply a quick fix, export — with Tab, Enter
// and the shortcuts only — and the Tabs pressed in the editor moved the focus instead of
// indenting the text.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import type { Section } from '../../src/shared/models';
import { expect, test } from './fixtures';
import { api } from './merge-projects';
import { WorkbenchPage } from './pages/workbench-page';

/** Presses `key` (Tab or Shift+Tab) until `testId` has the focus, at most `max` times. */
async function tabTo(page: Page, testId: string, key = 'Tab', max = 40): Promise<void> {
  for (let i = 0; i < max; i++) {
    if (await page.getByTestId(testId).evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press(key);
  }
  await expect(page.getByTestId(testId)).toBeFocused();
}

/** Back to the top with Shift+Tab, where the skip link is the first stop; Enter puts the focus in the editor. */
async function skipToEditor(page: Page, wb: WorkbenchPage): Promise<void> {
  await tabTo(page, 'skip-to-editor', 'Shift+Tab');
  await expect(page.getByTestId('skip-to-editor')).toBeInViewport();
  await page.keyboard.press('Enter');
  await wb.expectEditorFocused();
}

test('open, write, cite, fix and export with the keyboard alone; Tab never indents the text', async ({ page, workbench }) => {
  const wb = new WorkbenchPage(page);
  await wb.waitReady();

  // Open a section: Ctrl+P, type, Enter.
  await page.keyboard.press('ControlOrMeta+P');
  await expect(wb.filter).toBeFocused();
  await page.keyboard.type('Digitaal loket');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('section-heading')).toHaveText('Digitaal loket');
  const id = (await page.locator('[data-testid="tree-item"].selected').getAttribute('data-section-id'))!;
  const before = await api<Section>(page, workbench, 'sections.get', { id });

  // Write at the end of the body. Tab leaves the editor (tab-focus mode is the default).
  await skipToEditor(page, wb);
  await page.keyboard.press('ControlOrMeta+End');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  for (let i = 0; i < 4; i++) await page.keyboard.press('Tab');
  await expect.poll(() => page.evaluate(() => !!document.activeElement?.closest('[data-testid="editor"]'))).toBe(false);

  // Back in the editor: cite a decision from the library through the completion list.
  await skipToEditor(page, wb);
  await page.keyboard.press('ControlOrMeta+End');
  await page.keyboard.type('De Raad voor Digitale Ethiek werd opgericht [raad digitale ethiek');
  // Ctrl+Space asks for suggestions (again) after typing, as in any Monaco editor; the library
  // search behind them answers after a pause in typing, so ask until it has.
  const suggestion = page.locator('.suggest-widget .monaco-list-row').filter({ hasText: 'Digitale Ethiek' }).first();
  await expect(async () => {
    if (!(await suggestion.isVisible())) await page.keyboard.press('Control+Space');
    await expect(suggestion).toBeVisible({ timeout: 2_000 });
  }).toPass({ timeout: 20_000 });
  await expect(page.locator('.suggest-widget .monaco-list-row.focused')).toContainText('Digitale Ethiek');
  await page.keyboard.press('Enter');
  await page.keyboard.type('.');

  // A citation with no reference: F8 goes to it (the marker's message opens in the editor).
  await page.keyboard.type(' Zie ook [9].');
  await expect(wb.problem('citation-missing-reference', '[9]')).toHaveCount(1);
  await page.keyboard.press('ControlOrMeta+Home');
  await page.keyboard.press('F8');
  await expect(page.locator('.marker-widget')).toBeVisible();
  await expect(page.locator('.marker-widget')).toContainText('[9]');
  await page.keyboard.press('Escape');
  await page.keyboard.press('ControlOrMeta+End');
  for (let i = 0; i < ' Zie ook [9].'.length; i++) await page.keyboard.press('Backspace');
  await expect(wb.problem('citation-missing-reference')).toHaveCount(0);

  // A quick fix from the problems list: the reference nobody cites is removed.
  await expect(wb.problem('reference-uncited')).toHaveCount(1);
  await page.keyboard.press('Tab');
  await tabTo(page, 'fix-remove-reference');
  await page.keyboard.press('Enter');
  // It asks whether to renumber; the focus is on the first answer.
  await expect(page.getByTestId('choice-modal')).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('choice-modal')).toBeHidden();
  await expect(wb.problem('reference-uncited')).toHaveCount(0);
  await wb.waitSaved();

  const saved = await api<Section>(page, workbench, 'sections.get', { id });
  expect(saved.references.some((r) => r.title.includes('Digitale Ethiek'))).toBe(true);
  // One reference added from the library, the uncited one removed.
  expect(saved.references.length).toBe(before.references.length);
  expect(saved.references.some((r) => r.title.includes('Niemand digitaal achter'))).toBe(false);
  expect(saved.body).toMatch(/De Raad voor Digitale Ethiek werd opgericht \[\d+\]\.\n?$/);
  // Not one line of the body starts with the spaces or tab four Tabs would have typed.
  expect(saved.body.split('\n').filter((l) => /^(?: {4}|\t)/.test(l))).toEqual([]);

  // Export the section as Markdown with its shortcut: in the browser it arrives as a download.
  const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('ControlOrMeta+Shift+E')]);
  expect(download.suggestedFilename()).toBe('Digitaal loket.md');
  const file = join(workbench.tmpDir, 'Digitaal loket.md');
  await download.saveAs(file);
  const text = readFileSync(file, 'utf8');
  expect(text).toContain('De Raad voor Digitale Ethiek werd opgericht \\[');
  expect(text.split('\n').filter((l) => /^(?: {4}|\t)\S/.test(l) && !l.startsWith('        <'))).toEqual([]);
});
