// The one table of the app's commands. The Electron menu (src/main/electron/menu-template.ts),
// the renderer's keyboard shortcuts and the command palette are all built from it, so a
// binding or a menu place is stated once. Titles live in the message catalogues under
// `command.<id>` (`commandTitleKey`), one per language.

/** Where a command sits in the native menu bar; items of one group are kept together. */
export type MenuName = 'file' | 'edit' | 'export' | 'view' | 'help';

/**
 * A key binding: modifiers then one key, joined by `+`. `Mod` is Ctrl on Windows/Linux and
 * Cmd on macOS; `Alt` is Option on macOS. Keys: A–Z, 0–9, F1–F12.
 */
export type Binding = string;

export interface CommandSpec {
  /** The binding everywhere unless an override below applies. */
  keys: Binding;
  /** macOS only, where the system already uses the default (Cmd+H, Cmd+M, Cmd+Alt+I …). */
  macKeys?: Binding;
  /** In a browser tab, where the browser keeps some keys for itself (Ctrl+N, Ctrl+T, Ctrl+W). */
  browserKeys?: Binding;
  /** Extra keys that also run it (the palette's F1); shown nowhere, never shared. */
  alsoKeys?: Binding[];
  menu?: { menu: MenuName; group: string };
  /** Needs an open project (disabled in the menu and the palette without one). */
  needsProject?: boolean;
  /** Changes the project (disabled while it is open read-only). */
  writes?: boolean;
}

type Placed<T, S> = { [K in keyof T]: T[K] & S & { menu: { menu: MenuName; group: string } } };

/** The commands of one menu group, in menu order; their place and what they share stated once. */
function group<const T extends Record<string, Omit<CommandSpec, 'menu'>>, const S extends Omit<CommandSpec, 'keys' | 'menu'>>(menu: MenuName, name: string, shared: S, commands: T): Placed<T, S> {
  return Object.fromEntries(Object.entries(commands).map(([id, spec]) => [id, { ...shared, ...spec, menu: { menu, group: name } }])) as Placed<T, S>;
}

const PROJECT = { needsProject: true } as const;

export const COMMANDS = {
  ...group('file', 'open', {}, { 'new-project': { keys: 'Mod+N', browserKeys: 'Mod+Alt+N' }, 'open-project': { keys: 'Mod+O' } }),
  ...group('file', 'save', PROJECT, { flush: { keys: 'Mod+S' }, 'save-copy': { keys: 'Mod+Shift+S' } }),
  ...group('file', 'import', { needsProject: true, writes: true }, { 'import-reports': { keys: 'Mod+Shift+R' }, 'import-decisions': { keys: 'Mod+Shift+D' } }),
  ...group('file', 'info', PROJECT, { 'project-info': { keys: 'Mod+Alt+Shift+I' } }),
  ...group('file', 'close', PROJECT, { 'close-project': { keys: 'Mod+Alt+W' } }),
  ...group('export', 'dialog', PROJECT, { export: { keys: 'Mod+E' } }),
  ...group('export', 'section', PROJECT, {
    'export-section-md': { keys: 'Mod+Shift+E' },
    'export-section-html': { keys: 'Mod+Shift+H' },
    'export-section-pdf': { keys: 'Mod+Alt+P' },
  }),
  ...group('export', 'project', PROJECT, {
    'export-project-md': { keys: 'Mod+Alt+Shift+E' },
    'export-project-html': { keys: 'Mod+Alt+Shift+H' },
    'publish-site': { keys: 'Mod+Alt+Shift+S' },
  }),
  ...group('export', 'folder', PROJECT, { 'export-folder': { keys: 'Mod+Alt+Shift+F' } }),
  ...group('view', 'palette', {}, { 'command-palette': { keys: 'Mod+Shift+P', alsoKeys: ['F1'] } }),
  ...group('view', 'palette', PROJECT, { 'focus-filter': { keys: 'Mod+P' } }),
  ...group('view', 'views', PROJECT, { 'show-workbench': { keys: 'Mod+1' }, 'show-library': { keys: 'Mod+2' }, 'show-dashboard': { keys: 'Mod+3' }, 'show-merge': { keys: 'Mod+4' } }),
  // VS Code's keys: Ctrl+B the side bar (here the section tree), Ctrl+J the panel, Ctrl+Alt+B the secondary side bar (the preview).
  ...group('view', 'panels', PROJECT, {
    'show-history': { keys: 'Mod+Shift+Y' },
    'toggle-tree': { keys: 'Mod+B' },
    'toggle-bottom-panel': { keys: 'Mod+J' },
    'toggle-preview': { keys: 'Mod+Alt+B' },
  }),
  // F6 / Shift+F6 move between the window's regions, as in VS Code and most desktop apps.
  ...group('view', 'focus', {}, { 'focus-next-region': { keys: 'F6' }, 'focus-previous-region': { keys: 'Shift+F6' } }),
} satisfies Record<string, CommandSpec>;

export type CommandId = keyof typeof COMMANDS;

export const COMMAND_IDS = Object.keys(COMMANDS) as CommandId[];

export function isCommandId(value: unknown): value is CommandId {
  return typeof value === 'string' && Object.hasOwn(COMMANDS, value);
}

export function commandSpec(id: CommandId): CommandSpec {
  return COMMANDS[id];
}

/**
 * The catalogue key of a command's title (src/core/i18n/messages/command.*.ts): the
 * palette, the menus and tooltips show `t(commandTitleKey(id))`.
 */
export function commandTitleKey<Id extends CommandId>(id: Id): `command.${Id}` {
  return `command.${id}`;
}

