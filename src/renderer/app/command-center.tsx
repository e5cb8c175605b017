// Runs the app's commands from wherever they are asked for: keys (caught before the editor
// sees them), the native menu (Electron) and the command palette. Views say what they can
// do with `useCommandHandlers`; nothing here knows a feature.
import { createContext, useCallback, useContext, useEffect, useState } from 'react';
import type { ReactNode } from 'react';
import { isCommandId } from '../../shared/commands';
import type { CommandId } from '../../shared/commands';
import { getClient } from '../api';
import { CommandRegistry } from './command-registry';
import type { CommandHandlers } from './command-registry';
import { CommandPalette } from './CommandPalette';
import { commandForKey } from './commands';

const RegistryContext = createContext<CommandRegistry | null>(null);

/** A modal dialog is open: commands wait (a second dialog would strand the first one's answer). */
function modalOpen(): boolean {
  return document.querySelector('dialog[open]') !== null;
}

export function CommandProvider({ children }: { children: ReactNode }) {
  const [registry] = useState(() => new CommandRegistry());
  const [paletteOpen, setPaletteOpen] = useState(false);

  useEffect(
    () => registry.register({ 'command-palette': { run: () => setPaletteOpen(true) } }),
    [registry],
  );

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || modalOpen()) return;
      const id = commandForKey(e);
      if (!id || !registry.isEnabled(id)) return;
      e.preventDefault();
      e.stopPropagation();
      registry.run(id);
    };
    // Capture phase: the shortcuts work while Monaco has the focus.
    window.addEventListener('keydown', onKey, true);
    const offMenu = getClient().on('menuCommand', ({ command }) => {
      // Unknown ids come from a newer main process: ignored.
      if (isCommandId(command) && !modalOpen()) registry.run(command);
    });
    return () => {
      window.removeEventListener('keydown', onKey, true);
      offMenu();
    };
  }, [registry]);

  const run = (id: CommandId) => {
    setPaletteOpen(false);
    // After the palette has closed and handed the focus back, so a command that moves the
    // focus (Go to section) keeps it.
    window.setTimeout(() => registry.run(id), 0);
  };

  return (
    <RegistryContext.Provider value={registry}>
      {children}
      {paletteOpen && <CommandPalette registry={registry} onRun={run} onClose={() => setPaletteOpen(false)} />}
    </RegistryContext.Provider>
  );
}

/**
 * Makes this component answer the given commands while it is mounted. Pass a memoised
 * object: a new one re-registers.
 */
export function useCommandHandlers(handlers: CommandHandlers): void {
  const registry = useContext(RegistryContext);
  if (!registry) throw new Error('useCommandHandlers outside CommandProvider');
  useEffect(() => registry.register(handlers), [registry, handlers]);
}

/** Runs a command the way a key or the menu would (buttons use it, so they obey the same rules). */
export function useRunCommand(): (id: CommandId) => void {
  const registry = useContext(RegistryContext);
  if (!registry) throw new Error('useRunCommand outside CommandProvider');
  return useCallback((id: CommandId) => void registry.run(id), [registry]);
}
