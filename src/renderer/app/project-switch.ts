// Every project switch the app makes (open, open recent, open by upload, a request from the
// system, new project, close) goes through here: the open project's edits are saved first,
// and when some cannot be, the person says what happens to them before anything switches
// (docs/adr/0026). No React: the dialog is handed in, so a unit test can answer it.
import type { ApiClient } from '../../shared/api';
import type { Result } from '../../shared/models';
import type { EditSession, UnsavedEdit } from './flush';

/** Keep: filed as drafts, back in their sections when the project opens again. Discard: dropped. Null: stay. */
export type UnsavedAnswer = 'keep' | 'discard' | null;

export interface SwitchGuard {
  session: EditSession | null;
  ask(unsaved: UnsavedEdit[]): Promise<UnsavedAnswer>;
  /** The drafts could not be stored (the browser's storage refused): nothing switches. */
  keepFailed(): void;
}

/**
 * Runs `run` (the call that switches) once nothing typed can be lost by it. Resolves to its
 * result, or null when the person chose to stay. A failed switch leaves the edits where
 * they are, undiscarded and not filed as drafts.
 */
export async function guardedSwitch<T>(guard: SwitchGuard, run: () => Promise<Result<T>>): Promise<Result<T> | null> {
  const session = guard.session;
  let decided: UnsavedAnswer = null;
  if (session) {
    await session.flush();
    if (session.hasUnsaved()) {
      decided = await guard.ask(session.unsaved());
      if (!decided) return null;
      if (decided === 'keep' && !session.keep()) {
        guard.keepFailed();
        return null;
      }
      if (decided === 'discard') session.discardOnSwitch(true);
    }
  }
  const res = await run();
  if (!res.ok && session) {
    if (decided === 'discard') session.discardOnSwitch(false);
    if (decided === 'keep') session.forgetKept();
  }
  return res;
}

export interface OpenRequestWaits {
  /** A dialog is open: a request waits for it (a second dialog would strand the first one's answer). */
  dialogOpen(): boolean;
  pause(ms: number): Promise<void>;
}

const browserWaits: OpenRequestWaits = {
  dialogOpen: () => document.querySelector('dialog[open]') !== null,
  pause: (ms) => new Promise((r) => window.setTimeout(r, ms)),
};

/**
 * Opens the projects the system asks for (Open recent, a second launch, macOS open-file),
 * each through `open` (the guarded switch). Takes one made before this was listening too;
 * one at a time, the newest when several came meanwhile (the backend keeps only the last).
 * Returns the way to stop.
 */
export function followOpenRequests(client: ApiClient, open: (path: string) => Promise<void>, waits: OpenRequestWaits = browserWaits): () => void {
  let taking = false;
  let stopped = false;
  const take = async () => {
    if (taking) return;
    taking = true;
    try {
      for (;;) {
        while (!stopped && waits.dialogOpen()) await waits.pause(250);
        if (stopped) return;
        const next = await client.call('project.takeOpenRequest', {});
        if (stopped || !next.ok || !next.value) return;
        await open(next.value);
      }
    } finally {
      taking = false;
    }
  };
  void take();
  const off = client.on('openRequested', () => void take());
  return () => {
    stopped = true;
    off();
  };
}
