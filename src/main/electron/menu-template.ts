// The native menus as plain data, so a test can check every command and shortcut
// without Electron. menu.ts turns this into an Electron Menu and wires the actions.
import { translator } from '../../core/i18n';
import type { MessageKey } from '../../core/i18n';
import type { MenuCommand } from '../../shared/api';
import type { Language } from '../../shared/languages';

/** What choosing an item does. `command` items are handled by the renderer. */
export type MenuAction =
  | { type: 'command'; command: MenuCommand }
  | { type: 'open-recent'; path: string }
  | { type: 'close-project' }
  | { type: 'open-data-folder' };

/** Electron's built-in roles used here (they bring their own behaviour and shortcut). */
export type MenuRole =
  | 'appMenu'
  | 'about'
  | 'undo'
  | 'redo'
  | 'cut'
  | 'copy'
  | 'paste'
  | 'selectAll'
  | 'reload'
  | 'toggleDevTools'
  | 'resetZoom'
  | 'zoomIn'
  | 'zoomOut'
  | 'togglefullscreen'
  | 'minimize'
  | 'close'
  | 'quit';

/** The shortcuts Electron gives the roles above (Linux/Windows spelling); used to keep ours distinct. */
export const ROLE_ACCELERATORS: Partial<Record<MenuRole, string>> = {
  undo: 'CmdOrCtrl+Z',
  redo: 'CmdOrCtrl+Shift+Z',
  cut: 'CmdOrCtrl+X',
  copy: 'CmdOrCtrl+C',
  paste: 'CmdOrCtrl+V',
  selectAll: 'CmdOrCtrl+A',
  reload: 'CmdOrCtrl+R',
  toggleDevTools: 'CmdOrCtrl+Shift+I',
  resetZoom: 'CmdOrCtrl+0',
  zoomIn: 'CmdOrCtrl+Plus',
  zoomOut: 'CmdOrCtrl+-',
  togglefullscreen: 'F11',
  minimize: 'CmdOrCtrl+M',
  close: 'CmdOrCtrl+W',
  quit: 'CmdOrCtrl+Q',
};

export interface MenuItemSpec {
  label?: string;
  accelerator?: string;
  role?: MenuRole;
  action?: MenuAction;
  separator?: true;
  enabled?: boolean;
  submenu?: MenuItemSpec[];
}

export interface MenuContext {
  /** `process.platform`; macOS gets the application menu and keeps Quit there. */
  platform: string;
  /** Recently opened project files, most recent first. */
  recent: readonly string[];
  /** Whether a project is open (enables the items that need one). */
  hasProject: boolean;
  /** Reload and developer tools only in development builds. */
  devTools: boolean;
  /** The interface language, from the app's settings. */
  language: Language;
}

/** Labels for Electron's roles, so they speak the interface language rather than Electron's English. */
const ROLE_LABELS: Partial<Record<MenuRole, MessageKey>> = {
  undo: 'menu.undo',
  redo: 'menu.redo',
  cut: 'menu.cut',
  copy: 'menu.copy',
  paste: 'menu.paste',
  selectAll: 'menu.selectAll',
  reload: 'menu.reload',
  toggleDevTools: 'menu.toggleDevTools',
  resetZoom: 'menu.resetZoom',
  zoomIn: 'menu.zoomIn',
  zoomOut: 'menu.zoomOut',
  togglefullscreen: 'menu.fullScreen',
  about: 'menu.about',
};

const MAX_RECENT = 10;

const command = (label: string, cmd: MenuCommand, accelerator?: string, enabled = true): MenuItemSpec => ({
  label,
  action: { type: 'command', command: cmd },
  ...(accelerator ? { accelerator } : {}),
  ...(enabled ? {} : { enabled: false }),
});

const separator: MenuItemSpec = { separator: true };

