// Publishing from the browser host: exports arrive as browser downloads (one section as
// its file, the project as a zip), the print page becomes an A4 PDF with every reference,
// and the report site searches from file:// — and passes axe.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { unzipSync } from 'fflate';
import type { Page } from '@playwright/test';
import { expectAccessible } from './axe';
import { callFromPage, expect, test } from './fixtures';
import type { Workbench } from './fixtures';
import { ExportDialogPage } from './pages/export-dialog';
import { WorkbenchPage } from './pages/workbench-page';

interface SectionLike {
  id: string;
  name: string;
  heading: string;
  references: { number: number; title: string }[];
}

async function api<T>(page: Page, wb: Workbench, method: string, args: unknown = {}): Promise<T> {
  const r = await callFromPage(page, wb.token, method, args);
  const body = r.body as { ok: boolean; value?: T; error?: { message: string } };
  if (!body.ok) throw new Error(`${method}: ${body.error?.message}`);
  return body.value as T;
}

async function section(page: Page, wb: Workbench, name: string): Promise<SectionLike> {
  const tree = await api<{ id: string; name: string }[]>(page, wb, 'sections.tree');
  return api<SectionLike>(page, wb, 'sections.get', { id: tree.find((s) => s.name === name)!.id });
}

function unzipTo(bytes: Buffer, dir: string): string[] {
  const files = unzipSync(bytes);
  for (const [name, data] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), data);
  }
  return Object.keys(files).sort();
}

/** With PWB_SHOTS=<folder>, pictures of what the tests reach, to look at (1366×768). */
async function shot(page: Page, name: string): Promise<void> {
  const folder = process.env.PWB_SHOTS;
  if (!folder) return;
  await page.setViewportSize({ width: 1366, height: 768 });
  mkdirSync(folder, { recursive: true });
  await page.screenshot({ path: join(folder, `${name}.png`), fullPage: true });
}

