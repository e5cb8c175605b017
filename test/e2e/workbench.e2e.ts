// The workbench end to end, in a browser against the real host: import the shared
// fixture tree, edit a report (citation problem found and fixed, reference edited and
// restored, verdict set), export it byte for byte, and find every edit after a reload.
import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { callFromPage, expect, test } from './fixtures';
import { ReferenceForm } from './pages/reference-form';
import { WorkbenchPage } from './pages/workbench-page';

// These specs read English interface texts.
test.use({ language: 'en' });

// The repo's sibling shared/ folder, found from this file (ESM: no __dirname).
const here = dirname(fileURLToPath(import.meta.url));
const FIXTURES = resolve(here, '../../../shared/fixtures/reports');
const ICT_FILE = join(FIXTURES, 'Bestuurzaken', 'Concrete voorstellen', 'ICT en Informatie.md');
const hasFixtures = existsSync(ICT_FILE);
if (!hasFixtures) console.warn(`Shared report fixtures not found at ${FIXTURES}; the workbench import/export e2e test is skipped.`);

async function metrics(page: Page) {
  return page.evaluate(() => window.__pwbMetrics ?? null);
}

test('opens the demo project at once, without errors or CSP violations', async ({ page, problems }) => {
  const wb = new WorkbenchPage(page);
  await wb.waitReady();
  await expect(page.getByTestId('badge-demo')).toBeVisible();
  await expect(wb.preview.locator('.preview-body')).not.toBeEmpty();
  const m = await metrics(page);
  expect(m?.firstLoadMs).toBeGreaterThan(0);
  console.log(`metric first-load-ms=${m?.firstLoadMs}`);
  // Typing and the preview run too, so the editor's worker and the renderer's code are covered.
  await wb.focusEditorEnd();
  await wb.typeInEditor(' [0]');
  await expect(wb.preview.locator('.preview-body')).toContainText('[0]');
  expect(problems.errors).toEqual([]);
  expect(problems.cspViolations).toEqual([]);
});

