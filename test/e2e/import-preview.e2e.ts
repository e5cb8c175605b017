// Issue 8 §5: importing reports over sections that differ asks first, with a preview of
// what would be created, replaced and left; nothing is replaced unasked.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { renderReport } from '../../src/core/format';
import type { RevisionSummary, Section, SectionSummary } from '../../src/shared/models';
import { callFromPage, expect, test } from './fixtures';
import { WorkbenchPage } from './pages/workbench-page';

const report = (heading: string, body: string) =>
  renderReport({ heading, agreement: `1.1 ${heading} `, body, references: [{ number: 0, date: '2021-03-05', title: 'Een beslissing' }] });

async function sectionNamed(page: Page, token: string, name: string): Promise<Section> {
  const tree = ((await callFromPage(page, token, 'sections.tree', {})).body as { value: SectionSummary[] }).value;
  const id = tree.find((s) => s.name === name)?.id;
  return ((await callFromPage(page, token, 'sections.get', { id })).body as { value: Section }).value;
}

test('an import that would replace changed sections shows a preview and asks first', async ({ page, workbench }) => {
  const wb = new WorkbenchPage(page);
  await wb.waitReady();
  const tree = join(workbench.tmpDir, 'reports');
  mkdirSync(join(tree, 'Brussel'), { recursive: true });
  const fileText = 'Samenvatting\n\nDe regering besliste [0].';
  writeFileSync(join(tree, 'Brussel', 'Media.md'), report('Media', fileText));
  expect(await wb.importReports([tree])).toEqual({ created: 1, updated: 0, unchanged: 0, failed: 0 });

  // Work done in the project on that section.
  await wb.openSection('Media');
  await wb.focusEditorEnd();
  await wb.typeInEditor(' Eigen toevoeging.');
  await expect.poll(async () => (await sectionNamed(page, workbench.token, 'Media')).body).toBe(`${fileText} Eigen toevoeging.`);
  writeFileSync(join(tree, 'Brussel', 'Nieuw.md'), report('Nieuw', 'Nieuwe tekst.'));

  // The preview: one new, one replaced (named, with what changes), nothing written yet.
  await wb.startImportReports([tree]);
  const preview = page.getByTestId('import-preview');
  await expect(preview).toBeVisible();
  await expect(page.getByTestId('import-preview-summary')).toHaveText('1 nieuwe sectie, 1 sectie vervangen, 0 ongewijzigd.');
  await expect(page.getByTestId('import-preview-replaced')).toHaveText(['Brussel/Media — verandert: tekst']);
  // Only the new one: the edited section keeps its text.
  await wb.modal.choose('only-new');
  expect(await wb.modal.readImportSummary()).toEqual({ created: 1, updated: 0, unchanged: 0, failed: 0 });
  expect((await sectionNamed(page, workbench.token, 'Media')).body).toBe(`${fileText} Eigen toevoeging.`);
  await expect(wb.treeItem('Nieuw')).toHaveCount(1);

  // Asked again, and cancelled: nothing happens.
  await wb.startImportReports([tree]);
  await expect(page.getByTestId('import-preview-summary')).toHaveText('0 nieuwe secties, 1 sectie vervangen, 1 ongewijzigd.');
  await expect(page.getByTestId('choice-only-new')).toHaveCount(0);
  await page.getByTestId('choice-cancel').click();
  await expect(preview).toBeHidden();
  const kept = await sectionNamed(page, workbench.token, 'Media');
  expect(kept.body).toBe(`${fileText} Eigen toevoeging.`);

  // Replacing: the file's text comes in, and the edited text is still in the history.
  await wb.startImportReports([tree]);
  await wb.modal.choose('replace');
  expect(await wb.modal.readImportSummary()).toEqual({ created: 0, updated: 1, unchanged: 1, failed: 0 });
  const replaced = await sectionNamed(page, workbench.token, 'Media');
  expect(replaced.body).toBe(fileText);
  await expect(page.getByTestId('section-heading')).toHaveText('Media');
  const history = ((await callFromPage(page, workbench.token, 'history.list', { sectionId: replaced.id })).body as { value: RevisionSummary[] }).value;
  expect(history.map((r) => r.revision)).toContain(kept.revision);
});
