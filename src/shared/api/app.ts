import { z } from 'zod';
import { filePath, LIMITS } from '../content-rules';
import { LANGUAGES } from '../languages';
import type { OpenProject } from '../models';
import { defineMethods, noArgs, returns } from './define';

export const settingsSchema = z.strictObject({
  /** Name written on every revision. */
  authorName: z.string().max(LIMITS.name),
  /** Folder exports go to; asked for once, then remembered. */
  exportDir: filePath.nullable(),
  /** The interface language (menus, dialogs, checker messages); exported pages follow the project's own. */
  language: z.enum(LANGUAGES),
});
export type Settings = z.infer<typeof settingsSchema>;

export interface AppStatus {
  project: OpenProject | null;
  settings: Settings;
  recent: string[];
  /** True when the transport can show native open/save/folder dialogs (Electron). */
  nativeDialogs: boolean;
  /** True when exports and copies reach the person as browser downloads (browser host), not as files in a folder. */
  downloads: boolean;
  /** True when the backend can print a section to PDF itself (desktop app). */
  pdfExport: boolean;
  /**
   * True when files reach the backend as uploads (browser host with a workspace): the
   * person picks or drops them in the page, and projects open from `project.known` or an upload.
   */
  uploads: boolean;
  /** Which transport serves the API — for labels only; the renderer must not branch on logic. */
  transport: 'electron' | 'http' | 'memory';
}

export const appMethods = defineMethods({
  'app.status': { args: noArgs, result: returns<AppStatus>() },
  /** Changes the given settings and answers all of them. */
  'settings.set': { args: settingsSchema.partial(), result: returns<Settings>() },
});
