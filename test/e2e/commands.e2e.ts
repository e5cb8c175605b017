// Commands end to end: the palette is keyboard-first, shows each command's binding, runs
// commands; the shortcuts work in the editor; modal dialogs are native and hand the focus back.
import { translator } from '../../src/core/i18n';
import { DEFAULT_LANGUAGE } from '../../src/shared/languages';
import { commandTitleKey } from '../../src/shared/commands';
import type { CommandId } from '../../src/shared/commands';
import { expect, test } from './fixtures';
import { PalettePage } from './pages/palette-page';
import { WorkbenchPage } from './pages/workbench-page';

// A first start (no settings yet) speaks the default language.
const title = (id: CommandId) => translator(DEFAULT_LANGUAGE).t(commandTitleKey(id));

test('the palette lists commands with their keys, filters as you type and runs one with Enter', async ({ page, problems }) => {
  const wb = new WorkbenchPage(page);
  await wb.waitReady();
  await wb.focusEditorEnd();
  const palette = new PalettePage(page);
  await palette.open();
  await expect(palette.dialog).toHaveJSProperty('open', true);
  const exportMd = palette.items.filter({ hasText: title('export-section-md') });
  await expect(exportMd.locator('kbd')).toHaveText(/^(Ctrl\+Shift\+E|⇧⌘E)$/);

  await palette.input.fill(title('show-library'));
  await expect(palette.items).toHaveCount(1);
  await expect(palette.active()).toHaveAttribute('data-command', 'show-library');
  await page.keyboard.press('Enter');
  await expect(palette.dialog).toBeHidden();
  await expect(page.getByTestId('view-library')).toHaveAttribute('aria-current', 'page');

  // F1 opens it too; arrows move, Escape closes and gives the focus back.
  await page.getByTestId('view-workbench').click();
  await wb.focusEditorEnd();
  await palette.open('F1');
  const first = await palette.active().getAttribute('data-command');
  await page.keyboard.press('ArrowDown');
  await expect(palette.active()).not.toHaveAttribute('data-command', first ?? '');
  await page.keyboard.press('Escape');
  await expect(palette.dialog).toBeHidden();
  await wb.expectEditorFocused();
  expect(problems.errors).toEqual([]);
});

test('Go to section from the palette puts the focus in the section filter', async ({ page }) => {
  const wb = new WorkbenchPage(page);
  await wb.waitReady();
  const palette = new PalettePage(page);
  await palette.open();
  await palette.run(title('focus-filter'));
  await expect(wb.filter).toBeFocused();
});

test('shortcuts run while the editor has the focus, and not while a dialog is open', async ({ page }) => {
  const wb = new WorkbenchPage(page);
  await wb.waitReady();
  await wb.focusEditorEnd();
  await page.keyboard.press('ControlOrMeta+2');
  await expect(page.getByTestId('view-library')).toHaveAttribute('aria-current', 'page');
  await page.keyboard.press('ControlOrMeta+1');
  await expect(page.getByTestId('view-workbench')).toHaveAttribute('aria-current', 'page');

  // New project (Ctrl+Alt+N in a browser tab) asks in a native modal dialog; Ctrl+2 inside it does nothing.
  await wb.focusEditorEnd();
  await page.keyboard.press('ControlOrMeta+Alt+N');
  const dialog = page.getByTestId('new-project-modal');
  await expect(dialog).toHaveJSProperty('open', true);
  const first = dialog.locator('input').first();
  await expect(first).toBeFocused();
  await page.keyboard.press('ControlOrMeta+2');
  await expect(page.getByTestId('view-workbench')).toHaveAttribute('aria-current', 'page');
  // The page behind is inert: Tab goes round the dialog (and the browser's own controls), never behind it.
  let backToStart = false;
  // (Date fields take a Tab per part.)
  for (let i = 0; i < 20 && !backToStart; i++) {
    await page.keyboard.press('Tab');
    expect(await dialog.evaluate((d) => d.contains(document.activeElement) || document.activeElement === document.body)).toBe(true);
    backToStart ||= await first.evaluate((el) => el === document.activeElement);
  }
  expect(backToStart).toBe(true);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await wb.expectEditorFocused();
});

test('a menu that opened a dialog gets the focus back when it closes', async ({ page }) => {
  const wb = new WorkbenchPage(page);
  await wb.waitReady();
  const opener = page.getByTestId('menu-file');
  await wb.command('import-reports');
  await expect(page.getByTestId('upload-modal')).toBeVisible();
  await page.getByTestId('upload-cancel').click();
  await expect(page.getByTestId('upload-modal')).toBeHidden();
  await expect(opener).toBeFocused();
});
