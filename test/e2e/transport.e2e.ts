// The browser transport as a browser sees it: the page under its CSP (Monaco and its
// worker included), the token and origin fences, and events over SSE.
import { readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { callFromPage, expect, test } from './fixtures';
import { WorkbenchPage } from './pages/workbench-page';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

test('the page runs under the CSP with no violations, Monaco included', async ({ page, problems }) => {
  await expect(page).toHaveTitle('Policy Workbench');
  await expect(page.locator('.monaco-editor .view-lines').first()).toBeVisible();
  // Monaco's worker is a module script from 'self'; it must start under worker-src.
  const worker = readdirSync(join(repo, 'out', 'renderer', 'assets')).find((f) => /^editor\.worker-.*\.js$/.test(f));
  expect(worker, 'the build has an editor worker').toBeTruthy();
  const started = await page.evaluate(async (file) => {
    const w = new Worker(`/assets/${file}`, { type: 'module' });
    return new Promise<string>((done) => {
      w.onerror = () => done('failed');
      setTimeout(() => done('running'), 1500);
    });
  }, worker!);
  expect(started).toBe('running');
  expect(problems.cspViolations).toEqual([]);
  expect(problems.errors).toEqual([]);
});

test('the page has no Electron bridge and talks HTTP with its token', async ({ page, workbench }) => {
  expect(await page.evaluate(() => typeof window.pwb)).toBe('undefined');
  const ok = await callFromPage(page, workbench.token, 'app.status');
  expect(ok.status).toBe(200);
  expect(ok.body).toMatchObject({ ok: true, value: { transport: 'http', nativeDialogs: false } });
  const refused = await callFromPage(page, 'not-the-token', 'app.status');
  expect(refused.status).toBe(401);
  expect(refused.body).toMatchObject({ ok: false, error: { code: 'bad-request' } });
  const dialogs = await callFromPage(page, workbench.token, 'dialogs.pickFolder');
  expect(dialogs.body).toMatchObject({ ok: false, error: { code: 'bad-request' } });
});

test('a page on another origin cannot call the API, even with the token', async ({ page, workbench }) => {
  // localhost:PORT is a different origin from 127.0.0.1:PORT (though an allowed Host).
  await page.goto(workbench.url.replace('127.0.0.1', 'localhost'));
  const outcome = await page.evaluate(async ({ origin, token }) => {
    try {
      const res = await fetch(`${origin}/api/call`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
        body: JSON.stringify({ method: 'project.close', args: {} }),
      });
      return `answered ${res.status}`;
    } catch {
      return 'blocked';
    }
  }, { origin: workbench.origin, token: workbench.token });
  expect(outcome).toBe('blocked');
});

test('a reload without the token still loads the page, from the asset cookie only', async ({ page, workbench, context }) => {
  const cookies = await context.cookies(workbench.origin);
  expect(cookies.map((c) => [c.name, c.httpOnly, c.sameSite])).toEqual([[`pwb_asset_${workbench.port}`, true, 'Strict']]);
  expect(cookies[0].value).not.toBe(workbench.token);
  const res = await page.goto(`${workbench.origin}/`);
  expect(res?.status()).toBe(200);
  // The cookie opens files, not the API.
  const api = await page.evaluate(async () => (await fetch('/api/call', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{"method":"app.status"}' })).status);
  expect(api).toBe(401);
  await context.clearCookies();
  expect((await page.goto(`${workbench.origin}/`))?.status()).toBe(401);
});

test('events reach the page over Server-Sent Events', async ({ page, workbench }) => {
  // The page opens the demo project as it starts. Closing before that would close
  // nothing (no event), and the demo would open afterwards: wait for it first.
  await new WorkbenchPage(page).waitReady();
  const before = await callFromPage(page, workbench.token, 'app.status');
  expect(before.body).toMatchObject({ ok: true, value: { project: { demo: true } } });
  await page.evaluate((token) => {
    const w = window as unknown as { __events: string[] };
    w.__events = [];
    const source = new EventSource(`/api/events?token=${encodeURIComponent(token)}`);
    source.addEventListener('projectChanged', (e) => w.__events.push((e as MessageEvent).data as string));
    return new Promise<void>((done) => (source.onopen = () => done()));
  }, workbench.token);
  const closed = await callFromPage(page, workbench.token, 'project.close');
  expect(closed.body).toMatchObject({ ok: true });
  await expect.poll(() => page.evaluate(() => (window as unknown as { __events: string[] }).__events)).toContain('{"project":null}');
});
