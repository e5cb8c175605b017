// Merging a colleague's project file in the browser host (issue 5 §3), and restoring a
// revision from a section's history (§2). Both project files are made through the host's
// API from the page, as the app itself would; the merge and the history run in the UI.
import { join } from 'node:path';
import type { RevisionSummary, Section } from '../../src/shared/models';
import { expect, test } from './fixtures';

// These specs read English interface texts.
test.use({ language: 'en' });
import { api, BODY, makeConflictingProjects, REFS } from './merge-projects';
import { HistoryPage, MergePage } from './pages/merge-page';
import { WorkbenchPage } from './pages/workbench-page';

test('resolves a conflict in the merge view and applies the merge', async ({ page, workbench }) => {
  const wb = new WorkbenchPage(page);
  await wb.waitReady();
  const { theirs, id } = await makeConflictingProjects(page, workbench);
  await expect(page.getByTestId('project-name')).toContainText('Mijn project');

  const merge = new MergePage(page);
  await merge.open();
  await merge.preview(theirs);
  await expect(merge.section('conflict')).toHaveCount(1);
  await expect(merge.left).toContainText('2 conflicts left');
  await expect(merge.apply).toBeDisabled();

  // Three columns: theirs | result with markers | mine.
  await expect.poll(() => merge.columnText('theirs')).toContain('Hun eerste alinea [0].');
  await expect.poll(() => merge.columnText('mine')).toContain('Mijn eerste alinea [0].');
  await expect.poll(() => merge.columnText('result')).toContain('<<<<<<< mine');
  await expect(page.getByTestId('merge-body-state')).toContainText('Remove the conflict markers');

  await merge.choose('verdict', 'theirs');
  await expect(merge.left).toContainText('1 conflict left');
  await page.getByTestId('merge-take-both').click();
  await expect.poll(() => merge.columnText('result')).toContain('Mijn eerste alinea [0].');
  await expect.poll(() => merge.columnText('result')).not.toContain('<<<<<<<');
  // Then settle on theirs after all: the buttons replace the result as one edit.
  await page.getByTestId('merge-take-theirs').click();
  await expect.poll(() => merge.columnText('result')).not.toContain('Mijn eerste alinea');
  await expect(page.getByTestId('merge-body-state')).toHaveText('Resolved');
  await expect(merge.left).toContainText('Every conflict is resolved');

  await expect(merge.apply).toBeEnabled();
  await merge.apply.click();
  await expect(merge.report).toBeVisible();
  await expect(page.getByTestId('merge-report-summary')).toContainText('1 conflict');
  const row = merge.report.getByTestId('merge-report-row');
  await expect(row).toHaveCount(1);
  await expect(row).toContainText('ICT en Informatie');
  await expect(row).toContainText('status from theirs');
  await expect(row).toContainText('Resolved: verdict → theirs, assessment → theirs');

  const merged = await api<Section>(page, workbench, 'sections.get', { id });
  expect(merged).toMatchObject({ verdict: 'broken', status: 'final', body: BODY.replace('Eerste alinea', 'Hun eerste alinea') });
  const history = await api<RevisionSummary[]>(page, workbench, 'history.list', { sectionId: id });
  expect(history[0].author).toMatch(/^merge: .* \(theirs\.pwb\)$/);
});

test('shows a revision against the current text and restores it as a new change', async ({ page, workbench }) => {
  const wb = new WorkbenchPage(page);
  await wb.waitReady();
  const path = join(workbench.tmpDir, 'history.pwb');
  await api(page, workbench, 'project.create', { path, name: 'Historiek' });
  const section = await api<Section>(page, workbench, 'sections.create', { path: [], name: 'Sectie' });
  await api(page, workbench, 'sections.save', { id: section.id, patch: { body: BODY, references: REFS } });
  await api(page, workbench, 'sections.save', { id: section.id, patch: { body: BODY.replace('Tweede alinea.', 'Tweede alinea, herschreven.'), verdict: 'kept' } });
  await wb.openSection('Sectie');

  const history = new HistoryPage(page);
  await history.open();
  await expect(history.items).toHaveCount(3);
  await history.item(2).click();
  await expect(page.getByTestId('history-fields')).toContainText('Verdict');
  await expect(page.getByTestId('history-fields')).toContainText('Kept');
  // Monaco's diff editor marks the changed line.
  await expect(page.getByTestId('history-diff').locator('.line-insert, .char-insert').first()).toBeVisible();

  await page.getByTestId('history-restore').click();
  await expect(history.items).toHaveCount(4);
  const restored = await api<Section>(page, workbench, 'sections.get', { id: section.id });
  expect(restored).toMatchObject({ body: BODY, verdict: 'not-rated', revision: 4 });
});
