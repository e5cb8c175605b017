// Small UI memories (last path typed into a dialog, pane sizes) that are per machine and
// not project data, so they live in localStorage rather than in the project file.
const PREFIX = 'pwb.';

export function recall(key: string, fallback = ''): string {
  try {
    return window.localStorage.getItem(PREFIX + key) ?? fallback;
  } catch {
    return fallback;
  }
}

export function remember(key: string, value: string): void {
  try {
    window.localStorage.setItem(PREFIX + key, value);
  } catch {
    // Storage may be full or disabled; forgetting a UI preference is harmless.
  }
}