/** Where a binding is used: the OS and whether the app runs in a browser tab. */
export interface KeyContext {
  platform: string;
  browser: boolean;
}

/** The one binding of a command in a context (what the menu and the palette show). */
export function bindingOf(id: CommandId, ctx: KeyContext): Binding {
  const spec: CommandSpec = COMMANDS[id];
  if (ctx.browser && spec.browserKeys) return spec.browserKeys;
  if (ctx.platform === 'darwin' && spec.macKeys) return spec.macKeys;
  return spec.keys;
}

/** Every binding that runs a command in a context: its own and its quiet extras. */
export function bindingsOf(id: CommandId, ctx: KeyContext): Binding[] {
  const spec: CommandSpec = COMMANDS[id];
  return [bindingOf(id, ctx), ...(spec.alsoKeys ?? [])];
}

export interface Chord {
  mod: boolean;
  alt: boolean;
  shift: boolean;
  /** Lower case: `e`, `1`, `f1`. */
  key: string;
}

const KEY = /^(?:[a-z0-9]|f(?:[1-9]|1[0-2]))$/;

/** `Mod+Shift+E` → its parts; throws on a malformed binding (the table is checked by a test). */
export function parseBinding(binding: Binding): Chord {
  const parts = binding.split('+');
  const key = parts.pop()!.toLowerCase();
  if (!KEY.test(key)) throw new Error(`Binding "${binding}": unknown key "${key}"`);
  const chord: Chord = { mod: false, alt: false, shift: false, key };
  for (const p of parts) {
    const m = p.toLowerCase();
    if (m !== 'mod' && m !== 'alt' && m !== 'shift') throw new Error(`Binding "${binding}": unknown modifier "${p}"`);
    if (chord[m]) throw new Error(`Binding "${binding}": "${p}" twice`);
    chord[m] = true;
  }
  return chord;
}

/** One spelling per chord, so two bindings can be compared. */
export function chordKey(c: Chord): string {
  return [c.mod && 'mod', c.alt && 'alt', c.shift && 'shift', c.key].filter(Boolean).join('+');
}

/** Electron's accelerator for a binding on a platform (`Ctrl+Shift+E`, `Cmd+Alt+W`). */
export function toAccelerator(binding: Binding, platform: string): string {
  const c = parseBinding(binding);
  const mac = platform === 'darwin';
  return [c.mod && (mac ? 'Cmd' : 'Ctrl'), c.alt && (mac ? 'Option' : 'Alt'), c.shift && 'Shift', c.key.toUpperCase()].filter(Boolean).join('+');
}

/** How a person reads a binding: `Ctrl+Shift+E` on Windows/Linux, `⌥⇧⌘E` on a Mac. */
export function bindingLabel(binding: Binding, platform: string): string {
  const c = parseBinding(binding);
  const key = c.key.toUpperCase();
  if (platform === 'darwin') return `${c.alt ? '⌥' : ''}${c.shift ? '⇧' : ''}${c.mod ? '⌘' : ''}${key}`;
  return [c.mod && 'Ctrl', c.alt && 'Alt', c.shift && 'Shift', key].filter(Boolean).join('+');
}

/**
 * Keys a command may not take: the system, the browser or the editor already answers
 * them. Spelled like `chordKey`; the reason is for the test's message.
 */
const RESERVED_EVERYWHERE: Record<string, string> = {
  'mod+z': 'undo',
  'mod+shift+z': 'redo',
  'mod+y': 'redo (Windows)',
  'mod+x': 'cut',
  'mod+c': 'copy',
  'mod+v': 'paste',
  'mod+shift+v': 'paste as plain text',
  'mod+a': 'select all',
  'mod+f': 'find (editor)',
  'mod+h': 'replace (editor)',
  'mod+d': 'add next match (editor)',
  'mod+l': 'select line (editor)',
  'mod+u': 'cursor undo (editor)',
  'mod+k': 'editor chords',
  'mod+i': 'trigger suggestions (editor)',
  'mod+m': 'tab focus mode (editor)',
  'mod+shift+k': 'delete line (editor)',
  'mod+shift+l': 'select all matches (editor)',
  'mod+shift+i': 'developer tools',
  'mod+shift+j': 'developer tools',
  'mod+shift+c': 'developer tools',
  'mod+r': 'reload',
  'mod+0': 'reset zoom',
  'mod+q': 'quit',
  'mod+w': 'close window',
  f8: 'next problem (editor)',
  f11: 'full screen',
  f12: 'developer tools',
};

/** A browser never hands these to a page. */
const RESERVED_IN_BROWSER: Record<string, string> = {
  'mod+n': 'new window (browser)',
  'mod+t': 'new tab (browser)',
  'mod+shift+t': 'reopen tab (browser)',
  'mod+shift+n': 'new private window (browser)',
  'mod+shift+w': 'close window (browser)',
  'mod+shift+q': 'quit (browser)',
};

const RESERVED_ON_MAC: Record<string, string> = {
  'mod+h': 'hide the app (macOS)',
  'mod+alt+h': 'hide the others (macOS)',
  'mod+m': 'minimise (macOS)',
  'mod+alt+i': 'developer tools (macOS)',
  'mod+alt+d': 'show the Dock (macOS)',
};

export function reservedChords(ctx: KeyContext): Record<string, string> {
  return { ...RESERVED_EVERYWHERE, ...(ctx.browser ? RESERVED_IN_BROWSER : {}), ...(ctx.platform === 'darwin' ? RESERVED_ON_MAC : {}) };
}
