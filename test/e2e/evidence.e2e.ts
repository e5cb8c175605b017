// Issue 4 editor features in a browser against the real host: completion from the
// references and the decision library, hover on a citation, a quick fix from the
// problems panel, and a preview that never runs what a body smuggles in.
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { translator } from '../../src/core/i18n';
import { DEFAULT_LANGUAGE } from '../../src/shared/languages';
import { callFromPage, expect, test } from './fixtures';
import { WorkbenchPage } from './pages/workbench-page';

// The repo's sibling shared/ folder, found from this file (ESM: no __dirname).
const here = dirname(fileURLToPath(import.meta.url));
const SHARED = resolve(here, '../../../shared/fixtures');
const REPORTS = join(SHARED, 'reports');
const DECISIONS = join(SHARED, 'decisions', 'decisions-sample.jsonl');
const hasFixtures = existsSync(REPORTS) && existsSync(DECISIONS);
if (!hasFixtures) console.warn(`Shared fixtures not found under ${SHARED}; the evidence e2e tests that need them are skipped.`);

test.describe('with the shared fixtures', () => {
  test.skip(!hasFixtures, `shared fixtures missing under ${SHARED}`);

  test.beforeEach(async ({ page }) => {
    const wb = new WorkbenchPage(page);
    await wb.waitReady();
    await wb.importReports([REPORTS]);
    const counts = await wb.importDecisions(DECISIONS);
    expect(counts.inserted + counts.updated).toBeGreaterThan(0);
    await wb.openSection('ICT en Informatie');
  });

  test('completion offers references and library decisions; choosing one adds a reference', async ({ page }) => {
    const wb = new WorkbenchPage(page);
    await wb.showReferences();
    await expect(wb.referenceItems).toHaveCount(35);
    await wb.focusEditorEnd();
    await wb.typeInEditor('\n\nZie ook [Stuurorgaan');
    const widget = page.locator('.suggest-widget');
    await expect(widget).toBeVisible();
    const rows = widget.locator('.monaco-list-row');
    // A reference of this section whose title matches, and a decision from the library.
    await expect(rows.filter({ hasText: `[0] ${translator(DEFAULT_LANGUAGE).date('2020-11-27', 'medium')}` })).toHaveCount(1);
    const libraryRow = rows.filter({ hasText: 'Samenstelling en werking Stuurorgaan' });
    await expect(libraryRow).toHaveCount(1);
    await expect(libraryRow).toContainText('bibliotheek → toevoegen als [35]');
    await libraryRow.click();
    await expect(widget).toBeHidden();
    await expect(wb.referenceItems).toHaveCount(36);
    const added = wb.reference(35);
    await expect(added).toContainText('Samenstelling en werking Stuurorgaan');
    await expect(added.locator('.ref-link')).toContainText('beslissingenvlaamseregering.vlaanderen.be');
    await expect(wb.editor.locator('.view-lines')).toContainText('Zie ook [35]');
    await expect(wb.problem('citation-missing-reference')).toHaveCount(0);
    await wb.waitSaved();
  });

  test('hover on a citation shows the reference', async ({ page }) => {
    const wb = new WorkbenchPage(page);
    await wb.focusEditorEnd();
    await wb.typeInEditor('\n\nZie [1] hier');
    for (let i = 0; i < ' hier'.length + 1; i++) await page.keyboard.press('ArrowLeft');
    // Show hover at the cursor (Monaco's keyboard chord), as a keyboard user does.
    const hover = page.locator('.monaco-hover:not(.hidden)').filter({ hasText: 'Programma Vlaanderen Radicaal Digitaal 2: uitvoeringsjaar 2022' });
    await expect(async () => {
      await page.keyboard.press('ControlOrMeta+K');
      await page.keyboard.press('ControlOrMeta+I');
      await expect(hover).toBeVisible({ timeout: 2_000 });
    }).toPass({ timeout: 15_000 });
    await expect(hover).toContainText(`[1] ${translator(DEFAULT_LANGUAGE).date('2021-12-17', 'medium')}`);
    // The library's summary of the cited decision comes with it.
    await expect(hover).toContainText(translator(DEFAULT_LANGUAGE).t('workbench.hover.library'));
  });

  test('renumber by first use from the problems panel', async ({ page }) => {
    const wb = new WorkbenchPage(page);
    await wb.showReferences();
    const title5 = (await wb.reference(5).locator('.ref-title-text').innerText()).trim();
    // Cite [5] before everything else: the numbering no longer follows first use.
    await wb.focusEditor();
    await page.keyboard.press('ControlOrMeta+Home');
    await wb.typeInEditor('Vooraf [5]. ');
    await wb.showProblems();
    const fix = wb.problemItems.getByTestId('fix-renumber-by-first-use').first();
    await expect(fix).toBeVisible();
    await fix.click();
    await expect(wb.problemItems.getByTestId('fix-renumber-by-first-use')).toHaveCount(0);
    await expect(wb.editor.locator('.view-line').first()).toContainText('Vooraf [0].');
    await wb.showReferences();
    await expect(wb.reference(0).locator('.ref-title-text')).toHaveText(title5);
    await wb.waitSaved();
    // One undo takes the whole fix back, the reference list included.
    await wb.focusEditor();
    await page.keyboard.press('ControlOrMeta+Z');
    await expect(wb.editor.locator('.view-line').first()).toContainText('Vooraf [5].');
    await expect(wb.reference(5).locator('.ref-title-text')).toHaveText(title5);
  });
});

test('the preview shows script, event handlers and javascript: links as text and runs none', async ({ page, workbench }) => {
  const wb = new WorkbenchPage(page);
  await wb.waitReady();
  const body = [
    'Eerst <script>window.__xss=1</script> tekst.',
    '',
    '<img src=x onerror="window.__xss=1">',
    '',
    'Een [x](javascript:window.__xss=1) link en [y](https://example.org/) een goede.',
  ].join('\n');
  const created = await callFromPage(page, workbench.token, 'sections.create', { path: ['Test'], name: 'XSS proef' });
  const made = created.body as { ok: boolean; value: { id: string } };
  expect(made.ok).toBe(true);
  const saved = await callFromPage(page, workbench.token, 'sections.save', { id: made.value.id, patch: { body } });
  expect((saved.body as { ok: boolean }).ok).toBe(true);
  await wb.openSection('XSS proef');
  const preview = wb.preview.locator('.preview-body');
  await expect(preview).toContainText('<script>window.__xss=1</script>');
  await expect(preview).toContainText('<img src=x onerror="window.__xss=1">');
  await expect(preview.locator('script, img, iframe, object, embed, [onerror]')).toHaveCount(0);
  await expect(preview.locator('a[href^="javascript"]')).toHaveCount(0);
  await preview.getByText('javascript:window.__xss=1', { exact: false }).click();
  await page.waitForTimeout(300);
  expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
  await expect(preview.locator('a[href="https://example.org/"]')).toHaveCount(1);
});
