// The Electron shell: one window over the shared backend. Every decision (window flags,
// CSP, navigation, sender checks, menus, launch arguments) lives in the pure files
// beside this one; this file only wires them to Electron.
import { mkdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BrowserWindow, app, dialog, protocol, session, shell } from 'electron';
import type { WebContents } from 'electron';
import { createBackend } from '../backend/app-backend';
import type { Backend } from '../backend/app-backend';
import { defaultDataDir } from '../backend/data-dir';
import type { AppStatus } from '../../shared/api';
import { DEFAULT_LANGUAGE } from '../../shared/languages';
import { answerAppRequest } from './app-protocol';
import { APP_ENTRY_URL, APP_SCHEME, appOrigins, originOf } from './app-url';
import { withCspHeader } from './csp';
import { createDialogServices } from './dialogs';
import { registerIpc, sendToWindow } from './ipc';
import { findProjectArg, readFlag } from './launch-args';
import { installMenu } from './menu';
import type { MenuAction } from './menu-template';
import { isExternalAllowed, isNavigationAllowed } from './navigation-policy';
import { printPageToPdf } from './pdf';
import { isPermissionAllowed } from './permission-policy';
import { ProjectOpener } from './project-opener';
import { buildWindowOptions } from './window-options';

const here = dirname(fileURLToPath(import.meta.url));
const rendererDir = join(here, '..', 'renderer');
const preloadPath = join(here, '..', 'preload', 'index.cjs');
const iconPath = app.isPackaged ? join(process.resourcesPath, 'icon.png') : join(here, '..', '..', 'resources', 'icon.png');
// electron-vite's dev server, in development only; a packaged app never loads remote pages.
const devServerUrl = (!app.isPackaged && process.env.ELECTRON_RENDERER_URL) || undefined;
const origins = appOrigins(devServerUrl);
const dataDir = readFlag(process.argv, '--data-dir') ?? defaultDataDir();

// Must happen before `ready`: gives app:// a real, secure origin (fetch, workers, CSP 'self').
protocol.registerSchemesAsPrivileged([
  { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: true, codeCache: true } },
]);

let backend: Backend | null = null;
let mainWindow: BrowserWindow | null = null;
// Every project the system hands over goes through here (docs/adr/0026).
const opener = new ProjectOpener(findProjectArg(process.argv, process.cwd()));

if (!app.requestSingleInstanceLock()) {
  // Another window already runs; it receives our argv through `second-instance`.
  app.quit();
} else {
  app.on('second-instance', (_event, argv, workingDirectory) => {
    focusWindow();
    const path = findProjectArg(argv, workingDirectory);
    if (path) void opener.open(path);
  });
  // macOS hands files over by event (double click, drag onto the dock), possibly before `ready`.
  app.on('open-file', (event, path) => {
    event.preventDefault();
    void opener.open(path);
  });
  app.on('web-contents-created', (_event, contents) => harden(contents));
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('activate', () => {
    if (backend && BrowserWindow.getAllWindows().length === 0) createWindow();
  });
  let closed = false;
  app.on('will-quit', (event) => {
    if (closed || !backend) return;
    // Closing the backend checkpoints the project database; quit only once that is done.
    event.preventDefault();
    void backend.close().finally(() => {
      closed = true;
      app.quit();
    });
  });
  app.whenReady().then(start, (err: unknown) => fail(err));
}

