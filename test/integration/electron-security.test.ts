// The Electron shell's security decisions, checked without the Electron binary: every
// one of them lives in a pure file that this test imports directly.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { translator } from '../../src/core/i18n';
import { bindingOf, COMMAND_IDS, commandSpec, commandTitleKey, toAccelerator } from '../../src/shared/commands';
import type { CommandId } from '../../src/shared/commands';
import { APP_ENTRY_URL, APP_ORIGIN, appOrigins, originOf } from '../../src/main/electron/app-url';
import { RENDERER_CSP, RENDERER_CSP_META, withCspHeader } from '../../src/main/electron/csp';
import { isTrustedSender } from '../../src/main/electron/ipc-guard';
import { buildMenuSpec, flattenMenu, ROLE_ACCELERATORS } from '../../src/main/electron/menu-template';
import type { MenuContext } from '../../src/main/electron/menu-template';
import { isExternalAllowed, isNavigationAllowed } from '../../src/main/electron/navigation-policy';
import { isPermissionAllowed } from '../../src/main/electron/permission-policy';
import { buildWindowOptions } from '../../src/main/electron/window-options';
import { findProjectArg, readFlag } from '../../src/main/electron/launch-args';
import { answerAppRequest } from '../../src/main/electron/app-protocol';
import { ensurePwbExtension, pickFilesOptions, saveProjectOptions } from '../../src/main/electron/dialog-options';
import { dialogMethods } from '../../src/shared/api/dialogs';

const repo = join(__dirname, '..', '..');
const origins = [APP_ORIGIN];

describe('window options', () => {
  const opts = buildWindowOptions({ preloadPath: '/app/out/preload/index.cjs' });
  const web = opts.webPreferences!;

  it('isolates and sandboxes the renderer, with no Node', () => {
    expect(web.contextIsolation).toBe(true);
    expect(web.sandbox).toBe(true);
    expect(web.nodeIntegration).toBe(false);
    expect(web.nodeIntegrationInWorker).toBe(false);
    expect(web.nodeIntegrationInSubFrames).toBe(false);
  });

  it('keeps web security on and dangerous features off', () => {
    expect(web.webSecurity).toBe(true);
    expect(web.allowRunningInsecureContent).toBe(false);
    expect(web.experimentalFeatures).toBe(false);
    expect(web.webviewTag).toBe(false);
    expect(web).not.toHaveProperty('enableRemoteModule');
    expect(web).not.toHaveProperty('enableBlinkFeatures');
    expect(web.spellcheck).toBe(true);
  });

  it('loads the given preload and nothing else', () => {
    expect(web.preload).toBe('/app/out/preload/index.cjs');
    expect(Object.keys(web).filter((k) => /preload/i.test(k))).toEqual(['preload']);
  });
});

describe('content security policy', () => {
  const directives = new Map(RENDERER_CSP.split(';').map((d) => {
    const [name, ...values] = d.trim().split(/\s+/);
    return [name, values] as const;
  }));

  it('never allows eval or inline scripts', () => {
    expect(RENDERER_CSP).not.toContain('unsafe-eval');
    expect(RENDERER_CSP).not.toContain('wasm-unsafe-eval');
    expect(directives.get('script-src')).toEqual(["'self'"]);
  });

  it('defaults to self and names no remote host', () => {
    expect(["'self'", "'none'"]).toContain(directives.get('default-src')?.[0]);
    for (const [, values] of directives) {
      for (const v of values) expect(v, v).toMatch(/^('self'|'none'|'unsafe-inline'|data:|blob:)$/);
    }
  });

  it('locks framing, base and forms, and allows only what Monaco needs', () => {
    expect(directives.get('frame-ancestors')).toEqual(["'none'"]);
    expect(directives.get('object-src')).toEqual(["'none'"]);
    expect(directives.get('base-uri')).toEqual(["'none'"]);
    expect(directives.get('form-action')).toEqual(["'none'"]);
    expect(directives.get('connect-src')).toEqual(["'self'"]);
    expect(directives.get('worker-src')).toEqual(["'self'", 'blob:']);
    expect(directives.get('style-src')).toEqual(["'self'", "'unsafe-inline'"]);
  });

  it('replaces any CSP a response brings with ours (Electron header hook)', () => {
    const out = withCspHeader({ 'content-security-policy': ["default-src *"], 'Content-Type': ['text/html'] });
    expect(out).toEqual({ 'Content-Type': ['text/html'], 'Content-Security-Policy': [RENDERER_CSP] });
    expect(withCspHeader(undefined)).toEqual({ 'Content-Security-Policy': [RENDERER_CSP] });
  });

  it('is the same policy in index.html (minus frame-ancestors, which <meta> cannot carry)', () => {
    const html = readFileSync(join(repo, 'src', 'renderer', 'index.html'), 'utf8');
    const meta = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html);
    expect(meta?.[1]).toBe(RENDERER_CSP_META);
    expect(RENDERER_CSP_META).toBe(RENDERER_CSP.replace("; frame-ancestors 'none'", ''));
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
  });
});

