// The desktop app itself, driven through Playwright's Electron support. Needs the
// Electron binary, which cannot be downloaded on every machine; without it these tests
// skip (the same security settings are checked without the binary in
// test/integration/electron-security.test.ts).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { _electron as electron, expect, test } from '@playwright/test';
import type { ElectronApplication, Page } from '@playwright/test';
import { findElectronBinary } from '../../scripts/electron-binary.mjs';

// ESM (package.json "type": "module"): no __dirname.
const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const binary = findElectronBinary();

/** The environment for the app: a fresh data folder, and never the dev server. */
function appEnv(dataDir: string): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries(process.env)) if (v !== undefined && k !== 'ELECTRON_RENDERER_URL') env[k] = v;
  return { ...env, PWB_DATA_DIR: dataDir };
}

test.describe('Electron app', () => {
  test.skip(!binary, 'Electron binary not installed on this machine (download impossible); Electron-only tests skipped');

  let app: ElectronApplication;
  let win: Page;
  let dataDir: string;

  test.beforeEach(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'pwb-electron-'));
    app = await electron.launch({
      executablePath: binary!,
      args: [join(repo, 'out', 'main', 'index.js'), `--data-dir=${dataDir}`],
      cwd: repo,
      env: appEnv(dataDir),
    });
    win = await app.firstWindow();
    await win.waitForLoadState('domcontentloaded');
  });

  test.afterEach(async () => {
    await app?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  test('opens the built-in demo project over IPC', async () => {
    expect(win.url()).toBe('app://workbench/index.html');
    await expect
      .poll(async () => win.evaluate(async () => {
        const res = await window.pwb!.call('app.status', {});
        return res.ok ? { demo: res.value.project?.demo ?? false, transport: res.value.transport, nativeDialogs: res.value.nativeDialogs } : null;
      }))
      .toEqual({ demo: true, transport: 'electron', nativeDialogs: true });
  });

  test('runs the page isolated, sandboxed and without Node', async () => {
    // getLastWebPreferences is not in Electron's typings but exists at run time; where it
    // is missing the page-side checks below still show no Node and an isolated bridge.
    const prefs = await app.evaluate(({ BrowserWindow }) => {
      const wc = BrowserWindow.getAllWindows()[0].webContents as unknown as { getLastWebPreferences?: () => Record<string, unknown> | null };
      const p = wc.getLastWebPreferences?.();
      return p ? { contextIsolation: p.contextIsolation, sandbox: p.sandbox, nodeIntegration: p.nodeIntegration, webSecurity: p.webSecurity, webviewTag: p.webviewTag } : null;
    });
    if (prefs) expect(prefs).toEqual({ contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true, webviewTag: false });
    const globals = await win.evaluate(() => ({
      require: typeof (globalThis as { require?: unknown }).require,
      process: typeof (globalThis as { process?: unknown }).process,
      pwbKeys: Object.keys(window.pwb ?? {}).sort(),
      functions: Object.entries(window.pwb ?? {}).filter(([, v]) => typeof v === 'function').map(([k]) => k).sort(),
    }));
    expect(globals).toEqual({ require: 'undefined', process: 'undefined', pwbKeys: ['call', 'on', 'platform'], functions: ['call', 'on'] });
  });

  test('sends the CSP with the page', async () => {
    const csp = await win.evaluate(async () => (await fetch('/index.html')).headers.get('content-security-policy'));
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-eval');
  });

  test('refuses navigation away from the app and new windows', async () => {
    await win.evaluate(() => {
      window.location.href = 'https://example.org/';
    });
    await win.waitForTimeout(500);
    expect(win.url()).toBe('app://workbench/index.html');
    await win.evaluate(() => {
      window.location.href = 'file:///etc/passwd';
    });
    await win.waitForTimeout(500);
    expect(win.url()).toBe('app://workbench/index.html');
    expect(await win.evaluate(() => window.open('app://workbench/index.html') === null)).toBe(true);
    expect(app.windows()).toHaveLength(1);
  });

  test('answers unknown methods and bad arguments as data', async () => {
    const results = await win.evaluate(async () => {
      const call = window.pwb!.call as (m: string, a: unknown) => Promise<{ ok: boolean; error?: { code: string } }>;
      return [await call('fs.readFile', { path: '/etc/passwd' }), await call('project.open', { path: 42 })];
    });
    expect(results.map((r) => [r.ok, r.error?.code])).toEqual([
      [false, 'bad-request'],
      [false, 'bad-request'],
    ]);
  });
});
