// Page object for the workbench screen: the tree, the editor, the panels, the top bar.
// Tests speak in these terms; selectors live only here.
import { expect } from '@playwright/test';
import type { Locator, Page } from '@playwright/test';
import { join } from 'node:path';
import { COMMANDS } from '../../../src/shared/commands';
import { ModalPage } from './modal-page';

export class WorkbenchPage {
  readonly tree: Locator;
  readonly filter: Locator;
  readonly editor: Locator;
  readonly preview: Locator;
  readonly problems: Locator;
  readonly problemItems: Locator;
  readonly references: Locator;
  readonly referenceItems: Locator;
  readonly verdictSelect: Locator;
  readonly verdictNote: Locator;
  readonly statusSelect: Locator;
  readonly saveState: Locator;
  readonly modal: ModalPage;

  constructor(readonly page: Page) {
    this.tree = page.getByTestId('tree');
    this.filter = page.getByTestId('filter');
    this.editor = page.getByTestId('editor');
    this.preview = page.getByTestId('preview');
    this.problems = page.getByTestId('problems');
    this.problemItems = page.getByTestId('problem-item');
    this.references = page.getByTestId('references');
    this.referenceItems = page.getByTestId('reference-item');
    this.verdictSelect = page.getByTestId('verdict-select');
    this.verdictNote = page.getByTestId('verdict-note');
    this.statusSelect = page.getByTestId('status-select');
    this.saveState = page.getByTestId('save-state');
    this.modal = new ModalPage(page);
  }

  /** Waits until a section is open in the editor. */
  async waitReady(): Promise<void> {
    await expect(this.tree.getByTestId('tree-item').first()).toBeVisible({ timeout: 30_000 });
    await expect(this.editor.locator('.monaco-editor .view-lines')).toBeVisible({ timeout: 30_000 });
    await expect(this.page.getByTestId('section-heading')).toBeVisible();
  }

  /** How many sections the tree holds (rendered or not: it is virtualised). */
  async sectionCount(): Promise<number> {
    const text = await this.page.locator('.tree-footer span').first().innerText();
    return Number(/(\d+)\D*$/.exec(text.replace(/[.\u202f\u00a0]/g, ''))?.[1] ?? NaN);
  }

  treeItem(name: string): Locator {
    return this.tree.getByTestId('tree-item').filter({ has: this.page.locator('.tree-label', { hasText: new RegExp(`^${escapeRegExp(name)}$`) }) });
  }

  async openSection(name: string): Promise<void> {
    await this.filter.fill(name);
    await this.treeItem(name).first().click();
    await expect(this.page.getByTestId('section-heading')).toHaveText(name);
    await this.filter.fill('');
  }

  /** Focuses the editor with the cursor at the end of the body. */
  async focusEditorEnd(): Promise<void> {
    await this.focusEditor();
    await this.page.keyboard.press('ControlOrMeta+End');
  }

  async focusEditor(): Promise<void> {
    // Inside the text area near the top (the line numbers take the first ~50 px).
    await this.editor.click({ position: { x: 90, y: 12 } });
  }

  /** Waits until the focus is in the editor (Monaco's input element varies by browser). */
  async expectEditorFocused(): Promise<void> {
    await expect.poll(() => this.page.evaluate(() => !!document.activeElement?.closest('[data-testid="editor"]'))).toBe(true);
  }

  async typeInEditor(text: string): Promise<void> {
    await this.page.keyboard.type(text);
  }

  squiggles(kind: 'error' | 'warning' | 'info'): Locator {
    return this.editor.locator(`.squiggly-${kind}`);
  }

  problem(code: string, text?: string | RegExp): Locator {
    const items = this.page.locator(`[data-testid="problem-item"][data-code="${code}"]`);
    return text ? items.filter({ hasText: text }) : items;
  }

  async showProblems(): Promise<void> {
    await this.page.getByTestId('tab-problems').click();
  }

  async showReferences(): Promise<void> {
    await this.page.getByTestId('tab-references').click();
    await expect(this.references).toBeVisible();
  }

  reference(number: number): Locator {
    return this.page.locator(`[data-testid="reference-item"][data-number="${number}"]`);
  }

  async waitSaved(): Promise<void> {
    await expect(this.saveState).toHaveAttribute('data-state', 'saved', { timeout: 15_000 });
  }

  async setVerdict(value: string, note?: string): Promise<void> {
    await this.verdictSelect.selectOption(value);
    if (note !== undefined) await this.verdictNote.fill(note);
  }

  /** A command's item in the top bar's menus (File, Export, View) by its test id suffix, e.g. `export-section-md`. */
  button(id: string): Locator {
    return this.page.getByTestId(`btn-${id}`);
  }

  /** Runs a command from its top-bar menu, as a person would: open the menu, choose the item. */
  async command(id: string): Promise<void> {
    const item = this.button(id);
    if (!(await item.isVisible())) {
      const commandId = (({ open: 'open-project', new: 'new-project' }) as Record<string, string>)[id] ?? id;
      const menu = (COMMANDS as Record<string, { menu?: { menu: string } }>)[commandId]?.menu?.menu;
      if (!menu) throw new Error(`No top-bar menu holds the command ${id}`);
      await this.page.getByTestId(`menu-${menu}`).click();
    }
    await item.click();
  }

  /** Picks report files, or one folder of reports, in the browser's own picker (the host takes uploads, never typed paths). */
  async importReports(paths: string[]): Promise<{ created: number; updated: number; unchanged: number; failed: number }> {
    await this.startImportReports(paths);
    return this.modal.readImportSummary();
  }

  /** Picks the files to import; what follows (a preview, the summary) is up to the test. */
  async startImportReports(paths: string[]): Promise<void> {
    await this.command('import-reports');
    await this.modal.upload(paths);
  }

  /** Imports a decisions file; gives the summary's counts (read from its data attributes, in any language). */
  async importDecisions(path: string): Promise<{ inserted: number; updated: number; skipped: number }> {
    await this.command('import-decisions');
    await this.modal.upload([path]);
    const summary = this.page.getByTestId('import-summary');
    await expect(summary).toBeVisible({ timeout: 30_000 });
    const num = async (name: string) => Number((await summary.getAttribute(`data-${name}`)) ?? NaN);
    const counts = { inserted: await num('inserted'), updated: await num('updated'), skipped: await num('skipped') };
    await this.modal.choose('ok');
    return counts;
  }

  /** Exports with the command (Export menu), which in a browser arrives as a download; saved into `folder`. */
  async exportDownload(id: 'section-md' | 'section-html', folder: string): Promise<string> {
    const [download] = await Promise.all([this.page.waitForEvent('download'), this.command(`export-${id}`)]);
    const file = join(folder, download.suggestedFilename());
    await download.saveAs(file);
    return file;
  }
}

export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
