// The section tree with thousands of sections: only the rows in view are in the DOM, and
// the keyboard (arrows, Page/Home/End, type-ahead) still reaches every row, with the tree's
// ARIA semantics (level, position, set size) on each rendered row.
import { expectAccessible } from './axe';
import { expect, test } from './fixtures';
import { WorkbenchPage } from './pages/workbench-page';

const BULK = 2000;

test('a tree of 2,000 sections renders a window of rows and stays keyboard-navigable', async ({ page, workbench }) => {
  test.setTimeout(180_000);
  const wb = new WorkbenchPage(page);
  await wb.waitReady();
  const before = await wb.sectionCount();

  // 2,000 sections in one folder named to sort last, created through the API as the renderer would.
  await page.evaluate(
    async ({ token, count }) => {
      const create = (i: number) =>
        fetch('/api/call', {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
          body: JSON.stringify({ method: 'sections.create', args: { path: ['Zz bulk'], name: `Sectie ${String(i).padStart(4, '0')}` } }),
        }).then((r) => (r.ok ? null : r.text()));
      for (let i = 1; i <= count; i += 50) {
        const failed = (await Promise.all(Array.from({ length: Math.min(50, count - i + 1) }, (_, j) => create(i + j)))).filter(Boolean);
        if (failed.length) throw new Error(String(failed[0]));
      }
    },
    { token: workbench.token, count: BULK },
  );
  await expect.poll(() => wb.sectionCount(), { timeout: 30_000 }).toBe(before + BULK);

  const rows = wb.tree.getByRole('treeitem');
  const rendered = await rows.count();
  expect(rendered).toBeGreaterThan(10);
  expect(rendered).toBeLessThan(120);

  // End reaches the last row; its place among its 2,000 siblings is announced.
  await wb.tree.getByTestId('tree-folder').first().focus();
  await page.keyboard.press('End');
  const last = page.locator(':focus');
  await expect(last).toHaveAttribute('role', 'treeitem');
  await expect(last).toContainText('Sectie ');
  await expect(last).toHaveAttribute('aria-posinset', String(BULK));
  await expect(last).toHaveAttribute('aria-setsize', String(BULK));
  await expect(last).toHaveAttribute('aria-level', '2');

  // Up and Page Up move from there; Home goes back to the top.
  await page.keyboard.press('ArrowUp');
  await expect(page.locator(':focus')).toHaveAttribute('aria-posinset', String(BULK - 1));
  await page.keyboard.press('PageUp');
  await expect(page.locator(':focus')).toHaveAttribute('aria-posinset', /^\d+$/);
  expect(Number(await page.locator(':focus').getAttribute('aria-posinset'))).toBeLessThan(BULK - 5);
  await page.keyboard.press('Home');
  await expect(page.locator(':focus')).toHaveAttribute('aria-posinset', '1');
  await expect(page.locator(':focus')).toHaveAttribute('aria-level', '1');

  // Type-ahead: typing a name's start jumps to it, however far down it is.
  await page.keyboard.type('zz');
  await expect(page.locator(':focus')).toContainText('Zz bulk');
  await page.keyboard.press('ArrowDown');
  await expect(page.locator(':focus')).toHaveAttribute('aria-posinset', '1');
  await expect(page.locator(':focus')).toHaveAttribute('aria-level', '2');

  // A wheel scroll far away does not lose the focused row: the keys go on from it.
  await wb.tree.hover();
  await page.mouse.wheel(0, 30_000);
  await expect.poll(() => wb.tree.evaluate((t) => t.scrollTop)).toBeGreaterThan(20_000);
  await page.keyboard.press('ArrowDown');
  const second = page.locator(':focus');
  await expect(second).toHaveAttribute('aria-posinset', '2');
  const name = await second.locator('.tree-label').innerText();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('section-heading')).toHaveText(name);
  expect(await rows.count()).toBeLessThan(120);

  await expectAccessible(page, 'section tree with 2,000 sections', { include: ['[data-testid="tree"]'] });
});
