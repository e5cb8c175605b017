// The native menus as plain data, so a test can check every command and shortcut
// without Electron. menu.ts turns this into an Electron Menu and wires the actions.
// The commands, their places and their keys come from the one table (src/shared/commands.ts);
// this file adds only what Electron itself does (roles, the recent list, the data folder).
import { translator } from '../../core/i18n';
import type { MessageKey, Translator } from '../../core/i18n';
import { bindingOf, COMMAND_IDS, commandSpec, commandTitleKey, toAccelerator } from '../../shared/commands';
import type { CommandId, MenuName } from '../../shared/commands';
import type { Language } from '../../shared/languages';

/** What choosing an item does. `command` items are handled by the renderer. */
export type MenuAction = { type: 'command'; command: CommandId } | { type: 'open-recent'; path: string } | { type: 'open-data-folder' };

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
  /**
   * False for command keys: the renderer catches them first (also while the editor has
   * the focus), so the menu only shows them and a key never runs a command twice.
   */
  registerAccelerator?: false;
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

const separator: MenuItemSpec = { separator: true };

/** `&` marks a mnemonic in menu labels on Windows and Linux; a path must show it literally. */
export function escapeMenuLabel(label: string): string {
  return label.replace(/&/g, '&&');
}

/** A menu's command items in table order, a separator between groups. */
function commandItems(menu: MenuName, ctx: MenuContext, t: Translator['t']): MenuItemSpec[] {
  const items: MenuItemSpec[] = [];
  let group: string | null = null;
  for (const id of COMMAND_IDS) {
    const spec = commandSpec(id);
    if (spec.menu?.menu !== menu) continue;
    if (group !== null && spec.menu.group !== group) items.push(separator);
    group = spec.menu.group;
    items.push({
      label: t(commandTitleKey(id)),
      action: { type: 'command', command: id },
      accelerator: toAccelerator(bindingOf(id, { platform: ctx.platform, browser: false }), ctx.platform),
      registerAccelerator: false,
      ...(spec.needsProject && !ctx.hasProject ? { enabled: false } : {}),
    });
  }
  return items;
}

/** `items` with `extra` put right after the item that runs `after`. */
function insertAfter(items: MenuItemSpec[], after: CommandId, extra: MenuItemSpec): MenuItemSpec[] {
  const i = items.findIndex((item) => item.action?.type === 'command' && item.action.command === after);
  return i < 0 ? [...items, extra] : [...items.slice(0, i + 1), extra, ...items.slice(i + 1)];
}

export function buildMenuSpec(ctx: MenuContext): MenuItemSpec[] {
  const { t } = translator(ctx.language);
  const role = (r: MenuRole): MenuItemSpec => {
    const key = ROLE_LABELS[r];
    return key ? { role: r, label: t(key) } : { role: r };
  };
  const mac = ctx.platform === 'darwin';
  const recent = ctx.recent.slice(0, MAX_RECENT);
  const commands = (menu: MenuName) => commandItems(menu, ctx, t);

  const openRecent: MenuItemSpec[] = recent.length
    ? recent.map((path): MenuItemSpec => ({ label: escapeMenuLabel(path), action: { type: 'open-recent', path } }))
    : [{ label: t('menu.noRecent'), enabled: false }];

  const file: MenuItemSpec = {
    label: t('menu.file'),
    submenu: [
      ...insertAfter(commands('file'), 'open-project', { label: t('menu.openRecent'), submenu: openRecent }),
      separator,
      { role: 'close', label: t('menu.closeWindow') },
      ...(mac ? [] : [separator, { role: 'quit', label: t('menu.quit') } satisfies MenuItemSpec]),
    ],
  };

  const editCommands = commands('edit');
  const edit: MenuItemSpec = {
    label: t('menu.edit'),
    submenu: [
      role('undo'),
      role('redo'),
      separator,
      role('cut'),
      role('copy'),
      role('paste'),
      role('selectAll'),
      ...(editCommands.length ? [separator, ...editCommands] : []),
    ],
  };

  const exportMenu: MenuItemSpec = { label: t('menu.export'), submenu: commands('export') };

  const view: MenuItemSpec = {
    label: t('menu.view'),
    submenu: [
      ...commands('view'),
      separator,
      role('resetZoom'),
      role('zoomIn'),
      role('zoomOut'),
      separator,
      role('togglefullscreen'),
      ...(ctx.devTools ? [separator, role('reload'), role('toggleDevTools')] : []),
    ],
  };

  const helpCommands = commands('help');
  const help: MenuItemSpec = {
    label: t('menu.help'),
    submenu: [
      ...helpCommands,
      ...(helpCommands.length ? [separator] : []),
      { label: t('menu.openDataFolder'), action: { type: 'open-data-folder' } },
      ...(mac ? [] : [separator, role('about')]),
    ],
  };

  return [...(mac ? [{ role: 'appMenu' } satisfies MenuItemSpec] : []), file, edit, exportMenu, view, help];
}

/** Every item of a spec, submenus included, in menu order. */
export function flattenMenu(items: readonly MenuItemSpec[]): MenuItemSpec[] {
  return items.flatMap((item) => [item, ...(item.submenu ? flattenMenu(item.submenu) : [])]);
}
