// Issue 8 §4: citing a library decision is one step — the reference with its exact link
// AND `[N]` at the cursor of the section being written, one undo step, no warning left.
import { expect } from '@playwright/test';
import type { Page } from '@playwright/test';
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEFAULT_LANGUAGE, translator } from '../../src/core/i18n';
import type { Section } from '../../src/shared/models';
import { callFromPage, test } from './fixtures';
import { LibraryPage } from './pages/library-page';
import { ReferenceForm } from './pages/reference-form';
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

test('an entry with no title and no link: the quick fix offers the library’s decisions of its date and fills title and exact link', async ({ page, workbench }) => {
  const wb = new WorkbenchPage(page);
  await wb.waitReady();
  await wb.waitSaved();
  const { id } = await openSection(page);
  const before = await storedSection(page, workbench.token, id);
  const n = Math.max(-1, ...before.references.map((r) => r.number)) + 1;
  // The commonest defect of the published reports: only a number and a date.
  const saved = await callFromPage(page, workbench.token, 'sections.save', {
    id,
    patch: { body: `${before.body}\n\nDe raad werd samengesteld [${n}].`, references: [...before.references, { number: n, date: '2022-07-08', title: '' }] },
    baseRevision: before.revision,
  });
  expect(saved.status).toBe(200);
  await wb.showProblems();
  const problem = wb.problem('reference-empty-title');
  await expect(problem).toHaveCount(1);
  await problem.getByTestId('fix-choose-from-library').click();

  const form = new ReferenceForm(page);
  await expect(form.root.getByTestId('ref-form-library-date')).toContainText(translator(DEFAULT_LANGUAGE).date('2022-07-08'));
  const hits = form.root.getByTestId('ref-form-library-hit');
  await expect(hits.first()).toBeVisible();
  for (const date of await hits.locator('.hit-date').allInnerTexts()) expect(date).toBe(translator(DEFAULT_LANGUAGE).date('2022-07-08', 'medium'));
  await hits.filter({ hasText: 'Raad voor Digitale Ethiek' }).click();
  await expect(form.field('title')).toHaveValue('Benoeming van de leden van de Raad voor Digitale Ethiek');
  await form.save();

  await expect.poll(async () => (await storedSection(page, workbench.token, id)).references.find((r) => r.number === n)?.title, { timeout: 15_000 }).toBe(
    'Benoeming van de leden van de Raad voor Digitale Ethiek',
  );
  const fixed = (await storedSection(page, workbench.token, id)).references.find((r) => r.number === n)!;
  expect(fixed).toMatchObject({ date: '2022-07-08', meetingStart: '2022-07-08T08:00:00Z' });
  expect(fixed.url).toBe(
    'https://beslissingenvlaamseregering.vlaanderen.be/?search=Benoeming%20van%20de%20leden%20van%20de%20Raad%20voor%20Digitale%20Ethiek&dateOption=select&startDate=2022-07-08T08%3A00%3A00Z&endDate=2022-07-08T08%3A00%3A00Z',
  );
  await wb.showProblems();
  await expect(wb.problem('reference-empty-title')).toHaveCount(0);
  await expect(wb.problem('reference-link-mismatch')).toHaveCount(0);
});

test('editing a titled reference offers the same library search', async ({ page }) => {
  const wb = new WorkbenchPage(page);
  await wb.waitReady();
  await wb.showReferences();
  await wb.reference(0).getByTestId('reference-edit').click();
  const form = new ReferenceForm(page);
  await form.root.getByTestId('ref-form-library-open').click();
  await form.root.getByTestId('ref-form-library-search').fill('raad digitale ethiek');
  await form.root.getByTestId('ref-form-library-hit').filter({ hasText: 'Raad voor Digitale Ethiek' }).click();
  await expect(form.field('title')).toHaveValue('Benoeming van de leden van de Raad voor Digitale Ethiek');
  await expect(form.field('link')).toHaveValue(/search=Benoeming%20van%20de%20leden/);
  await expect(form.field('number')).toHaveValue('0');
  await form.root.getByTestId('ref-form-cancel').click();
});

const DECISIONS = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '../shared/fixtures/decisions/decisions-sample.jsonl');

test('an untitled library decision is listed by the first words of its text and can be cited too', async ({ page, workbench }) => {
  test.skip(!existsSync(DECISIONS), `shared decision fixtures missing at ${DECISIONS}`);
  const wb = new WorkbenchPage(page);
  await wb.waitReady();
  await wb.waitSaved();
  expect((await wb.importDecisions(DECISIONS)).inserted).toBeGreaterThan(0);
  const { id } = await openSection(page);
  const before = await storedSection(page, workbench.token, id);
  const next = Math.max(-1, ...before.references.map((r) => r.number)) + 1;
  await wb.focusEditorEnd();
  await wb.typeInEditor('\n\nDe regering keurde goed');
  await wb.waitSaved();

  const library = new LibraryPage(page);
  await library.open();
  await library.search('niet-duale structuuronderdelen opleidingsvorm 4');
  const untitled = library.hits.filter({ has: page.locator('.untitled-tag') }).filter({ hasText: 'Programmatie van niet-duale structuuronderdelen' });
  await expect(untitled.first()).toBeVisible();
  await untitled.first().click();
  await library.detail.getByTestId('library-insert').click();
  await expect(page.getByTestId('toast-success')).toContainText(`[${next}]`);

  await page.getByTestId('view-workbench').click();
  await expect.poll(async () => (await storedSection(page, workbench.token, id)).body, { timeout: 15_000 }).toBe(`${before.body}\n\nDe regering keurde goed [${next}]`);
  const added = (await storedSection(page, workbench.token, id)).references.find((r) => r.number === next);
  expect(added?.title).toBe('');
  await wb.showProblems();
  await expect(wb.problem('reference-uncited')).toHaveCount(0);
});
