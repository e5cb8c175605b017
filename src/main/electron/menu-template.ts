// The native menus as plain data, so a test can check every command and shortcut
// without Electron. menu.ts turns this into an Electron Menu and wires the actions.
import type { MenuCommand } from '../../shared/api';

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
}

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
  const mac = ctx.platform === 'darwin';
  const p = ctx.hasProject;
  const recent = ctx.recent.slice(0, MAX_RECENT);

  const openRecent: MenuItemSpec[] = recent.length
    ? recent.map((path): MenuItemSpec => ({ label: escapeMenuLabel(path), action: { type: 'open-recent', path } }))
    : [{ label: 'No recent projects', enabled: false }];

  const file: MenuItemSpec = {
    label: '&File',
    submenu: [
      command('New project…', 'new-project', 'CmdOrCtrl+N'),
      command('Open project…', 'open-project', 'CmdOrCtrl+O'),
      { label: 'Open recent', submenu: openRecent },
      separator,
      command('Save a copy as…', 'save-copy', 'CmdOrCtrl+Shift+S', p),
      separator,
      command('Import reports…', 'import-reports', undefined, p),
      command('Import decisions…', 'import-decisions', undefined, p),
      command('Merge project file…', 'merge-project', undefined, p),
      separator,
      { label: 'Close project', action: { type: 'close-project' }, enabled: p },
      { role: 'close', label: 'Close window' },
      ...(mac ? [] : [separator, { role: 'quit', label: 'Quit' } satisfies MenuItemSpec]),
    ],
  };

  const edit: MenuItemSpec = {
    label: '&Edit',
    submenu: [{ role: 'undo' }, { role: 'redo' }, separator, { role: 'cut' }, { role: 'copy' }, { role: 'paste' }, { role: 'selectAll' }],
  };

  const exportMenu: MenuItemSpec = {
    label: 'E&xport',
    submenu: [
      command('Section as Markdown…', 'export-section-md', 'CmdOrCtrl+Shift+M', p),
      command('Section as HTML…', 'export-section-html', 'CmdOrCtrl+Shift+H', p),
      separator,
      command('Project as Markdown…', 'export-project-md', undefined, p),
      command('Project as HTML…', 'export-project-html', undefined, p),
    ],
  };

  const view: MenuItemSpec = {
    label: '&View',
    submenu: [
      command('Workbench', 'show-workbench', 'CmdOrCtrl+1'),
      command('Library', 'show-library', 'CmdOrCtrl+2'),
      command('Dashboard', 'show-dashboard', 'CmdOrCtrl+3'),
      command('History', 'show-history', 'CmdOrCtrl+4'),
      separator,
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      separator,
      { role: 'togglefullscreen' },
      ...(ctx.devTools ? [separator, { role: 'reload' } satisfies MenuItemSpec, { role: 'toggleDevTools' } satisfies MenuItemSpec] : []),
    ],
  };

  const help: MenuItemSpec = {
    label: '&Help',
    submenu: [{ label: 'Open data folder', action: { type: 'open-data-folder' } }, ...(mac ? [] : [separator, { role: 'about' } satisfies MenuItemSpec])],
  };

  return [...(mac ? [{ role: 'appMenu' } satisfies MenuItemSpec] : []), file, edit, exportMenu, view, help];
}

/** Every item of a spec, submenus included, in menu order. */
export function flattenMenu(items: readonly MenuItemSpec[]): MenuItemSpec[] {
  return items.flatMap((item) => [item, ...(item.submenu ? flattenMenu(item.submenu) : [])]);
}
