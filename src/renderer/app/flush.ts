// Saves every pending edit. The shell calls it (menu, window close, project switch)
// without importing the editor code, which loads lazily; the open-sections registry
// registers itself here when it loads.
type Flusher = () => Promise<void>;

let flusher: Flusher | null = null;
let unsaved: () => boolean = () => false;

export function registerFlusher(f: Flusher, hasUnsaved: () => boolean): void {
  flusher = f;
  unsaved = hasUnsaved;
}

/** True while some edit has not reached the project file yet. */
export function hasUnsavedChanges(): boolean {
  return unsaved();
}

export function flushAll(): Promise<void> {
  return flusher ? flusher() : Promise.resolve();
}
