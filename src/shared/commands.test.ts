import { describe, expect, it } from 'vitest';
import { bindingLabel, bindingOf, bindingsOf, chordKey, COMMAND_IDS, COMMANDS, isCommandId, parseBinding, reservedChords, toAccelerator } from './commands';
import type { KeyContext } from './commands';

const CONTEXTS: KeyContext[] = ['linux', 'win32', 'darwin'].flatMap((platform) => [
  { platform, browser: false },
  { platform, browser: true },
]);
const name = (ctx: KeyContext) => `${ctx.platform}${ctx.browser ? ' browser' : ''}`;

describe('the command table', () => {
  it('gives every command exactly one binding in every context', () => {
    for (const ctx of CONTEXTS) {
      for (const id of COMMAND_IDS) {
        const binding = bindingOf(id, ctx);
        expect(typeof binding, `${id} on ${name(ctx)}`).toBe('string');
        expect(() => parseBinding(binding), `${id} on ${name(ctx)}`).not.toThrow();
      }
    }
  });

  it('never gives one key to two commands', () => {
    for (const ctx of CONTEXTS) {
      const owner = new Map<string, string>();
      for (const id of COMMAND_IDS) {
        for (const b of bindingsOf(id, ctx)) {
          const key = chordKey(parseBinding(b));
          expect(owner.get(key), `${b} on ${name(ctx)}: ${owner.get(key)} and ${id}`).toBeUndefined();
          owner.set(key, id);
        }
      }
    }
  });

  it('keeps off keys the system, the browser or the editor already use', () => {
    for (const ctx of CONTEXTS) {
      const reserved = reservedChords(ctx);
      for (const id of COMMAND_IDS) {
        for (const b of bindingsOf(id, ctx)) {
          const key = chordKey(parseBinding(b));
          expect(reserved[key], `${id}: ${b} on ${name(ctx)} is taken by ${reserved[key]}`).toBeUndefined();
        }
      }
    }
  });

  it('binds typing keys only with Ctrl/Cmd, so they never swallow text', () => {
    for (const ctx of CONTEXTS) {
      for (const id of COMMAND_IDS) {
        for (const b of bindingsOf(id, ctx)) {
          const c = parseBinding(b);
          expect(c.mod || /^f\d+$/.test(c.key), `${id}: ${b}`).toBe(true);
        }
      }
    }
  });

  it('does not use Ctrl+Alt with E, Q or M: AltGr types €, @ and µ with them on Windows', () => {
    for (const ctx of CONTEXTS.filter((c) => c.platform === 'win32')) {
      for (const id of COMMAND_IDS) {
        const c = parseBinding(bindingOf(id, ctx));
        if (c.mod && c.alt && !c.shift) expect(['e', 'q', 'm'], `${id}`).not.toContain(c.key);
      }
    }
  });

  it('recognises its own ids only', () => {
    expect(isCommandId('export-section-md')).toBe(true);
    expect(isCommandId('toString')).toBe(false);
    expect(isCommandId('merge-project')).toBe(false);
    expect(isCommandId(42)).toBe(false);
  });

  it('places menu commands in a known menu', () => {
    for (const id of COMMAND_IDS) {
      const menu: { menu: string } | undefined = (COMMANDS[id] as { menu?: { menu: string } }).menu;
      if (menu) expect(['file', 'edit', 'export', 'view', 'help']).toContain(menu.menu);
    }
  });
});

describe('bindings', () => {
  it('parse, and refuse what they cannot mean', () => {
    expect(parseBinding('Mod+Shift+E')).toEqual({ mod: true, alt: false, shift: true, key: 'e' });
    expect(parseBinding('F1')).toEqual({ mod: false, alt: false, shift: false, key: 'f1' });
    expect(() => parseBinding('Mod+Enter')).toThrow(/unknown key/);
    expect(() => parseBinding('Hyper+E')).toThrow(/unknown modifier/);
    expect(() => parseBinding('Mod+Mod+E')).toThrow(/twice/);
  });

  it('read per platform, and become Electron accelerators', () => {
    expect(bindingLabel('Mod+Alt+Shift+E', 'linux')).toBe('Ctrl+Alt+Shift+E');
    expect(bindingLabel('Mod+Alt+Shift+E', 'darwin')).toBe('⌥⇧⌘E');
    expect(bindingLabel('F1', 'win32')).toBe('F1');
    expect(toAccelerator('Mod+Shift+E', 'win32')).toBe('Ctrl+Shift+E');
    expect(toAccelerator('Mod+Alt+W', 'darwin')).toBe('Cmd+Option+W');
  });

  it('use the browser override in a browser and the Mac one on a Mac', () => {
    expect(bindingOf('new-project', { platform: 'linux', browser: false })).toBe('Mod+N');
    expect(bindingOf('new-project', { platform: 'linux', browser: true })).toBe('Mod+Alt+N');
    expect(bindingsOf('command-palette', { platform: 'linux', browser: false })).toEqual(['Mod+Shift+P', 'F1']);
  });
});
