// The app's commands, their keyboard shortcuts, and the Electron menu commands that map
// onto them. Titles show the shortcut so it can be learned from the buttons.
import type { MenuCommand } from '../../shared/api';
import { getPlatform } from '../api';

export type CommandId =
  | 'open-project'
  | 'new-project'
  | 'save-copy'
  | 'import-reports'
  | 'import-decisions'
  | 'export-section-md'
  | 'export-section-html'
  | 'export-project-md'
  | 'export-project-html'
  | 'export-folder'
  | 'focus-filter'
  | 'flush'
  | 'show-workbench'
  | 'show-library'
  | 'show-dashboard'
  | 'show-merge'
  | 'show-history';

interface Shortcut {
  key: string;
  mod: boolean;
  shift?: boolean;
  alt?: boolean;
}

export const SHORTCUTS: Partial<Record<CommandId, Shortcut>> = {
  'open-project': { key: 'o', mod: true },
  'new-project': { key: 'n', mod: true, alt: true },
  'import-reports': { key: 'i', mod: true, alt: true },
  'import-decisions': { key: 'd', mod: true, alt: true },
  'export-section-md': { key: 'e', mod: true, shift: true },
  'export-section-html': { key: 'h', mod: true, shift: true },
  'export-project-md': { key: 'e', mod: true, alt: true },
  'export-project-html': { key: 'h', mod: true, alt: true },
  'focus-filter': { key: 'p', mod: true },
  'show-workbench': { key: '1', mod: true },
  'show-library': { key: '2', mod: true },
  'show-dashboard': { key: '3', mod: true },
  'show-merge': { key: '4', mod: true },
  'show-history': { key: 'y', mod: true, shift: true },
};

const isMac = () => getPlatform() === 'darwin';

export function shortcutLabel(id: CommandId): string {
  const s = SHORTCUTS[id];
  if (!s) return '';
  const parts = [isMac() ? '⌘' : 'Ctrl'];
  if (s.alt) parts.push(isMac() ? '⌥' : 'Alt');
  if (s.shift) parts.push(isMac() ? '⇧' : 'Shift');
  parts.push(s.key.toUpperCase());
  return parts.join(isMac() ? '' : '+');
}

/** `Export section as Markdown (Ctrl+Shift+E)` */
export function withShortcut(title: string, id: CommandId): string {
  const label = shortcutLabel(id);
  return label ? `${title} (${label})` : title;
}

export function commandForKey(e: KeyboardEvent): CommandId | null {
  const mod = isMac() ? e.metaKey : e.ctrlKey;
  if (!mod) return null;
  // With Alt (Option on a Mac) `e.key` is the composed character; `e.code` is the key itself.
  const key = /^Key[A-Z]$/.test(e.code) ? e.code.slice(3).toLowerCase() : /^Digit\d$/.test(e.code) ? e.code.slice(5) : e.key.toLowerCase();
  for (const [id, s] of Object.entries(SHORTCUTS) as [CommandId, Shortcut][]) {
    if (s.key === key && !!s.shift === e.shiftKey && !!s.alt === e.altKey) return id;
  }
  return null;
}

const MENU: Partial<Record<string, CommandId>> = {
  'open-project': 'open-project',
  'new-project': 'new-project',
  'save-copy': 'save-copy',
  'import-reports': 'import-reports',
  'import-decisions': 'import-decisions',
  'export-section-md': 'export-section-md',
  'export-section-html': 'export-section-html',
  'export-project-md': 'export-project-md',
  'export-project-html': 'export-project-html',
  'merge-project': 'show-merge',
  'show-workbench': 'show-workbench',
  'show-dashboard': 'show-dashboard',
  'show-library': 'show-library',
  'show-history': 'show-history',
  flush: 'flush',
};

/** The command a native menu item asks for; unknown ones (a newer main process) are ignored. */
export function commandForMenu(command: MenuCommand | string): CommandId | null {
  return MENU[command] ?? null;
}