async function start(): Promise<void> {
  try {
    mkdirSync(dataDir, { recursive: true });
    const ses = session.defaultSession;
    protocol.handle(APP_SCHEME, async (request) => {
      const answer = await answerAppRequest(request.url, rendererDir);
      if (!answer.file) return new Response('Not found', { status: answer.status, headers: answer.headers });
      return new Response(await readFile(answer.file), { status: 200, headers: answer.headers });
    });
    // The CSP also comes as a header for anything served from an app origin (the dev server too).
    ses.webRequest.onHeadersReceived((details, callback) => {
      const origin = originOf(details.url);
      if (origin && origins.includes(origin)) {
        callback({ responseHeaders: withCspHeader(details.responseHeaders) });
      } else {
        callback({});
      }
    });
    ses.setPermissionRequestHandler((_wc, permission, callback, details) => callback(isPermissionAllowed(permission, details.requestingUrl, origins)));
    ses.setPermissionCheckHandler((_wc, permission, requestingOrigin) => isPermissionAllowed(permission, requestingOrigin, origins));

    backend = createBackend({ dataDir, transport: 'electron', nativeDialogs: true, dialogs: createDialogServices(() => mainWindow), pdf: printPageToPdf });
    registerIpc(backend, origins);
    backend.events.on('projectChanged', ({ project }) => {
      if (project && !project.demo) app.addRecentDocument(project.path);
      void refreshMenu();
    });
    backend.events.on('settingsChanged', () => void refreshMenu());
    await opener.start({
      hasWindow: () => mainWindow !== null && !mainWindow.isDestroyed(),
      openDirectly: openProject,
      askRenderer: (path) => backend?.requestOpen(path),
      focusWindow,
      createWindow,
    });
    await refreshMenu();
    createWindow();
  } catch (err) {
    fail(err);
  }
}

function createWindow(): void {
  const win = new BrowserWindow(buildWindowOptions({ preloadPath, iconPath, title: 'Policy Workbench' }));
  mainWindow = win;
  win.once('ready-to-show', () => win.show());
  win.on('closed', () => {
    if (mainWindow === win) mainWindow = null;
  });
  void win.loadURL(devServerUrl ?? APP_ENTRY_URL);
}

/** Every web page the app creates gets the same fences, windows and frames alike. */
function harden(contents: WebContents): void {
  contents.on('will-navigate', (event) => {
    if (isNavigationAllowed(event.url, origins)) return;
    event.preventDefault();
    // A plain link click in a report: show it in the person's browser, not in the app.
    if (isExternalAllowed(event.url)) void shell.openExternal(event.url);
  });
  contents.on('will-redirect', (event) => {
    if (!isNavigationAllowed(event.url, origins)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    if (isExternalAllowed(url)) void shell.openExternal(url);
    return { action: 'deny' };
  });
}

function focusWindow(): void {
  const win = mainWindow ?? BrowserWindow.getAllWindows()[0];
  if (!win) return;
  if (win.isMinimized()) win.restore();
  win.focus();
}

async function openProject(path: string): Promise<void> {
  if (!backend) return;
  const result = await backend.dispatch('project.open', { path });
  if (!result.ok) {
    const options = { type: 'error' as const, message: `Cannot open ${path}`, detail: result.error.message };
    if (mainWindow) await dialog.showMessageBox(mainWindow, options);
    else await dialog.showMessageBox(options);
  }
}

async function refreshMenu(): Promise<void> {
  if (!backend) return;
  const status = await backend.dispatch('app.status', {});
  const value = status.ok ? (status.value as AppStatus) : null;
  installMenu(
    {
      platform: process.platform,
      recent: value?.recent ?? [],
      hasProject: Boolean(value?.project),
      devTools: !app.isPackaged,
      language: value?.settings.language ?? DEFAULT_LANGUAGE,
    },
    onMenuAction,
  );
}

function onMenuAction(action: MenuAction): void {
  const win = BrowserWindow.getFocusedWindow() ?? mainWindow;
  switch (action.type) {
    case 'command':
      if (win) sendToWindow(win, 'menuCommand', { command: action.command });
      return;
    case 'open-recent':
      void opener.open(action.path);
      return;
    case 'open-data-folder':
      void shell.openPath(dataDir);
      return;
  }
}

function fail(err: unknown): void {
  dialog.showErrorBox('Policy Workbench could not start', err instanceof Error ? err.message : String(err));
  app.exit(1);
}
