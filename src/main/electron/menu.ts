import { Menu } from 'electron';
import type { MenuItemConstructorOptions } from 'electron';
import type { MenuAction, MenuContext, MenuItemSpec } from './menu-template';
import { buildMenuSpec } from './menu-template';

/** Turns the pure menu spec into an Electron menu, routing every action to `onAction`. */
export function toElectronTemplate(items: readonly MenuItemSpec[], onAction: (action: MenuAction) => void): MenuItemConstructorOptions[] {
  return items.map((item): MenuItemConstructorOptions => {
    if (item.separator) return { type: 'separator' };
    const out: MenuItemConstructorOptions = {};
    if (item.label !== undefined) out.label = item.label;
    if (item.role) out.role = item.role;
    if (item.accelerator) out.accelerator = item.accelerator;
    if (item.registerAccelerator === false) out.registerAccelerator = false;
    if (item.enabled === false) out.enabled = false;
    if (item.submenu) out.submenu = toElectronTemplate(item.submenu, onAction);
    const action = item.action;
    if (action) out.click = () => onAction(action);
    return out;
  });
}

export function installMenu(ctx: MenuContext, onAction: (action: MenuAction) => void): void {
  Menu.setApplicationMenu(Menu.buildFromTemplate(toElectronTemplate(buildMenuSpec(ctx), onAction)));
}