describe('navigation policy', () => {
  it('lets the window stay on the app only', () => {
    expect(isNavigationAllowed(APP_ENTRY_URL, origins)).toBe(true);
    expect(isNavigationAllowed(`${APP_ORIGIN}/index.html#/library`, origins)).toBe(true);
    for (const url of [
      'https://example.org/',
      'http://127.0.0.1:5173/',
      'file:///etc/passwd',
      'file:///app/out/renderer/index.html',
      'javascript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'about:blank',
      'app://evil/index.html',
      'app://workbench.evil.example/',
      'chrome://settings',
      'not a url',
      '',
    ]) {
      expect(isNavigationAllowed(url, origins), url).toBe(false);
    }
  });

  it('allows the dev server only when it is on loopback and configured', () => {
    const dev = appOrigins('http://localhost:5173/');
    expect(isNavigationAllowed('http://localhost:5173/index.html', dev)).toBe(true);
    expect(appOrigins('http://evil.example:5173/')).toEqual([APP_ORIGIN]);
    expect(appOrigins(undefined)).toEqual([APP_ORIGIN]);
  });

  it('opens externally only web and mail links', () => {
    for (const url of ['https://beslissingenvlaamseregering.vlaanderen.be/document-views/abc', 'http://example.org/x?y=1', 'mailto:someone@example.org']) {
      expect(isExternalAllowed(url), url).toBe(true);
    }
    for (const url of [
      'file:///C:/Windows/System32/calc.exe',
      'smb://server/share',
      'javascript:alert(1)',
      'data:text/html,x',
      'ms-msdt:/id PCWDiagnostic',
      'vscode://file/etc/passwd',
      'app://workbench/index.html',
      'https://user:pass@example.org/',
      'https://bank.example@evil.example/',
      'http://',
      'mailto:',
      'nonsense',
      `https://example.org/${'a'.repeat(9000)}`,
    ]) {
      expect(isExternalAllowed(url), url).toBe(false);
    }
  });

  it('derives origins by hand for the custom scheme', () => {
    expect(originOf('app://workbench/assets/x.js')).toBe('app://workbench');
    expect(originOf('http://localhost:5173/a')).toBe('http://localhost:5173');
    expect(originOf('javascript:alert(1)')).toBeNull();
    expect(originOf(undefined)).toBeNull();
  });
});

describe('IPC sender guard', () => {
  it('accepts only the app page in the top-level frame', () => {
    expect(isTrustedSender({ url: APP_ENTRY_URL, isMainFrame: true }, origins)).toBe(true);
    expect(isTrustedSender({ url: APP_ENTRY_URL, isMainFrame: false }, origins)).toBe(false);
    expect(isTrustedSender({ url: 'https://evil.example/', isMainFrame: true }, origins)).toBe(false);
    expect(isTrustedSender({ url: 'file:///app/out/renderer/index.html', isMainFrame: true }, origins)).toBe(false);
    expect(isTrustedSender({ url: 'about:blank', isMainFrame: true }, origins)).toBe(false);
    expect(isTrustedSender({ url: undefined, isMainFrame: true }, origins)).toBe(false);
    expect(isTrustedSender(null, origins)).toBe(false);
  });
});

