// Monaco done as VS Code does: models, providers and listeners live as long as their view
// and stay flat however often one switches sections or opens and closes projects. Counts
// come from `window.__pwbEditorStats()` (Monaco's own getModels/getEditors, the open-doc
// registry and our disposable stores); Monaco's own leak detector must stay silent.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { WorkbenchPage } from './pages/workbench-page';

const SECTIONS = 300;
const SWITCHES = 500;

interface Stats {
  models: number;
  editors: number;
  openDocs: number;
  registrations: number;
}

const stats = (page: Page) => page.evaluate(() => window.__pwbEditorStats!() as Stats);

async function callApi(page: Page, token: string, method: string, args: unknown = {}): Promise<void> {
  await page.evaluate(
    async ({ token, method, args }) => {
      const r = await fetch('/api/call', { method: 'POST', headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` }, body: JSON.stringify({ method, args }) });
      if (!r.ok) throw new Error(`${method}: ${r.status} ${await r.text()}`);
    },
    { token, method, args },
  );
}

test('500 section switches and ten project reopenings leave models, providers and listeners flat', async ({ page, workbench }) => {
  test.setTimeout(420_000);
  const leaks: string[] = [];
  page.on('console', (m) => {
    if (/LEAK/i.test(m.text())) leaks.push(m.text().slice(0, 500));
  });
  const wb = new WorkbenchPage(page);
  await wb.waitReady();
  const before = await wb.sectionCount();
  for (let i = 1; i <= SECTIONS; i += 25) {
    await Promise.all(
      Array.from({ length: Math.min(25, SECTIONS - i + 1) }, (_, j) =>
        callApi(page, workbench.token, 'sections.create', { path: ['Zz bulk'], name: `Sectie ${String(i + j).padStart(4, '0')}` }),
      ),
    );
  }
  await expect.poll(() => wb.sectionCount(), { timeout: 30_000 }).toBe(before + SECTIONS);

  const open = async (n: number) => {
    const name = `Sectie ${String(n).padStart(4, '0')}`;
    await wb.filter.fill(name);
    await wb.filter.press('Enter');
    await expect(page.getByTestId('section-heading')).toHaveText(name);
  };

  // Warm up past the registry's limit, then take the counts the rest must keep.
  for (let n = 1; n <= 40; n++) await open(n);
  const warm = await stats(page);
  expect(warm.editors).toBe(1);
  let most = warm;
  for (let i = 0; i < SWITCHES; i++) {
    // Distinct sections, more than Monaco's leak threshold (200) of them, round and round.
    await open(1 + ((i * 7) % SECTIONS));
    if (i % 50 === 49) {
      const now = await stats(page);
      most = { models: Math.max(most.models, now.models), editors: Math.max(most.editors, now.editors), openDocs: Math.max(most.openDocs, now.openDocs), registrations: Math.max(most.registrations, now.registrations) };
    }
  }
  const afterSwitches = await stats(page);
  console.log(`editor stats: warm ${JSON.stringify(warm)}, after ${SWITCHES} switches ${JSON.stringify(afterSwitches)}, highest ${JSON.stringify(most)}`);
  expect(most.models).toBeLessThanOrEqual(warm.models);
  expect(most.openDocs).toBeLessThanOrEqual(warm.openDocs);
  expect(most.editors).toBe(1);
  expect(most.registrations).toBeLessThanOrEqual(warm.registrations);

  // Ten times: close the project (the workbench goes, with its editor and providers), open it again.
  let firstReopen: Stats | null = null;
  for (let round = 0; round < 10; round++) {
    await callApi(page, workbench.token, 'project.close');
    await expect(page.getByTestId('no-project')).toBeVisible();
    const closed = await stats(page);
    expect(closed.editors).toBe(0);
    expect(closed.openDocs).toBe(0);
    await callApi(page, workbench.token, 'project.openDemo');
    await wb.waitReady();
    await open(1 + round);
    const now = await stats(page);
    firstReopen ??= now;
    expect(now.models, `round ${round}`).toBeLessThanOrEqual(firstReopen.models);
    expect(now.editors, `round ${round}`).toBe(1);
    expect(now.registrations, `round ${round}`).toBeLessThanOrEqual(firstReopen.registrations);
  }
  console.log(`editor stats after ten reopenings: ${JSON.stringify(await stats(page))}`);
  expect(leaks).toEqual([]);
});
