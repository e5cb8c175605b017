// Saves every pending edit. The shell calls it (menu, window close, project switch)
// without importing the editor code, which loads lazily; the open-sections registry
// registers itself here when it loads.
type Flusher = () => Promise<void>;

let flusher: Flusher | null = null;

export function registerFlusher(f: Flusher): void {
  flusher = f;
}

export function flushAll(): Promise<void> {
  return flusher ? flusher() : Promise.resolve();
}
