// Playwright fixtures for the browser host: each test gets its own `node out/main/host.js`
// on a free port with a fresh data folder, and a page already opened on its URL.
import { spawn } from 'node:child_process';
import type { ChildProcessByStdio } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Readable } from 'node:stream';
import { test as base, expect } from '@playwright/test';
import type { Page } from '@playwright/test';
import { CHROMIUM_INSTALL, CHROMIUM_MISSING, chromiumPath, hasChromium, isCI } from '../../scripts/chromium.mjs';

export interface Workbench {
  /** The address with the token: http://127.0.0.1:PORT/?token=… */
  url: string;
  origin: string;
  port: number;
  token: string;
  /** The host's data folder (settings, recent list, demo project). */
  dataDir: string;
  /** A fresh folder for the test's own files (projects, exports), and the host's workspace; removed afterwards. */
  tmpDir: string;
  /** Everything the host printed, for failure messages. */
  output: () => string;
}

export interface PageProblems {
  /** Console errors and uncaught page errors. */
  errors: string[];
  /** Content-Security-Policy violations reported by the page. */
  cspViolations: string[];
}

// ESM (package.json "type": "module"): no __dirname.
const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const hostEntry = join(repo, 'out', 'main', 'host.js');

async function startHostProcess(dataDir: string, workspace: string): Promise<{ child: ChildProcessByStdio<null, Readable, Readable>; info: { url: string; port: number }; output: () => string }> {
  const child = spawn(process.execPath, [hostEntry, '--port', '0', '--data-dir', dataDir, '--workspace', workspace, '--json', '--quiet'], {
    cwd: repo,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, PWB_DATA_DIR: dataDir },
  });
  let out = '';
  const info = await new Promise<{ url: string; port: number }>((resolveInfo, reject) => {
    const timer = setTimeout(() => reject(new Error(`The host did not print its URL within 30 s:\n${out}`)), 30_000);
    const onData = (chunk: Buffer) => {
      out += chunk.toString();
      const line = out.split('\n').find((l) => l.startsWith('{') && l.includes('"url"'));
      if (line) {
        clearTimeout(timer);
        resolveInfo(JSON.parse(line));
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', (c: Buffer) => (out += c.toString()));
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`The host exited (${code}) before it was ready:\n${out}`));
    });
  });
  return { child, info, output: () => out };
}

async function stopHostProcess(child: ChildProcessByStdio<null, Readable, Readable>): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((r) => child.once('exit', () => r()));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
  await exited;
  clearTimeout(timer);
}

export const test = base.extend<{ workbench: Workbench; problems: PageProblems; requireChromium: void; language: 'nl' | 'en' | null }>({
  // The interface language the host starts with: null is a first start (no settings yet),
  // which speaks the default, Dutch. A spec that reads English texts says
  // `test.use({ language: 'en' })`.
  language: [null, { option: true }],

  // Runs before any browser is launched (auto fixtures come first), so a machine
  // without Chromium skips instead of failing — except in CI, where a missing browser
  // must not pass as "skipped".
  requireChromium: [
    // eslint-disable-next-line no-empty-pattern -- Playwright reads the fixture's dependencies from this pattern
    async ({}, use, testInfo) => {
      if (!hasChromium && isCI) throw new Error(`Chromium not found at ${chromiumPath}, and CI is set, so the browser tests fail instead of skipping: ${CHROMIUM_INSTALL}.`);
      testInfo.skip(!hasChromium, CHROMIUM_MISSING);
      await use();
    },
    { auto: true },
  ],

  workbench: async ({ language }, use) => {
    const tmpDir = mkdtempSync(join(tmpdir(), 'pwb-e2e-'));
    const dataDir = join(tmpDir, 'data');
    // The test's own folder is the host's workspace: the files a test makes there are the
    // ones the browser may reach (docs/adr/0015).
    if (language) {
      mkdirSync(dataDir, { recursive: true });
      writeFileSync(join(dataDir, 'state.json'), JSON.stringify({ version: 1, settings: { language }, recent: [] }));
    }
    const { child, info, output } = await startHostProcess(dataDir, tmpDir);
    const url = new URL(info.url);
    try {
      await use({ url: info.url, origin: url.origin, port: info.port, token: url.searchParams.get('token') ?? '', dataDir, tmpDir, output });
    } finally {
      await stopHostProcess(child);
      rmSync(tmpDir, { recursive: true, force: true });
    }
  },

  // Listens on the context, before the page exists, so nothing from the first load is missed.
  problems: async ({ context }, use) => {
    const problems: PageProblems = { errors: [], cspViolations: [] };
    context.on('console', (msg) => {
      if (msg.type() === 'error') problems.errors.push(msg.text());
    });
    context.on('weberror', (err) => problems.errors.push(`${err.error().name}: ${err.error().message}`));
    await context.exposeBinding('__pwbReportCsp', (_source, text: string) => void problems.cspViolations.push(text));
    await context.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) => {
        (window as unknown as { __pwbReportCsp: (s: string) => void }).__pwbReportCsp(`${e.violatedDirective} blocked ${e.blockedURI || '(inline)'}`);
      });
    });
    await use(problems);
  },

  page: async ({ page, workbench, problems: _problems }, use) => {
    await page.goto(workbench.url);
    await use(page);
  },
});

/** Calls the API from the page, as the renderer does (same origin, token header). */
export async function callFromPage(page: Page, token: string, method: string, args: unknown = {}): Promise<{ status: number; body: unknown }> {
  return page.evaluate(
    async ({ token, method, args }) => {
      const res = await fetch('/api/call', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
        body: JSON.stringify({ method, args }),
      });
      return { status: res.status, body: await res.json() };
    },
    { token, method, args },
  );
}

export { expect };
