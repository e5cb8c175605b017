// Flows that replace content under an open editor (docs/adr/0027): an import over the open
// section, a restore from history, a failed open of a damaged file, and the section deleted
// elsewhere — none loses what was typed, each says what happened.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { renderReport } from '../../src/core/format';
import type { RevisionDetail, RevisionSummary, Section, SectionSummary } from '../../src/shared/models';
import { expect, test } from './fixtures';
import type { Workbench } from './fixtures';
import { api } from './merge-projects';
import { WorkbenchPage } from './pages/workbench-page';

test.use({ viewport: { width: 1366, height: 768 } });

const report = (heading: string, body: string) => renderReport({ heading, agreement: `1.1 ${heading} `, body, references: [] });

async function byName(page: Page, workbench: Workbench, name: string): Promise<Section | null> {
  const id = (await api<SectionSummary[]>(page, workbench, 'sections.tree', {})).find((s) => s.name === name)?.id;
  return id ? api<Section>(page, workbench, 'sections.get', { id }) : null;
}

/** Every save of a section fails while `full.on` is true, as on a full disk. */
async function diskFull(page: Page): Promise<{ on: boolean }> {
  const full = { on: true };
  await page.route('**/api/call', async (route) => {
    const body = route.request().postDataJSON() as { method: string };
    if (full.on && body.method === 'sections.save') await route.fulfill({ json: { ok: false, error: { code: 'io', message: 'De schijf is vol.' } } });
    else await route.continue();
  });
  return full;
}

test('text typed just before an import over its section is saved first and stays in the history', async ({ page, workbench }) => {
  const wb = new WorkbenchPage(page);
  await wb.waitReady();
  const tree = join(workbench.tmpDir, 'reports');
  mkdirSync(join(tree, 'Brussel'), { recursive: true });
  writeFileSync(join(tree, 'Brussel', 'Media.md'), report('Media', 'Uit het bestand.'));
  expect((await wb.importReports([tree])).created).toBe(1);
  await wb.openSection('Media');
  writeFileSync(join(tree, 'Brussel', 'Media.md'), report('Media', 'Nieuwe versie uit het bestand.'));

  await wb.focusEditorEnd();
  await wb.typeInEditor(' Net getypt.');
  // No pause: the import is asked for before the autosave ran.
  await wb.startImportReports([tree]);
  await expect(page.getByTestId('import-preview')).toBeVisible();
  await wb.modal.choose('replace');
  expect((await wb.modal.readImportSummary()).updated).toBe(1);
  await expect(wb.editor).toContainText('Nieuwe versie uit het bestand.');

  const media = (await byName(page, workbench, 'Media'))!;
  const revisions = await api<RevisionSummary[]>(page, workbench, 'history.list', { sectionId: media.id });
  const bodies = await Promise.all(revisions.map(async (r) => (await api<RevisionDetail>(page, workbench, 'history.get', { id: r.id })).section.body));
  expect(bodies.some((b) => b.includes('Uit het bestand. Net getypt.'))).toBe(true);
});

test('while a save fails: a restore waits, a damaged file does not open, and a deleted section can be made again with the text', async ({ page, workbench }) => {
  const wb = new WorkbenchPage(page);
  await wb.waitReady();
  await api(page, workbench, 'project.create', { path: 'projects/a.pwb', name: 'Project A' });
  const s = await api<Section>(page, workbench, 'sections.create', { path: ['Zorg'], name: 'Wachtlijsten' });
  await api(page, workbench, 'sections.save', { id: s.id, patch: { body: 'Versie een.\n' } });
  await api(page, workbench, 'sections.save', { id: s.id, patch: { body: 'Versie twee.\n' } });
  await expect(page.getByTestId('project-name')).toContainText('Project A');
  await wb.openSection('Wachtlijsten');

  const full = await diskFull(page);
  await wb.focusEditorEnd();
  await wb.typeInEditor('Niet verliezen.');
  await expect(page.getByTestId('save-error')).toBeVisible();

  // A restore from the history would replace the text: it does not run, and says why.
  await page.keyboard.press('ControlOrMeta+Shift+Y');
  await page.getByTestId('history-item').last().click();
  await page.getByTestId('history-restore').click();
  await expect(page.locator('.history-error')).toContainText('Zorg/Wachtlijsten');
  await expect(page.locator('.history-error')).toContainText('De schijf is vol.');
  await expect(wb.editor).toContainText('Niet verliezen.');
  await page.getByTestId('history-close').click();

  // A damaged file: the switch is asked about, then fails; the project and the text stay.
  writeFileSync(join(workbench.tmpDir, 'projects', 'kapot.pwb'), 'dit is geen project');
  await wb.command('open');
  await page.getByTestId('open-project-modal').getByTestId('known-project').filter({ hasText: 'kapot.pwb' }).click();
  await wb.modal.choose('keep');
  await expect(page.getByTestId('toast-error')).toBeVisible();
  await expect(page.getByTestId('project-name')).toContainText('Project A');
  await expect(wb.editor).toContainText('Niet verliezen.');

  // Deleted in another window: the text is offered back and the section made again with it.
  await api(page, workbench, 'sections.delete', { id: s.id });
  await expect(page.getByTestId('deleted-unsaved')).toContainText('Zorg/Wachtlijsten');
  full.on = false;
  await wb.modal.choose('recreate');
  await expect(page.getByTestId('toast-success')).toContainText('Zorg/Wachtlijsten');
  await expect(wb.editor).toContainText('Niet verliezen.');
  expect((await byName(page, workbench, 'Wachtlijsten'))?.body).toBe('Versie twee.\nNiet verliezen.');
});

test('closing the tab right after typing saves what was typed', async ({ page, context, workbench }) => {
  const wb = new WorkbenchPage(page);
  await wb.waitReady();
  const id = (await page.locator('[data-testid="tree-item"].selected').getAttribute('data-section-id'))!;
  await wb.focusEditorEnd();
  await wb.typeInEditor(' Laatste woorden.');
  // The tab asks "leave the page?" while the save is out; the person leaves anyway.
  page.on('dialog', (d) => void d.accept());
  await page.close({ runBeforeUnload: true });
  await expect.poll(() => page.isClosed()).toBe(true);

  const again = await context.newPage();
  await again.goto(workbench.url);
  await expect.poll(async () => (await api<Section>(again, workbench, 'sections.get', { id })).body).toContain('Laatste woorden.');
});
