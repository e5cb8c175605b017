/** A file-type filter for a native picker, e.g. `{ name: 'Decisions', extensions: ['jsonl', 'csv'] }`. */
export interface DialogFilter {
  name: string;
  /** Extensions without the dot. */
  extensions: string[];
}

export interface DialogOptions {
  /** Window title of the picker. */
  title?: string;
  /** Folder or file the picker starts at. */
  defaultPath?: string;
}

/**
 * Native open/save/folder pickers. Only the Electron transport can show them
 * (`app.status().nativeDialogs`); the browser host and the in-process client answer
 * `bad-request` ("type a path instead"), so the renderer offers a path field there.
 * A cancelled picker is not an error: `null` (or `[]` for `pickFiles`).
 */
export interface DialogHandlers {
  /** Picks an existing `.pwb` project file. */
  'dialogs.openProject': (args: DialogOptions) => string | null;
  /** Picks where to write a `.pwb` file (new project or a copy); the path always ends in `.pwb`. */
  'dialogs.saveProject': (args: DialogOptions) => string | null;
  /** Picks one folder (export target, a folder tree of reports). */
  'dialogs.pickFolder': (args: DialogOptions) => string | null;
  /** Picks one or more existing files, optionally filtered by extension. */
  'dialogs.pickFiles': (args: DialogOptions & { filters?: DialogFilter[]; multiple?: boolean }) => string[];
}