test.describe('with the shared report fixtures', () => {
  test.skip(!hasFixtures, `shared report fixtures missing at ${FIXTURES}`);

  test('import, edit, check, export byte for byte, reload', async ({ page, workbench }) => {
    test.setTimeout(120_000);
    const wb = new WorkbenchPage(page);
    await wb.waitReady();
    const firstLoad = (await metrics(page))?.firstLoadMs;
    console.log(`metric first-load-ms=${firstLoad}`);

    const summary = await wb.importReports([FIXTURES]);
    expect(summary.failed).toBe(0);
    expect(summary.created + summary.updated + summary.unchanged).toBe(5);

    await wb.openSection('ICT en Informatie');
    await wb.showProblems();
    const errorsBefore = await wb.squiggles('error').count();

    // A citation of a reference that does not exist: marker and problem appear.
    await wb.focusEditorEnd();
    await wb.typeInEditor(' [99');
    await page.evaluate(() => {
      const w = window as unknown as { __kd: number; __marker: Promise<number> };
      const editor = document.querySelector('[data-testid="editor"]')!;
      w.__marker = new Promise((resolveMarker) => {
        const seen = () => editor.querySelector('.squiggly-error') !== null;
        const obs = new MutationObserver(() => {
          if (seen()) {
            obs.disconnect();
            resolveMarker(performance.now());
          }
        });
        obs.observe(editor, { subtree: true, childList: true, attributes: true });
      });
      document.addEventListener('keydown', (e) => e.key === ']' && (w.__kd = performance.now()), { capture: true, once: true });
    });
    await wb.typeInEditor(']');
    await expect(wb.squiggles('error')).toHaveCount(errorsBefore + 1);
    const latency = await page.evaluate(async () => {
      const w = window as unknown as { __kd: number; __marker: Promise<number> };
      return (await w.__marker) - w.__kd;
    });
    const checkMs = (await metrics(page))?.lastCheckMs ?? NaN;
    console.log(`metric keystroke-to-marker-ms=${latency.toFixed(1)} (check+markers ${checkMs.toFixed(2)} ms)`);
    expect(checkMs).toBeLessThan(100);
    expect(latency).toBeLessThan(250);
    await expect(wb.problem('citation-missing-reference', '[99]')).toHaveCount(1);

    // Deleting it takes both away again.
    for (let i = 0; i < 5; i++) await page.keyboard.press('Backspace');
    await expect(wb.problem('citation-missing-reference')).toHaveCount(0);
    await expect(wb.squiggles('error')).toHaveCount(errorsBefore);

    // Edit reference [0]: with "build the link" the link follows the title...
    await wb.showReferences();
    const ref0 = wb.reference(0);
    const originalTitle = (await ref0.locator('.ref-title-text').innerText()).trim();
    const originalLink = (await ref0.locator('.ref-link').innerText()).trim();
    const form = new ReferenceForm(page);
    await ref0.getByTestId('reference-edit').click();
    await expect(form.autoLink).toBeChecked();
    await form.field('title').fill('Tijdelijke titel');
    await expect(form.field('link')).toHaveValue(/search=Tijdelijke%20titel&/);
    await form.save();
    await expect(wb.reference(0).locator('.ref-link')).toContainText('search=Tijdelijke%20titel&');
    // ...and without it the link stays as it is.
    await wb.reference(0).getByTestId('reference-edit').click();
    await form.setAutoLink(false);
    await form.field('title').fill('Nog een titel');
    await expect(form.field('link')).toHaveValue(/search=Tijdelijke%20titel&/);
    await form.save();
    await expect(wb.reference(0).locator('.ref-title-text')).toHaveText('Nog een titel');
    // Restore: title back, link rebuilt from it, equal to the original.
    await wb.reference(0).getByTestId('reference-edit').click();
    await form.setAutoLink(true);
    await form.field('title').fill(originalTitle);
    await expect(form.field('link')).toHaveValue(originalLink);
    await form.save();
    await expect(wb.reference(0).locator('.ref-link')).toHaveText(originalLink);

    await wb.setVerdict('kept', 'Programma uitgevoerd en gefinancierd.');
    await wb.waitSaved();

    // Export the section as Markdown (a download in the browser host): the bytes are the fixture's.
    const outDir = join(workbench.tmpDir, 'export');
    const exported = await wb.exportDownload('section-md', outDir);
    expect(basename(exported)).toBe('ICT en Informatie.md');
    expect(readFileSync(exported).equals(readFileSync(ICT_FILE))).toBe(true);
    expect(basename(await wb.exportDownload('section-html', outDir))).toBe('ICT en Informatie.html');

    // An edit that stays: a reference title. Then reload and find everything saved.
    await wb.reference(1).getByTestId('reference-edit').click();
    await form.field('title').fill('Programma VRD2: uitvoeringsjaar 2022 (bewerkt)');
    await form.save();
    await wb.waitSaved();
    await page.reload();
    await wb.waitReady();
    await wb.openSection('ICT en Informatie');
    await expect(wb.verdictSelect).toHaveValue('kept');
    await expect(wb.verdictNote).toHaveValue('Programma uitgevoerd en gefinancierd.');
    await wb.showReferences();
    await expect(wb.reference(1).locator('.ref-title-text')).toHaveText('Programma VRD2: uitvoeringsjaar 2022 (bewerkt)');
    await expect(wb.reference(0).locator('.ref-link')).toHaveText(originalLink);
  });
});

