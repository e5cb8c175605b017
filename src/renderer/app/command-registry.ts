// Who answers a command right now. The table (src/shared/commands.ts) says what exists;
// views register what they can do while they are mounted, and the latest registration
// of an id wins until it leaves (the no-project screen and the shell answer Open alike).
import type { CommandId } from '../../shared/commands';

export interface CommandHandler {
  run(): unknown;
  /** False greys it out in the palette and ignores its keys (e.g. import in a read-only project). */
  enabled?: boolean;
}

export type CommandHandlers = Partial<Record<CommandId, CommandHandler>>;

export class CommandRegistry {
  private layers: CommandHandlers[] = [];

  /** Adds a layer of handlers; the returned function removes it again. */
  register(handlers: CommandHandlers): () => void {
    const layer = { ...handlers };
    this.layers.push(layer);
    return () => {
      const i = this.layers.indexOf(layer);
      if (i >= 0) this.layers.splice(i, 1);
    };
  }

  handler(id: CommandId): CommandHandler | undefined {
    for (let i = this.layers.length - 1; i >= 0; i--) {
      const h = this.layers[i][id];
      if (h) return h;
    }
    return undefined;
  }

  isEnabled(id: CommandId): boolean {
    const h = this.handler(id);
    return !!h && h.enabled !== false;
  }

  /** Runs the command if someone can; false when nobody answers it now. */
  run(id: CommandId): boolean {
    const h = this.handler(id);
    if (!h || h.enabled === false) return false;
    void h.run();
    return true;
  }
}
