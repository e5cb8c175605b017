// Saves every pending edit, and says what could not be saved. The shell calls it (menu,
// window close, project switch) without importing the editor code, which loads lazily;
// the open-sections registry registers itself here when it loads.
export interface UnsavedEdit {
  id: string;
  /** `folder/name` of the section. */
  label: string;
  /** Why it is not saved: the failed save's message, or null while it is only pending. */
  reason: string | null;
}

export interface EditSession {
  flush(): Promise<void>;
  hasUnsaved(): boolean;
  unsaved(): UnsavedEdit[];
  /** Files the unsaved edits as drafts of the open project; false when that failed. */
  keep(): boolean;
  /** Takes back what `keep` filed (the switch failed; the edits are still open here). */
  forgetKept(): void;
  /** The next project switch drops the unsaved edits instead of keeping them as drafts. */
  discardOnSwitch(on: boolean): void;
}

let session: EditSession | null = null;

export function registerEditSession(s: EditSession): void {
  session = s;
}

/** True while some edit has not reached the project file yet. */
export function hasUnsavedChanges(): boolean {
  return session?.hasUnsaved() ?? false;
}

export function flushAll(): Promise<void> {
  return session ? session.flush() : Promise.resolve();
}

export function editSession(): EditSession | null {
  return session;
}
