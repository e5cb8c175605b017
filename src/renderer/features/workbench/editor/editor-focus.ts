// Lets the shell's skip link reach the body editor without importing Monaco (which lives
// in the workbench's own chunk): the editor registers how to focus it.
let focusEditor: (() => void) | null = null;

export function registerEditorFocus(focus: (() => void) | null): void {
  focusEditor = focus;
}

/** Focuses the section body editor; false when none is open. */
export function focusBodyEditor(): boolean {
  if (!focusEditor) return false;
  focusEditor();
  return true;
}