const pdfText = (file: string) => execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
const hasPoppler = (() => {
  try {
    execFileSync('pdftotext', ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

test('one section downloads as its own file', async ({ page, workbench }) => {
  const wb = new WorkbenchPage(page);
  await wb.waitReady();
  await wb.openSection('Open data');
  const dialog = new ExportDialogPage(page);
  await dialog.open();
  await dialog.choose('section', 'md');
  await shot(page, 'export-dialog');
  const download = await dialog.runForDownload();
  expect(download.suggestedFilename()).toBe('Open data.md');
  const file = join(workbench.tmpDir, 'open-data.md');
  await download.saveAs(file);
  const text = readFileSync(file, 'utf8');
  expect(text.startsWith('# Open data\n\n<details>')).toBe(true);
  expect(text.endsWith('</details> \n\n')).toBe(true);
});

test('the project downloads as one zip, its progress shown and then gone', async ({ page, workbench }) => {
  const wb = new WorkbenchPage(page);
  await wb.waitReady();
  const dialog = new ExportDialogPage(page);
  await dialog.open();
  await dialog.choose('project', 'html');
  const download = await dialog.runForDownload();
  expect(download.suggestedFilename()).toMatch(/-html\.zip$/);
  const file = join(workbench.tmpDir, 'project.zip');
  await download.saveAs(file);
  const root = download.suggestedFilename().replace(/\.zip$/, '');
  const names = unzipTo(readFileSync(file), join(workbench.tmpDir, 'unzipped'));
  expect(names).toContain(`${root}/index.html`);
  expect(names).toContain(`${root}/Bestuur/Digitale overheid/Open data.html`);
  const tree = await api<unknown[]>(page, workbench, 'sections.tree');
  expect(names).toHaveLength(tree.length + 1);
  await expect(page.getByTestId('export-progress')).toBeHidden({ timeout: 10_000 });
});

test('save a copy (Ctrl+Shift+S) downloads the project file', async ({ page, workbench }) => {
  const wb = new WorkbenchPage(page);
  await wb.waitReady();
  const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('ControlOrMeta+Shift+S')]);
  expect(download.suggestedFilename()).toBe('demo.pwb');
  const file = join(workbench.tmpDir, 'copy.pwb');
  await download.saveAs(file);
  expect(readFileSync(file).subarray(0, 16).toString('latin1')).toBe('SQLite format 3\u0000');
});

test('the print page makes an A4 PDF with the heading and every reference', async ({ page, workbench, context }) => {
  test.skip(!hasPoppler, 'pdftotext/pdfinfo (poppler-utils) not installed');
  const wb = new WorkbenchPage(page);
  await wb.waitReady();
  await wb.openSection('Open data');
  const dialog = new ExportDialogPage(page);
  await dialog.open();
  await dialog.choose('section', 'pdf');
  await expect(dialog.dialog.getByTestId('export-run')).toHaveText(/Afdrukken|Print/);
  await dialog.dialog.getByTestId('export-run').click();
  // The page opens in a frame and goes to the browser's print dialog.
  const frame = page.getByTestId('print-frame');
  await expect(frame).toHaveAttribute('src', /\/api\/download\//);
  const src = (await frame.getAttribute('src'))!;

  // The same page printed by Chromium as Playwright can: page.pdf().
  const printPage = await context.newPage();
  await printPage.goto(new URL(src, workbench.origin).toString());
  await expect(printPage.locator('h1')).toHaveText('Open data');
  const pdf = join(workbench.tmpDir, 'open-data.pdf');
  await printPage.pdf({ path: pdf, preferCSSPageSize: true, printBackground: true });
  const text = pdfText(pdf);
  const open = await section(page, workbench, 'Open data');
  expect(text).toContain('Open data');
  expect(text).toContain('Regeerakkoord');
  const flat = text.replace(/\s+/g, ' ');
  for (const r of open.references) {
    expect(flat).toContain(`[${r.number}]`);
    expect(flat).toContain(r.title.replace(/\s+/g, ' ').trim().slice(0, 40));
  }
  expect(flat).toMatch(/Pagina 1 van \d+/);
  const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
  // A4 is 595 × 842 pt; Chromium writes 594.96 × 841.92.
  expect(info).toMatch(/Page size:\s+59[45](\.\d+)? x 84[12](\.\d+)? pts \(A4\)/);
  try {
    execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', pdf, join(workbench.tmpDir, 'page')]);
    mkdirSync('/tmp/e-publish', { recursive: true });
    writeFileSync('/tmp/e-publish/pdf-page-1.png', readFileSync(join(workbench.tmpDir, 'page-1.png')));
  } catch {
    // pdftoppm is only for looking at the page; the checks above are the test.
  }
});

test('the report site searches from file://, opens a hit, and passes axe', async ({ page, workbench, context }) => {
  const wb = new WorkbenchPage(page);
  await wb.waitReady();
  const dialog = new ExportDialogPage(page);
  await dialog.open();
  await dialog.choose('project', 'site');
  const download = await dialog.runForDownload();
  const zip = join(workbench.tmpDir, 'site.zip');
  await download.saveAs(zip);
  const dir = join(workbench.tmpDir, 'site');
  const names = unzipTo(readFileSync(zip), dir);
  const root = download.suggestedFilename().replace(/\.zip$/, '');
  expect(names).toEqual(expect.arrayContaining([`${root}/index.html`, `${root}/assets/site.js`, `${root}/assets/search-index.js`]));

  const site = await context.newPage();
  const errors: string[] = [];
  site.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  site.on('pageerror', (e) => errors.push(e.message));
  await site.goto(pathToFileURL(join(dir, root, 'index.html')).toString());
  await expect(site.locator('#site-tools')).toBeVisible();
  expect(errors).toEqual([]);
  await expectAccessible(site, 'report site index (nl)');
  // axe fetches the stylesheet to read it, which the site's CSP (rightly) refuses; that is axe's.
  errors.length = 0;
  await site.getByRole('searchbox', { name: 'Zoeken in alle secties' }).fill('dataplatform');
  const hit = site.locator('.search-hit a').first();
  await expect(hit).toHaveText('Open data');
  await expect(site.locator('.search-hit mark').first()).toBeVisible();
  await shot(site, 'site-search');
  await hit.click();
  await expect(site.locator('h1')).toHaveText('Open data');
  await expect(site.locator('a[rel="next"], a[rel="prev"]').first()).toBeVisible();
  await shot(site, 'site-page');
  expect(errors).toEqual([]);
  await expectAccessible(site, 'report site section page (nl)');
  errors.length = 0;
  // The filters: one verdict leaves only its sections.
  await site.goto(pathToFileURL(join(dir, root, 'index.html')).toString());
  await site.locator('#filter-verdict').selectOption('partially-kept');
  const shown = site.locator('.contents li[data-verdict]:visible');
  await expect(shown.first()).toBeVisible();
  await shot(site, 'site-filtered');
  for (const v of await shown.evaluateAll((els) => els.map((e) => e.getAttribute('data-verdict')))) expect(v).toBe('partially-kept');
  expect(errors).toEqual([]);
});

test('in English the site and the print page say so, Dutch content marked, and pass axe', async ({ page, workbench, context }) => {
  const wb = new WorkbenchPage(page);
  await wb.waitReady();
  await wb.openSection('Open data');
  const dialog = new ExportDialogPage(page);
  await dialog.open();
  // The labels' language is the project's, set here for every export after it.
  await dialog.dialog.getByTestId('export-language').selectOption('en');
  await expect.poll(async () => (await api<{ project: { info: { language: string } } }>(page, workbench, 'app.status')).project.info.language).toBe('en');
  await dialog.choose('project', 'site');
  const download = await dialog.runForDownload();
  const zip = join(workbench.tmpDir, 'site-en.zip');
  await download.saveAs(zip);
  const dir = join(workbench.tmpDir, 'site-en');
  unzipTo(readFileSync(zip), dir);
  const root = download.suggestedFilename().replace(/\.zip$/, '');
  const site = await context.newPage();
  await site.goto(pathToFileURL(join(dir, root, 'index.html')).toString());
  await expect(site.locator('html')).toHaveAttribute('lang', 'en');
  await expect(site.locator('#verdicts-heading')).toHaveText('Verdicts');
  await expect(site.locator('.contents li a[lang="nl"]').first()).toBeVisible();
  await expectAccessible(site, 'report site index (en)');
  await site.goto(pathToFileURL(join(dir, root, 'Bestuur', 'Digitale overheid', 'Open data.html')).toString());
  await expect(site.locator('#references-heading')).toHaveText('References');
  await expect(site.locator('article.body')).toHaveAttribute('lang', 'nl');
  await expectAccessible(site, 'report site section page (en)');

  const ticket = await api<{ id: string }>(page, workbench, 'export.printPage', { sectionId: (await section(page, workbench, 'Open data')).id });
  const print = await context.newPage();
  await print.goto(`${workbench.origin}/api/download/${ticket.id}`);
  await expect(print.locator('h1')).toHaveText('Open data');
  await expect(print.locator('section.agreement h2')).toHaveText('Coalition agreement');
  await expectAccessible(print, 'print page (en)');
});
