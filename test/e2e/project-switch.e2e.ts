// Switching projects with text being typed (docs/adr/0026): what was just typed is saved to
// the project it was typed in before another opens; a save that fails makes the app ask
// (keep / discard / stay) instead of losing the text; kept text comes back with its project;
// nothing of the old project is left in the workbench.
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expectAccessible } from './axe';
import { expect, test } from './fixtures';
import type { Workbench } from './fixtures';
import { api, saveCopyByDownload } from './merge-projects';
import { WorkbenchPage } from './pages/workbench-page';

test.use({ viewport: { width: 1366, height: 768 } });

interface SectionView {
  id: string;
  body: string;
}

/** Two projects whose sections have the same ids (B is a copy of A): a save landing in the wrong one would show. */
async function twoProjects(page: Page, workbench: Workbench): Promise<SectionView> {
  await api(page, workbench, 'project.create', { path: 'projects/a.pwb', name: 'Project A' });
  const section = await api<SectionView>(page, workbench, 'sections.create', { path: ['Zorg'], name: 'Wachtlijsten' });
  await api(page, workbench, 'sections.save', { id: section.id, patch: { body: 'Tekst van A.\n' } });
  await saveCopyByDownload(page, workbench, join(workbench.tmpDir, 'projects', 'b-copy.pwb'));
  await api(page, workbench, 'project.open', { path: 'projects/b-copy.pwb' });
  await api(page, workbench, 'project.update', { name: 'Project B' });
  await api(page, workbench, 'sections.save', { id: section.id, patch: { body: 'Tekst van B.\n' } });
  await api(page, workbench, 'project.open', { path: 'projects/a.pwb' });
  return section;
}

async function openFromList(page: Page, wb: WorkbenchPage, file: string): Promise<void> {
  await wb.command('open');
  const dialog = page.getByTestId('open-project-modal');
  await dialog.getByTestId('known-project').filter({ hasText: file }).click();
}

async function bodyIn(page: Page, workbench: Workbench, project: string, id: string): Promise<string> {
  await api(page, workbench, 'project.open', { path: project });
  return (await api<SectionView>(page, workbench, 'sections.get', { id })).body;
}

test('text typed just before opening another project is saved to its own project, and nothing of it stays on screen', async ({ page, workbench }) => {
  const wb = new WorkbenchPage(page);
  await wb.waitReady();
  const section = await twoProjects(page, workbench);
  await expect(page.getByTestId('project-name')).toContainText('Project A');
  await wb.openSection('Wachtlijsten');
  await wb.focusEditorEnd();
  // No pause: the autosave has not run when the switch is asked for.
  await wb.typeInEditor('Vlak voor de wissel.');
  await openFromList(page, wb, 'b-copy.pwb');

  await expect(page.getByTestId('project-name')).toContainText('Project B');
  await expect(wb.editor).toContainText('Tekst van B.');
  await expect(wb.editor).not.toContainText('Vlak voor de wissel.');
  // One model: B's section; A's models (and their undo) are gone.
  await expect.poll(() => page.evaluate(() => window.__pwbEditorStats?.())).toMatchObject({ models: 1, openDocs: 1 });

  expect(await bodyIn(page, workbench, 'projects/b-copy.pwb', section.id)).toBe('Tekst van B.\n');
  expect(await bodyIn(page, workbench, 'projects/a.pwb', section.id)).toBe('Tekst van A.\nVlak voor de wissel.');
});

test('a save that fails stops the switch with a question; kept text comes back when the project opens again', async ({ page, workbench }) => {
  const wb = new WorkbenchPage(page);
  await wb.waitReady();
  const section = await twoProjects(page, workbench);
  await expect(page.getByTestId('project-name')).toContainText('Project A');
  await wb.openSection('Wachtlijsten');

  // The disk is full: every save of a section fails until the test says otherwise.
  let diskFull = true;
  await page.route('**/api/call', async (route) => {
    const body = route.request().postDataJSON() as { method: string };
    if (diskFull && body.method === 'sections.save') await route.fulfill({ json: { ok: false, error: { code: 'io', message: 'De schijf is vol.' } } });
    else await route.continue();
  });

  await wb.focusEditorEnd();
  await wb.typeInEditor('Niet verliezen.');
  await expect(page.getByTestId('save-error')).toBeVisible();

  await openFromList(page, wb, 'b-copy.pwb');
  const question = page.getByTestId('unsaved-edits');
  await expect(question).toBeVisible();
  await expect(question).toContainText('Zorg/Wachtlijsten');
  await expect(question).toContainText('De schijf is vol.');
  await expectAccessible(page, 'dialog: unsaved edits before a switch [nl]', { include: ['dialog[open]'] });

  // Staying changes nothing.
  await wb.modal.choose('cancel');
  await expect(page.getByTestId('project-name')).toContainText('Project A');
  await expect(wb.editor).toContainText('Niet verliezen.');

  await openFromList(page, wb, 'b-copy.pwb');
  await wb.modal.choose('keep');
  await expect(page.getByTestId('project-name')).toContainText('Project B');
  await expect(wb.editor).not.toContainText('Niet verliezen.');

  diskFull = false;
  await openFromList(page, wb, 'a.pwb');
  await expect(page.getByTestId('project-name')).toContainText('Project A');
  await expect(page.getByTestId('toast-info')).toContainText('Zorg/Wachtlijsten');
  await expect(wb.editor).toContainText('Niet verliezen.');
  await wb.waitSaved();
  expect(await bodyIn(page, workbench, 'projects/a.pwb', section.id)).toBe('Tekst van A.\nNiet verliezen.');
  expect(await bodyIn(page, workbench, 'projects/b-copy.pwb', section.id)).toBe('Tekst van B.\n');
});