describe('permissions', () => {
  it('grants only clipboard writing, and only to the app', () => {
    expect(isPermissionAllowed('clipboard-sanitized-write', APP_ENTRY_URL, origins)).toBe(true);
    expect(isPermissionAllowed('clipboard-sanitized-write', 'https://evil.example/', origins)).toBe(false);
    for (const p of ['media', 'geolocation', 'notifications', 'openExternal', 'clipboard-read', 'fileSystem', 'usb', 'unknown']) {
      expect(isPermissionAllowed(p, APP_ENTRY_URL, origins), p).toBe(false);
    }
  });
});

describe('menus', () => {
  const contexts: MenuContext[] = [
    { platform: 'linux', recent: ['/home/a/x.pwb', '/home/a/R&D.pwb'], hasProject: true, devTools: true, language: 'en' },
    { platform: 'darwin', recent: [], hasProject: false, devTools: false, language: 'en' },
    { platform: 'win32', recent: ['C:\\x.pwb'], hasProject: true, devTools: false, language: 'nl' },
  ];
  const menuCommands = COMMAND_IDS.filter((id) => commandSpec(id).menu);

  it('offers every menu command of the table once, and nothing else', () => {
    for (const ctx of contexts) {
      const items = flattenMenu(buildMenuSpec(ctx));
      const commands = items.flatMap((i) => (i.action?.type === 'command' ? [i.action.command] : []));
      expect(commands.sort()).toEqual([...menuCommands].sort());
    }
  });

  it('shows the table’s binding for each command, leaving the key itself to the renderer', () => {
    for (const ctx of contexts) {
      for (const item of flattenMenu(buildMenuSpec(ctx))) {
        if (item.action?.type !== 'command') continue;
        const id = item.action.command;
        expect(item.label).toBe(translator(ctx.language).t(commandTitleKey(id)));
        expect(item.accelerator).toBe(toAccelerator(bindingOf(id, { platform: ctx.platform, browser: false }), ctx.platform));
        expect(item.registerAccelerator).toBe(false);
      }
    }
    // No second list of keys in the menu code (the role keys above it are Electron's, listed for this test).
    const source = readFileSync(join(repo, 'src', 'main', 'electron', 'menu-template.ts'), 'utf8');
    expect(source.slice(source.indexOf('export interface MenuItemSpec'))).not.toMatch(/'(CmdOrCtrl|Ctrl|Cmd)\+\w/);
  });

  it('has unique shortcuts that do not clash with the built-in roles', () => {
    for (const ctx of contexts) {
      const items = flattenMenu(buildMenuSpec(ctx));
      const keys = items
        .flatMap((i) => [i.accelerator ?? (i.role ? ROLE_ACCELERATORS[i.role] : undefined)])
        .filter((k): k is string => Boolean(k))
        .map((k) => k.toLowerCase().replace(/cmdorctrl|cmd|ctrl/, 'mod'));
      expect(new Set(keys).size, keys.join(', ')).toBe(keys.length);
    }
  });

  it('has the File, Export, View and Help menus, recent projects and Quit where expected', () => {
    const linux = buildMenuSpec(contexts[0]);
    expect(linux.map((m) => m.label?.replace('&', ''))).toEqual(['File', 'Edit', 'Export', 'View', 'Help']);
    const file = linux[0].submenu!;
    const openIndex = file.findIndex((i) => i.action?.type === 'command' && i.action.command === 'open-project');
    expect(file[openIndex + 1].label).toBe('Open recent');
    const recent = flattenMenu(file).filter((i) => i.action?.type === 'open-recent');
    expect(recent.map((i) => i.action)).toEqual([
      { type: 'open-recent', path: '/home/a/x.pwb' },
      { type: 'open-recent', path: '/home/a/R&D.pwb' },
    ]);
    expect(recent[1].label).toBe('/home/a/R&&D.pwb');
    expect(file.some((i) => i.role === 'quit')).toBe(true);
    expect(flattenMenu(linux).some((i) => i.role === 'toggleDevTools')).toBe(true);
    // Groups are kept apart by one separator, never two in a row.
    for (const menu of linux) {
      const seps = menu.submenu!.map((i) => !!i.separator);
      expect(seps.some((s, i) => s && seps[i + 1]), menu.label).toBe(false);
    }

    const mac = buildMenuSpec(contexts[1]);
    expect(mac[0].role).toBe('appMenu');
    expect(flattenMenu(mac).some((i) => i.role === 'toggleDevTools')).toBe(false);
    expect(flattenMenu(mac).find((i) => i.label === 'No recent projects')?.enabled).toBe(false);
  });

  it('speaks the interface language, roles included', () => {
    const nl = buildMenuSpec({ ...contexts[0], language: 'nl' });
    expect(nl.map((m) => m.label?.replace('&', ''))).toEqual(['Bestand', 'Bewerken', 'Exporteren', 'Beeld', 'Help']);
    const items = flattenMenu(nl);
    expect(items.find((i) => i.role === 'copy')?.label).toBe('Kopiëren');
    expect(items.find((i) => i.action?.type === 'command' && i.action.command === 'import-decisions')?.label).toBe('Beslissingen importeren…');
    expect(flattenMenu(buildMenuSpec({ ...contexts[1], language: 'nl' })).find((i) => i.enabled === false && !i.action)?.label).toBe('Geen recente projecten');
  });

  it('gives each menu a mnemonic that is unique in the bar, in every language', () => {
    for (const language of ['nl', 'en'] as const) {
      const bar = buildMenuSpec({ ...contexts[0], language }).map((m) => m.label ?? '');
      const keys = bar.map((label) => /&(.)/.exec(label)?.[1]?.toLowerCase());
      expect(keys.every(Boolean), bar.join(' ')).toBe(true);
      expect(new Set(keys).size, bar.join(' ')).toBe(keys.length);
    }
  });

  it('disables project commands while no project is open', () => {
    const items = flattenMenu(buildMenuSpec(contexts[1]));
    const byCommand = (c: CommandId) => items.find((i) => i.action?.type === 'command' && i.action.command === c);
    for (const id of menuCommands) expect(byCommand(id)?.enabled, id).toBe(commandSpec(id).needsProject ? false : undefined);
    expect(byCommand('open-project')?.enabled).not.toBe(false);
    expect(byCommand('export-section-md')?.enabled).toBe(false);
  });
});

describe('preload', () => {
  const source = readFileSync(join(repo, 'src', 'preload', 'index.ts'), 'utf8');

  it('exposes exactly one object, `pwb`', () => {
    const exposures = [...source.matchAll(/exposeInMainWorld\(\s*'([^']+)'/g)].map((m) => m[1]);
    expect(exposures).toEqual(['pwb']);
    expect(source).not.toMatch(/exposeInIsolatedWorld|webFrame|window\.\w+\s*=/);
  });

  it('builds it from call, on and platform only, checked against the ApiClient type', () => {
    const api = /const api = \{([\s\S]*?)\n\} satisfies PwbBridge;/.exec(source);
    expect(api, 'the exposed object must be written `satisfies PwbBridge`').not.toBeNull();
    const keys = [...api![1].matchAll(/^ {2}(\w+):/gm)].map((m) => m[1]);
    expect(keys).toEqual(['platform', 'call', 'on']);
  });

  it('never hands the page ipcRenderer, a channel choice or Node', () => {
    expect(source).toMatch(/ipcRenderer\.invoke\(CALL_CHANNEL, method, args\)/);
    expect([...source.matchAll(/ipcRenderer\.(\w+)\(/g)].map((m) => m[1]).sort()).toEqual(['invoke', 'on']);
    expect(source).not.toMatch(/require\(|process\.env|\bsend\(/);
  });

  it('only the electron and preload folders import electron', () => {
    const offenders: string[] = [];
    const walk = (dir: string) => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const full = join(dir, entry.name);
        if (entry.isDirectory()) walk(full);
        else if (/\.tsx?$/.test(entry.name) && /from 'electron'|require\('electron'\)/.test(readFileSync(full, 'utf8').replace(/import type [^;]+;/g, ''))) {
          offenders.push(full.slice(repo.length + 1));
        }
      }
    };
    walk(join(repo, 'src'));
    expect(offenders.every((f) => f.startsWith('src/main/electron/') || f.startsWith('src/preload/'))).toBe(true);
    // The pure policy files stay importable without Electron.
    for (const pure of ['window-options', 'csp', 'navigation-policy', 'menu-template', 'ipc-guard', 'app-url', 'permission-policy', 'launch-args', 'dialog-options', 'app-protocol', 'project-opener']) {
      expect(offenders, pure).not.toContain(`src/main/electron/${pure}.ts`);
    }
  });
});

describe('launch arguments', () => {
  it('finds a .pwb file to open, relative to the working directory', () => {
    expect(findProjectArg(['/usr/bin/policy-workbench', 'report.pwb'], '/home/a')).toBe('/home/a/report.pwb');
    expect(findProjectArg(['electron', 'out/main/index.js', '--data-dir=/tmp/x', '/data/Plan.PWB'], '/')).toBe('/data/Plan.PWB');
    expect(findProjectArg(['/usr/bin/policy-workbench', '--flag.pwb', 'notes.md'], '/')).toBeNull();
    expect(findProjectArg(['x.pwb'], '/')).toBeNull();
  });

  it('reads --data-dir in both spellings', () => {
    expect(readFlag(['a', '--data-dir=/tmp/d'], '--data-dir')).toBe('/tmp/d');
    expect(readFlag(['a', '--data-dir', '/tmp/e'], '--data-dir')).toBe('/tmp/e');
    expect(readFlag(['a', '--data-dir'], '--data-dir')).toBeNull();
  });
});

describe('app protocol', () => {
  const rendererDir = join(repo, 'src', 'renderer');

  it('serves the page with the CSP header', async () => {
    const answer = await answerAppRequest(APP_ENTRY_URL, rendererDir);
    expect(answer.status).toBe(200);
    expect(answer.headers['Content-Security-Policy']).toBe(RENDERER_CSP);
    expect(answer.headers['X-Content-Type-Options']).toBe('nosniff');
    expect(answer.file).toBe(join(rendererDir, 'index.html'));
  });

  it('serves nothing outside the renderer folder or for other hosts', async () => {
    for (const url of ['app://workbench/../../package.json', 'app://workbench/%2e%2e/%2e%2e/package.json', 'app://other/index.html', 'file:///etc/passwd', 'app://workbench/api']) {
      const answer = await answerAppRequest(url, rendererDir);
      expect(answer.status, url).toBe(404);
      expect(answer.file).toBeUndefined();
    }
  });
});

describe('native dialogs', () => {
  it('validates picker arguments', () => {
    const pickFiles = dialogMethods['dialogs.pickFiles'].args;
    expect(pickFiles.safeParse({ filters: [{ name: 'Reports', extensions: ['md'] }] }).success).toBe(true);
    expect(pickFiles.safeParse({ filters: [{ name: 'x', extensions: ['.md'] }] }).success).toBe(false);
    expect(dialogMethods['dialogs.openProject'].args.safeParse({ extra: 1 }).success).toBe(false);
  });

  it('builds picker options and always saves projects as .pwb', () => {
    expect(pickFilesOptions({}).properties).toEqual(['openFile', 'multiSelections']);
    expect(pickFilesOptions({ multiple: false }).properties).toEqual(['openFile']);
    expect(saveProjectOptions({}).filters).toEqual([{ name: 'Policy Workbench project', extensions: ['pwb'] }]);
    expect(ensurePwbExtension('/home/a/plan')).toBe('/home/a/plan.pwb');
    expect(ensurePwbExtension('/home/a/plan.PWB')).toBe('/home/a/plan.PWB');
  });
});

const builtPreload = join(repo, 'out', 'preload', 'index.cjs');
if (!existsSync(builtPreload)) console.warn(`${builtPreload} is missing; run "npm run build" to check the built preload.`);

it.skipIf(!existsSync(builtPreload))('the built preload is CommonJS (sandboxed preloads cannot be ES modules)', () => {
  const code = readFileSync(builtPreload, 'utf8');
  expect(code).toMatch(/require\("electron"\)/);
  expect(code).not.toMatch(/^\s*import\s/m);
  expect(code).toContain('exposeInMainWorld("pwb"');
});
