// Issue 9: the Evidence panel suggests library decisions for the open section; one click
// cites a suggestion (reference + citation at the cursor), "not relevant" hides another.
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from './fixtures';
import { EvidencePage } from './pages/evidence-page';
import { WorkbenchPage } from './pages/workbench-page';

const here = dirname(fileURLToPath(import.meta.url));
const SHARED = resolve(here, '../../../shared/fixtures');
const REPORTS = join(SHARED, 'reports');
const DECISIONS = join(SHARED, 'decisions', 'decisions-sample.jsonl');
const hasFixtures = existsSync(REPORTS) && existsSync(DECISIONS);

test.describe('the Evidence panel', () => {
  test.skip(!hasFixtures, `shared fixtures missing under ${SHARED}`);
  test.use({ viewport: { width: 1366, height: 768 } });

  test('suggests decisions, cites one at the cursor and hides another', async ({ page }) => {
    const wb = new WorkbenchPage(page);
    await wb.waitReady();
    await wb.importReports([REPORTS]);
    expect((await wb.importDecisions(DECISIONS)).inserted).toBeGreaterThan(0);
    await wb.openSection('ICT en Informatie');

    const evidence = new EvidencePage(page);
    await evidence.open();
    await expect(evidence.items).toHaveCount(20);
    await expect(evidence.item(0).locator('.evidence-why')).not.toBeEmpty();
    await expect(evidence.item(0).locator('.evidence-snippet mark').first()).toBeVisible();
    // The agreement's one marked commitment, with its coverage by the cited decisions.
    await expect(evidence.commitments).toHaveCount(1);
    await expect(evidence.commitments.first()).toContainText(/We stellen data maximaal/);
    await expect(evidence.commitments.first().getByTestId('evidence-coverage')).toContainText(/\d/);
    await page.screenshot({ path: '/tmp/c-search/evidence-panel.png' });

    // Cite the first suggestion at the end of the text.
    await wb.focusEditorEnd();
    await wb.typeInEditor('\n\nZie ook ');
    const cited = await evidence.titleOf(evidence.item(0));
    await evidence.item(0).getByTestId('evidence-cite').click();
    await expect(wb.editor.locator('.view-lines')).toContainText('Zie ook [35]');
    await expect(page.getByTestId('tab-references')).toContainText('36');
    // The panel follows: the cited decision is no longer suggested.
    await expect(evidence.items.filter({ hasText: cited })).toHaveCount(0);
    await expect(wb.problem('citation-missing-reference')).toHaveCount(0);

    // Hide the (new) first suggestion for this section; it can be shown again.
    const hidden = await evidence.titleOf(evidence.item(0));
    await evidence.item(0).getByTestId('evidence-dismiss').click();
    await expect(evidence.items.filter({ hasText: hidden })).toHaveCount(0);
    await expect(evidence.showHidden).toContainText('1');
    await evidence.showHidden.click();
    await expect(evidence.hidden).toContainText(hidden);
    await wb.waitSaved();

    // Kept in the project: after a reload the decision is still hidden.
    await page.reload();
    await wb.waitReady();
    await wb.openSection('ICT en Informatie');
    await evidence.open();
    await expect(evidence.items.filter({ hasText: hidden })).toHaveCount(0);
    await expect(evidence.items.filter({ hasText: cited })).toHaveCount(0);

    // The dashboard lists the commitment with its evidence.
    await page.getByRole('button', { name: 'Dashboard' }).click();
    const coverage = page.getByTestId('dashboard-coverage');
    await expect(coverage).toContainText('Bestuurzaken/Concrete voorstellen/ICT en Informatie');
    await expect(coverage).toContainText(/We stellen data maximaal/);
    await page.screenshot({ path: '/tmp/c-search/dashboard-coverage.png', fullPage: true });
  });
});
