// Before anything replaces text under an open editor (an import, a merge, a restore from
// history), what was typed is saved. When some of it cannot be (a failed save, a
// conflict), the replacing step does not run: it says which sections and why, and the
// person first retries the save or settles the conflict (docs/adr/0027).
import type { Translator } from '../../core/i18n';
import { editSession, flushAll } from './flush';

/** Saves what is pending; null when everything is in the project file, else the reason to stop, worded for the person. */
export async function unsavedBlocking(t: Translator['t']): Promise<string | null> {
  await flushAll();
  const unsaved = editSession()?.unsaved() ?? [];
  if (unsaved.length === 0) return null;
  return t('switching.replace.blocked', {
    count: unsaved.length,
    names: unsaved.map((u) => u.label).join(', '),
    reason: unsaved.find((u) => u.reason)?.reason ?? '',
  });
}
