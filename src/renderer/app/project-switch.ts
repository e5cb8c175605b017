// Every project switch the app makes (open, open recent, open by upload, a request from the
// system, new project, close) goes through here: the open project's edits are saved first,
// and when some cannot be, the person says what happens to them before anything switches
// (docs/adr/0026). No React: the dialog is handed in, so a unit test can answer it.
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
