// Issue 13 §2 in the browser: files reach the host only as the person hands them over
// (the browser's picker, or a drop), projects open from the workspace's list or by
// upload, and a typed server path outside the workspace gets nothing.
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { callFromPage, expect, test } from './fixtures';
import { api } from './merge-projects';
import { WorkbenchPage } from './pages/workbench-page';

const REPORT = (heading: string) =>
  `# ${heading}\n\n<details>\n        <summary>Regeerakkoord Sectie </summary>\n        <p>1.1 Iets </p>\n        </details> \n\nSamenvatting\n\nTekst.\n\n<details>\n        <summary> Referenties</summary>\n        \n        </details> \n\n`;

/** Drops files on an element as a person dragging them from their file manager would. */
async function dropFiles(page: Page, testId: string, files: { name: string; text: string }[]): Promise<void> {
  await page.getByTestId(testId).evaluate((target, list) => {
    const data = new DataTransfer();
    for (const f of list) data.items.add(new File([f.text], f.name, { type: 'text/markdown' }));
    target.dispatchEvent(new DragEvent('dragover', { dataTransfer: data, bubbles: true, cancelable: true }));
    target.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
  }, files);
}

test.use({ viewport: { width: 1366, height: 768 } });

test('reports dropped on the import dialog and decisions from the picker are uploaded and imported', async ({ page, workbench }) => {
  const wb = new WorkbenchPage(page);
  await wb.waitReady();
  await api(page, workbench, 'project.create', { path: 'projects/upload.pwb', name: 'Upload' });
  await expect(page.getByTestId('project-name')).toContainText('Upload');

  await wb.command('import-reports');
  await expect(page.getByTestId('upload-modal')).toBeVisible();
  await page.screenshot({ path: '/tmp/d-security/upload-reports.png' });
  await dropFiles(page, 'upload-panel-drop', [
    { name: 'Media.md', text: REPORT('Media') },
    { name: 'notes.txt', text: 'not a report' },
    { name: 'Welzijn.md', text: REPORT('Welzijn') },
  ]);
  expect(await wb.modal.readImportSummary()).toMatchObject({ created: 2, failed: 0 });
  await expect(wb.treeItem('Media')).toHaveCount(1);

  const decisions = join(workbench.tmpDir, 'picked', 'besluiten.jsonl');
  mkdirSync(join(workbench.tmpDir, 'picked'));
  writeFileSync(decisions, `${JSON.stringify({ title: 'Besluit over data', date: '2021-03-05', meetingStart: '2021-03-05T09:00:00Z' })}\n`);
  expect((await wb.importDecisions(decisions)).inserted).toBe(1);
});

test('a project opens from the workspace list, or by upload after it is checked', async ({ page, workbench }) => {
  const wb = new WorkbenchPage(page);
  await wb.waitReady();
  await api(page, workbench, 'project.create', { path: 'projects/eerste.pwb', name: 'Eerste project' });
  await api(page, workbench, 'project.openDemo', {});

  await wb.command('open');
  const dialog = page.getByTestId('open-project-modal');
  await expect(dialog.getByTestId('known-project')).toHaveCount(1);
  await expect(dialog.getByTestId('known-project')).toContainText('eerste.pwb');
  await page.screenshot({ path: '/tmp/d-security/open-project.png' });
  await dialog.getByTestId('known-project').click();
  await expect(page.getByTestId('project-name')).toContainText('Eerste project');

  // A file from elsewhere on this computer: a fake is refused in the dialog, a real one opens.
  const elsewhere = join(workbench.tmpDir, 'elders');
  mkdirSync(elsewhere);
  writeFileSync(join(elsewhere, 'nep.pwb'), 'this is not a project');
  await api(page, workbench, 'project.close', {});
  copyFileSync(join(workbench.tmpDir, 'projects', 'eerste.pwb'), join(elsewhere, 'collega.pwb'));
  await api(page, workbench, 'project.openDemo', {});
  await wb.command('open');
  await page.getByTestId('open-upload-input').setInputFiles(join(elsewhere, 'nep.pwb'));
  await expect(page.getByTestId('open-upload-error')).toContainText('nep.pwb');
  await page.getByTestId('open-upload-input').setInputFiles(join(elsewhere, 'collega.pwb'));
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId('project-name')).toContainText('Eerste project');
  const known = await api<{ path: string }[]>(page, workbench, 'project.known', {});
  expect(known.map((k) => k.path).sort()).toEqual(['projects/collega.pwb', 'projects/eerste.pwb']);
});

test('a typed server path outside the workspace reaches nothing', async ({ page, workbench }) => {
  const wb = new WorkbenchPage(page);
  await wb.waitReady();
  for (const [method, args] of [
    ['project.open', { path: '/etc/passwd' }],
    ['import.reports', { paths: ['/etc'] }],
    ['import.decisions', { path: '../../../../etc/hostname.csv' }],
    ['merge.preview', { theirsPath: '/etc/hostname' }],
  ] as const) {
    const r = await callFromPage(page, workbench.token, method, args);
    expect(r.body, method).toMatchObject({ ok: false, error: { code: 'bad-request', message: expect.stringMatching(/outside the workspace/) } });
  }
});
