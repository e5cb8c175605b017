// The renderer's side of the command table (src/shared/commands.ts): which command a key
// press means here, and how its binding reads on this platform.
import type { Translator } from '../../core/i18n';
import { bindingLabel, bindingOf, bindingsOf, chordKey, COMMAND_IDS, commandTitleKey, parseBinding } from '../../shared/commands';
import type { Chord, CommandId, KeyContext } from '../../shared/commands';
import { getPlatform } from '../api';

export type { CommandId };

/** This window's key context: the OS, and whether a browser tab (not Electron) holds the app. */
export function keyContext(): KeyContext {
  return { platform: getPlatform(), browser: !window.pwb };
}

export function shortcutLabel(id: CommandId, ctx: KeyContext = keyContext()): string {
  return bindingLabel(bindingOf(id, ctx), ctx.platform);
}

/** `Export section as Markdown (Ctrl+Shift+E)` */
export function withShortcut(title: string, id: CommandId): string {
  return `${title} (${shortcutLabel(id)})`;
}

/** The command's title with its shortcut, for buttons that run it. */
export function commandTooltip(id: CommandId, t: Translator['t']): string {
  return withShortcut(t(commandTitleKey(id)), id);
}

type KeyInput = Pick<KeyboardEvent, 'key' | 'code' | 'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey'> & { getModifierState?(key: string): boolean };

/**
 * The chord a key press spells, or null when it cannot be a command. Letters and digits
 * come from `key` (so AZERTY's A is A), falling back to the physical key where a
 * modifier composed another character (Option on a Mac, the digit row on AZERTY).
 */
export function chordOf(e: KeyInput, platform: string): Chord | null {
  // AltGr (Ctrl+Alt on Windows) types characters such as € and @: never a command.
  if (e.getModifierState?.('AltGraph')) return null;
  const mac = platform === 'darwin';
  if (mac ? e.ctrlKey : e.metaKey) return null;
  let key: string | null = null;
  if (/^F([1-9]|1[0-2])$/.test(e.key)) key = e.key.toLowerCase();
  else if (/^[a-z0-9]$/i.test(e.key)) key = e.key.toLowerCase();
  else if (/^Key[A-Z]$/.test(e.code)) key = e.code.slice(3).toLowerCase();
  else if (/^Digit\d$/.test(e.code)) key = e.code.slice(5);
  if (!key) return null;
  return { mod: mac ? e.metaKey : e.ctrlKey, alt: e.altKey, shift: e.shiftKey, key };
}

const tables = new Map<string, Map<string, CommandId>>();

function tableFor(ctx: KeyContext): Map<string, CommandId> {
  const cacheKey = `${ctx.platform}|${ctx.browser}`;
  let table = tables.get(cacheKey);
  if (!table) {
    table = new Map();
    for (const id of COMMAND_IDS) for (const b of bindingsOf(id, ctx)) table.set(chordKey(parseBinding(b)), id);
    tables.set(cacheKey, table);
  }
  return table;
}

export function commandForKey(e: KeyInput, ctx: KeyContext = keyContext()): CommandId | null {
  const chord = chordOf(e, ctx.platform);
  if (!chord) return null;
  return tableFor(ctx).get(chordKey(chord)) ?? null;
}
