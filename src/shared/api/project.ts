import { z } from 'zod';
import { filePath, isoDate, LIMITS, personName } from '../content-rules';
import { LANGUAGES } from '../languages';
import type { IntegrityReport, OpenProject } from '../models';
import { defineMethods, noArgs, returns } from './define';
import type { DownloadTicket } from './transfer';

/** What a person can change about a project. */
export const projectInfoSchema = z.strictObject({
  name: personName,
  /** The assessed government, e.g. `Vlaamse Regering Jambon (2019-2024)`. */
  government: z.string().max(LIMITS.name),
  /** `YYYY-MM-DD` or null when unknown. */
  termStart: isoDate.nullable(),
  termEnd: isoDate.nullable(),
  /** The language of export labels (pages, Word, the site); the reports' text is Dutch either way. */
  language: z.enum(LANGUAGES),
});
export type EditableProjectInfo = z.infer<typeof projectInfoSchema>;
export type ProjectInfo = EditableProjectInfo & { createdAt: string };

export interface KnownProject {
  /** What `project.open` takes: relative to the workspace in the browser host, else absolute. */
  path: string;
  /** The file's name. */
  name: string;
  size: number;
  /** ISO instant of the file's last change. */
  modified: string;
  /** On the recent list (opened here before). */
  recent: boolean;
}

export const projectMethods = defineMethods({
  /**
   * Opens an existing `.pwb` (read-only when written by a newer version). `readOnly`
   * opens it for reading only, without taking the file's write lock (the CLI's read
   * commands use it, so they work while the app has the project open).
   */
  'project.open': { args: z.strictObject({ path: filePath, readOnly: z.boolean().optional() }), result: returns<OpenProject>() },
  /** Creates a new, empty project file and opens it. Refuses to overwrite. */
  'project.create': {
    args: projectInfoSchema.partial({ government: true, termStart: true, termEnd: true, language: true }).extend({ path: filePath }),
    result: returns<OpenProject>(),
  },
  /**
   * The project files a person can open from a list: with a workspace (browser host) the
   * ones in its `projects/` folder, else the recent ones that still exist. Newest first.
   */
  'project.known': { args: noArgs, result: returns<KnownProject[]>() },
  /** Opens (creating on first use) the built-in demo project. */
  'project.openDemo': { args: noArgs, result: returns<OpenProject>() },
  'project.close': { args: noArgs, result: returns<null>() },
  'project.update': { args: projectInfoSchema.partial(), result: returns<OpenProject>() },
  /**
   * Checks every section's stored content against the content hash of its latest
   * revision: a mismatch is damage (a changed byte) that SQLite's own checks cannot see.
   */
  'project.verify': { args: noArgs, result: returns<IntegrityReport>() },
  /** Writes one consistent copy of the open project to `path` (VACUUM INTO, checked, renamed). */
  'project.saveCopy': { args: z.strictObject({ path: filePath }), result: returns<{ path: string }>() },
  /**
   * The project the operating system asked the app to open (see the `openRequested`
   * event), or null; taking it clears it, so a request is answered once.
   */
  'project.takeOpenRequest': { args: noArgs, result: returns<string | null>() },
  /** "Save a copy" in the browser host: one consistent copy of the project, as a `.pwb` download. */
  'project.downloadCopy': { args: noArgs, result: returns<DownloadTicket>() },
});
