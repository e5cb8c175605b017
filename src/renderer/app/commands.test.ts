import { describe, expect, it } from 'vitest';
import { translator } from '../../core/i18n';
import { bindingOf, bindingsOf, COMMAND_IDS, commandTitleKey, parseBinding } from '../../shared/commands';
import type { CommandId } from '../../shared/commands';
import type { KeyContext } from '../../shared/commands';
import { CommandRegistry } from './command-registry';
import { chordOf, commandForKey, shortcutLabel } from './commands';
import { paletteItems, withRecent } from './palette-items';

type Press = Parameters<typeof commandForKey>[0];

const commandTitle = (id: CommandId) => translator('en').t(commandTitleKey(id));

/** The key event a person makes for a binding (US layout). */
function pressFor(binding: string, platform: string): Press {
  const c = parseBinding(binding);
  const mac = platform === 'darwin';
  const key = /^f\d+$/.test(c.key) ? c.key.toUpperCase() : c.shift ? c.key.toUpperCase() : c.key;
  const code = /^[a-z]$/.test(c.key) ? `Key${c.key.toUpperCase()}` : /^\d$/.test(c.key) ? `Digit${c.key}` : key;
  return { key, code, ctrlKey: !mac && c.mod, metaKey: mac && c.mod, altKey: c.alt, shiftKey: c.shift, getModifierState: () => false };
}

const CONTEXTS: KeyContext[] = [
  { platform: 'linux', browser: false },
  { platform: 'win32', browser: true },
  { platform: 'darwin', browser: false },
  { platform: 'darwin', browser: true },
];

describe('renderer shortcuts', () => {
  it('are the table: every binding of every command runs that command', () => {
    for (const ctx of CONTEXTS) {
      for (const id of COMMAND_IDS) {
        for (const b of bindingsOf(id, ctx)) expect(commandForKey(pressFor(b, ctx.platform), ctx), `${b} on ${ctx.platform}`).toBe(id);
      }
    }
  });

  it('ignore plain typing, AltGr and the other platform’s modifier', () => {
    const linux = { platform: 'linux', browser: false };
    const press = (over: Partial<Press>): Press => ({ ...pressFor('Mod+Shift+E', 'linux'), ...over });
    expect(commandForKey(press({ ctrlKey: false }), linux)).toBeNull();
    expect(commandForKey(press({ getModifierState: (k: string) => k === 'AltGraph' }), linux)).toBeNull();
    expect(commandForKey(press({ metaKey: true }), linux)).toBeNull();
    expect(commandForKey({ ...pressFor('Mod+O', 'darwin'), ctrlKey: true }, { platform: 'darwin', browser: false })).toBeNull();
  });

  it('follow the layout for letters and the physical key where a modifier composed another character', () => {
    // AZERTY: Ctrl + the key left of Z types "a"; Ctrl+& on the digit row means Ctrl+1.
    expect(chordOf({ key: 'a', code: 'KeyQ', ctrlKey: true, metaKey: false, altKey: false, shiftKey: false }, 'linux')?.key).toBe('a');
    expect(chordOf({ key: '&', code: 'Digit1', ctrlKey: true, metaKey: false, altKey: false, shiftKey: false }, 'linux')?.key).toBe('1');
    // Option+Shift+E on a Mac composes "´".
    expect(chordOf({ key: '´', code: 'KeyE', ctrlKey: false, metaKey: true, altKey: true, shiftKey: true }, 'darwin')).toEqual({ mod: true, alt: true, shift: true, key: 'e' });
    expect(chordOf({ key: 'Enter', code: 'Enter', ctrlKey: true, metaKey: false, altKey: false, shiftKey: false }, 'linux')).toBeNull();
  });

  it('read the way the platform writes them', () => {
    expect(shortcutLabel('export-section-md', { platform: 'linux', browser: false })).toBe('Ctrl+Shift+E');
    expect(shortcutLabel('export-section-md', { platform: 'darwin', browser: false })).toBe('⇧⌘E');
    expect(shortcutLabel('new-project', { platform: 'win32', browser: true })).toBe(`Ctrl+Alt+${parseBinding(bindingOf('new-project', { platform: 'win32', browser: true })).key.toUpperCase()}`);
  });
});

describe('command registry', () => {
  it('runs the latest handler and falls back when it leaves', () => {
    const registry = new CommandRegistry();
    const calls: string[] = [];
    const offA = registry.register({ 'open-project': { run: () => calls.push('a') } });
    const offB = registry.register({ 'open-project': { run: () => calls.push('b') } });
    expect(registry.run('open-project')).toBe(true);
    offB();
    registry.run('open-project');
    offA();
    expect(registry.run('open-project')).toBe(false);
    expect(calls).toEqual(['b', 'a']);
  });

  it('does not run a disabled command', () => {
    const registry = new CommandRegistry();
    let ran = false;
    registry.register({ 'import-reports': { run: () => (ran = true), enabled: false } });
    expect(registry.isEnabled('import-reports')).toBe(false);
    expect(registry.run('import-reports')).toBe(false);
    expect(ran).toBe(false);
  });
});

describe('palette items', () => {
  it('lists every command for an empty query, recently used first', () => {
    const items = paletteItems('', commandTitle, ['show-library']);
    expect(items).toHaveLength(COMMAND_IDS.length);
    expect(items[0]).toBe('show-library');
  });

  it('filters by every word, ignoring case and accents, and matches ids (md, html)', () => {
    expect(paletteItems('export md', commandTitle)).toEqual(['export-section-md', 'export-project-md']);
    expect(paletteItems('HTML', commandTitle)).toEqual(['export-section-html', 'export-project-html']);
    expect(paletteItems('nothing like this', commandTitle)).toEqual([]);
  });

  it('puts titles that start with the query first, then titles with a word that does', () => {
    const titles: Partial<Record<string, string>> = { 'new-project': 'Reopen a file', 'open-project': 'A file to open', flush: 'Open now' };
    const title = (id: string) => titles[id] ?? 'zzz';
    expect(paletteItems('open', title)).toEqual(['flush', 'open-project', 'new-project']);
  });

  it('keeps a short recent list without repeats', () => {
    expect(withRecent(['a' as never, 'b' as never], 'b' as never)).toEqual(['b', 'a']);
    expect(withRecent(['show-library', 'show-dashboard', 'show-merge'], 'flush', 3)).toEqual(['flush', 'show-library', 'show-dashboard']);
  });
});
