// Issue 8 §4: citing a library decision is one step — the reference with its exact link
// AND `[N]` at the cursor of the section being written, one undo step, no warning left.
import { expect } from '@playwright/test';
import type { Page } from '@playwright/test';
import type { Section } from '../../src/shared/models';
import { callFromPage, test } from './fixtures';
import { LibraryPage } from './pages/library-page';
import { WorkbenchPage } from './pages/workbench-page';

/** A section as stored (after the autosave). */
async function storedSection(page: Page, token: string, id: string): Promise<Section> {
  return ((await callFromPage(page, token, 'sections.get', { id })).body as { value: Section }).value;
}

/** Id and name of the section open in the workbench. */
async function openSection(page: Page): Promise<{ id: string; name: string }> {
  const item = page.locator('[data-testid="tree-item"][aria-selected="true"]');
  return { id: (await item.getAttribute('data-section-id')) ?? '', name: await item.locator('.tree-label').innerText() };
}

test('library: "Insert as reference" adds the reference and cites it at the cursor, in one undo step', async ({ page, workbench }) => {
  const wb = new WorkbenchPage(page);
  await wb.waitReady();
  await wb.waitSaved();
  const { id, name } = await openSection(page);
  const before = await storedSection(page, workbench.token, id);

  // The cursor at the end of a new line of text.
  await wb.focusEditorEnd();
  await wb.typeInEditor('\n\nDe raad adviseert');
  await wb.waitSaved();

  const library = new LibraryPage(page);
  await library.open();
  await expect(page.getByTestId('library-target')).toContainText(name);
  await library.search('raad digitale ethiek');
  await library.hits.first().click();
  await expect(library.detail.getByTestId('library-detail-target')).toContainText(name);
  await library.detail.getByTestId('library-insert').click();
  const next = Math.max(-1, ...before.references.map((r) => r.number)) + 1;
  await expect(page.getByTestId('toast-success')).toContainText(`[${next}]`);

  await page.getByTestId('view-workbench').click();
  await expect.poll(async () => (await storedSection(page, workbench.token, id)).body, { timeout: 15_000 }).toBe(`${before.body}\n\nDe raad adviseert [${next}]`);
  let stored = await storedSection(page, workbench.token, id);
  const added = stored.references.find((r) => r.number === next);
  expect(added?.title).toMatch(/Raad voor Digitale Ethiek/);
  expect(added?.url).toContain(`search=${encodeURIComponent(added!.title).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)}&`);
  await wb.showProblems();
  await expect(wb.problem('reference-uncited')).toHaveCount(0);
  await expect(wb.problem('reference-link-mismatch')).toHaveCount(0);

  // Inserting the same decision again reuses its number.
  await library.open();
  await library.search('raad digitale ethiek');
  await library.hits.first().click();
  await library.detail.getByTestId('library-insert').click();
  await expect(page.getByTestId('toast-success').last()).toContainText(`[${next}]`);
  await page.getByTestId('view-workbench').click();
  await expect.poll(async () => (await storedSection(page, workbench.token, id)).body, { timeout: 15_000 }).toBe(`${before.body}\n\nDe raad adviseert [${next}][${next}]`);
  stored = await storedSection(page, workbench.token, id);
  expect(stored.references).toHaveLength(before.references.length + 1);

  // One undo takes the second citation away; the next one the first with its reference.
  await wb.focusEditor();
  await page.keyboard.press('ControlOrMeta+z');
  await page.keyboard.press('ControlOrMeta+z');
  await expect.poll(async () => (await storedSection(page, workbench.token, id)).body, { timeout: 15_000 }).toBe(`${before.body}\n\nDe raad adviseert`);
  stored = await storedSection(page, workbench.token, id);
  expect(stored.references).toEqual(before.references);
});

test('completion: choosing a library decision after "[" adds the reference and its citation, one undo step', async ({ page, workbench }) => {
  const wb = new WorkbenchPage(page);
  await wb.waitReady();
  await wb.waitSaved();
  const { id } = await openSection(page);
  const before = await storedSection(page, workbench.token, id);
  const next = Math.max(-1, ...before.references.map((r) => r.number)) + 1;

  await wb.focusEditorEnd();
  await wb.typeInEditor('\n\nZie [raad digitale');
  const item = page.locator('.suggest-widget .monaco-list-row').filter({ hasText: 'Raad voor Digitale Ethiek' });
  await expect(item).toHaveCount(1, { timeout: 15_000 });
  // No reference of the section matches; the best library match comes first.
  await expect(page.locator('.suggest-widget .monaco-list-row').first()).toContainText('Raad voor Digitale Ethiek');
  await page.keyboard.press('Enter');
  // Typing goes on after the citation.
  await wb.typeInEditor('.');
  await expect.poll(async () => (await storedSection(page, workbench.token, id)).body, { timeout: 15_000 }).toBe(`${before.body}\n\nZie [${next}].`);
  let stored = await storedSection(page, workbench.token, id);
  expect(stored.references.find((r) => r.number === next)?.title).toMatch(/Raad voor Digitale Ethiek/);
  await wb.showProblems();
  await expect(wb.problem('reference-uncited')).toHaveCount(0);
  await wb.focusEditor();

  // Undo: the dot, then citation and reference together, leaving what was typed.
  await page.keyboard.press('ControlOrMeta+z');
  await page.keyboard.press('ControlOrMeta+z');
  await expect.poll(async () => (await storedSection(page, workbench.token, id)).body, { timeout: 15_000 }).toBe(`${before.body}\n\nZie [raad digitale`);
  stored = await storedSection(page, workbench.token, id);
  expect(stored.references).toEqual(before.references);
  await page.keyboard.press('Escape');
});
