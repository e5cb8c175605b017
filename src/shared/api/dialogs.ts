import { z } from 'zod';
import { fileExtension, LIMITS } from '../content-rules';
import { defineMethods, returns } from './define';

export const dialogOptionsSchema = z.strictObject({
  /** Window title of the picker. */
  title: z.string().max(LIMITS.name).optional(),
  /** Folder or file the picker starts at. */
  defaultPath: z.string().max(LIMITS.filePath).optional(),
});
export type DialogOptions = z.infer<typeof dialogOptionsSchema>;

/** A file-type filter for a native picker, e.g. `{ name: 'Decisions', extensions: ['jsonl', 'csv'] }`. */
export const dialogFilterSchema = z.strictObject({
  name: z.string().min(1, 'must not be empty').max(LIMITS.name),
  /** Extensions without the dot. */
  extensions: z.array(fileExtension).min(1, 'must name at least one extension').max(LIMITS.dialogExtensions),
});
export type DialogFilter = z.infer<typeof dialogFilterSchema>;

/**
 * Native open/save/folder pickers. Only the Electron transport can show them
 * (`app.status().nativeDialogs`); the browser host and the in-process client answer
 * `bad-request` ("type a path instead"), so the renderer offers a path field there.
 * A cancelled picker is not an error: `null` (or `[]` for `pickFiles`).
 */
export const dialogMethods = defineMethods({
  /** Picks an existing `.pwb` project file. */
  'dialogs.openProject': { args: dialogOptionsSchema, result: returns<string | null>() },
  /** Picks where to write a `.pwb` file (new project or a copy); the path always ends in `.pwb`. */
  'dialogs.saveProject': { args: dialogOptionsSchema, result: returns<string | null>() },
  /** Picks one folder (export target, a folder tree of reports). */
  'dialogs.pickFolder': { args: dialogOptionsSchema, result: returns<string | null>() },
  /** Picks one or more existing files, optionally filtered by extension. */
  'dialogs.pickFiles': {
    args: dialogOptionsSchema.extend({ filters: z.array(dialogFilterSchema).max(LIMITS.dialogFilters).optional(), multiple: z.boolean().optional() }),
    result: returns<string[]>(),
  },
});

export type DialogMethod = keyof typeof dialogMethods;