test('the tree works from the keyboard', async ({ page }) => {
  const wb = new WorkbenchPage(page);
  await wb.waitReady();
  const heading = page.getByTestId('section-heading');
  await wb.page.keyboard.press('ControlOrMeta+P');
  await expect(wb.filter).toBeFocused();
  const first = wb.tree.getByTestId('tree-item').first();
  const second = wb.tree.getByTestId('tree-item').nth(1);
  const secondName = (await second.locator('.tree-label').innerText()).trim();
  // Down from the filter into the tree, then down to the second section, Enter opens it.
  await page.keyboard.press('ArrowDown');
  await expect(wb.tree.locator('[role="treeitem"]').first()).toBeFocused();
  await second.focus();
  await page.keyboard.press('Enter');
  await expect(heading).toHaveText(secondName);
  // Left goes to the parent folder, Left again collapses it, Right opens it again.
  await page.keyboard.press('ArrowLeft');
  const folder = wb.tree.locator('[role="treeitem"]:focus');
  await expect(folder).toHaveAttribute('aria-expanded', 'true');
  await page.keyboard.press('ArrowLeft');
  await expect(folder).toHaveAttribute('aria-expanded', 'false');
  await page.keyboard.press('ArrowRight');
  await expect(folder).toHaveAttribute('aria-expanded', 'true');
  // The filter ignores case and accents and narrows the tree.
  await wb.filter.fill(secondName.toUpperCase());
  await expect(wb.tree.getByTestId('tree-item')).toHaveCount(1);
  await wb.filter.press('Enter');
  await expect(heading).toHaveText(secondName);
  expect(await first.count()).toBe(1);
});

test('a save that conflicts with another change offers to reload', async ({ page, workbench }) => {
  const wb = new WorkbenchPage(page);
  await wb.waitReady();
  const id = await page.locator('[data-testid="tree-item"].selected').getAttribute('data-section-id');
  expect(id).toBeTruthy();
  const current = (await callFromPage(page, workbench.token, 'sections.get', { id })).body as { value: { revision: number } };
  // Our unsaved edit, then someone else's save before our autosave runs.
  await wb.verdictNote.fill('Mijn versie');
  const theirs = await callFromPage(page, workbench.token, 'sections.save', {
    id,
    patch: { verdictNote: 'Hun versie' },
    baseRevision: current.value.revision,
  });
  expect((theirs.body as { ok: boolean }).ok).toBe(true);
  await expect(page.getByTestId('save-conflict')).toBeVisible({ timeout: 10_000 });
  await expect(wb.saveState).toHaveAttribute('data-state', 'conflict');
  await page.getByTestId('conflict-reload').click();
  await expect(wb.verdictNote).toHaveValue('Hun versie');
  await expect(page.getByTestId('save-conflict')).toHaveCount(0);
  await expect(wb.saveState).toHaveAttribute('data-state', 'saved');
});

test('a new project starts empty and takes a section made by hand', async ({ page }) => {
  const wb = new WorkbenchPage(page);
  await wb.waitReady();
  await wb.command('new');
  // The browser host keeps projects in its workspace: a file name, no folder.
  await page.getByTestId('new-project-path').fill('nieuw');
  await page.getByTestId('new-project-name').fill('Nieuw project');
  await page.getByTestId('new-project-term-start').fill('2019-10-02');
  await page.getByTestId('new-project-term-end').fill('2024-06-09');
  await page.getByTestId('new-project-ok').click();
  await expect(page.getByTestId('project-name')).toContainText('Nieuw project');
  await expect(page.getByTestId('badge-demo')).toHaveCount(0);
  await expect(wb.tree.getByTestId('tree-item')).toHaveCount(0);
  await expect(wb.preview).toContainText('No section is open.');

  await page.getByTestId('section-new').click();
  await wb.modal.submitPath('Mobiliteit/Fietsbeleid');
  await expect(page.getByTestId('section-heading')).toHaveText('Fietsbeleid');
  await expect(wb.treeItem('Fietsbeleid')).toHaveCount(1);
  await wb.focusEditor();
  await wb.typeInEditor('Samenvatting\n\nDe regering investeerde [0].');
  await expect(wb.problem('citation-missing-reference', '[0]')).toHaveCount(1);
  await wb.waitSaved();
  await expect(wb.preview.locator('.preview-body')).toContainText('De regering investeerde');
});