/** `&` marks a mnemonic in menu labels on Windows and Linux; a path must show it literally. */
export function escapeMenuLabel(label: string): string {
  return label.replace(/&/g, '&&');
}

export function buildMenuSpec(ctx: MenuContext): MenuItemSpec[] {
  const { t } = translator(ctx.language);
  const role = (r: MenuRole): MenuItemSpec => {
    const key = ROLE_LABELS[r];
    return key ? { role: r, label: t(key) } : { role: r };
  };
  const mac = ctx.platform === 'darwin';
  const p = ctx.hasProject;
  const recent = ctx.recent.slice(0, MAX_RECENT);

  const openRecent: MenuItemSpec[] = recent.length
    ? recent.map((path): MenuItemSpec => ({ label: escapeMenuLabel(path), action: { type: 'open-recent', path } }))
    : [{ label: t('menu.noRecent'), enabled: false }];

  const file: MenuItemSpec = {
    label: t('menu.file'),
    submenu: [
      command(t('menu.newProject'), 'new-project', 'CmdOrCtrl+N'),
      command(t('menu.openProject'), 'open-project', 'CmdOrCtrl+O'),
      { label: t('menu.openRecent'), submenu: openRecent },
      separator,
      command(t('menu.saveCopy'), 'save-copy', 'CmdOrCtrl+Shift+S', p),
      separator,
      command(t('menu.importReports'), 'import-reports', undefined, p),
      command(t('menu.importDecisions'), 'import-decisions', undefined, p),
      command(t('menu.mergeProject'), 'merge-project', undefined, p),
      separator,
      { label: t('menu.closeProject'), action: { type: 'close-project' }, enabled: p },
      { role: 'close', label: t('menu.closeWindow') },
      ...(mac ? [] : [separator, { role: 'quit', label: t('menu.quit') } satisfies MenuItemSpec]),
    ],
  };

  const edit: MenuItemSpec = {
    label: t('menu.edit'),
    submenu: [role('undo'), role('redo'), separator, role('cut'), role('copy'), role('paste'), role('selectAll')],
  };

  const exportMenu: MenuItemSpec = {
    label: t('menu.export'),
    submenu: [
      command(t('menu.exportSectionMd'), 'export-section-md', 'CmdOrCtrl+Shift+M', p),
      command(t('menu.exportSectionHtml'), 'export-section-html', 'CmdOrCtrl+Shift+H', p),
      separator,
      command(t('menu.exportProjectMd'), 'export-project-md', undefined, p),
      command(t('menu.exportProjectHtml'), 'export-project-html', undefined, p),
    ],
  };

  const view: MenuItemSpec = {
    label: t('menu.view'),
    submenu: [
      command(t('menu.showWorkbench'), 'show-workbench', 'CmdOrCtrl+1'),
      command(t('menu.showLibrary'), 'show-library', 'CmdOrCtrl+2'),
      command(t('menu.showDashboard'), 'show-dashboard', 'CmdOrCtrl+3'),
      command(t('menu.showHistory'), 'show-history', 'CmdOrCtrl+4'),
      separator,
      role('resetZoom'),
      role('zoomIn'),
      role('zoomOut'),
      separator,
      role('togglefullscreen'),
      ...(ctx.devTools ? [separator, role('reload'), role('toggleDevTools')] : []),
    ],
  };

  const help: MenuItemSpec = {
    label: t('menu.help'),
    submenu: [{ label: t('menu.openDataFolder'), action: { type: 'open-data-folder' } }, ...(mac ? [] : [separator, role('about')])],
  };

  return [...(mac ? [{ role: 'appMenu' } satisfies MenuItemSpec] : []), file, edit, exportMenu, view, help];
}

/** Every item of a spec, submenus included, in menu order. */
export function flattenMenu(items: readonly MenuItemSpec[]): MenuItemSpec[] {
  return items.flatMap((item) => [item, ...(item.submenu ? flattenMenu(item.submenu) : [])]);
}
