import { z } from 'zod';
import { filePath, LIMITS, sectionId } from '../content-rules';
import type { DecisionImportResult, ExportResult, ImportPreview, ImportResult } from '../models';
import { EXPORT_FORMATS } from '../models';
import { defineMethods, returns } from './define';

/**
 * A file the backend has ready for the browser to download (browser host): fetched from
 * the host's download route by `id` (see ApiClient.download), once, within a few minutes.
 */
export interface DownloadTicket {
  id: string;
  fileName: string;
  contentType: string;
  /** Shown in the browser (the print page) rather than saved as a file. */
  inline: boolean;
}

/** What an upload is for: it decides where it goes, which names and sizes are taken, and how long it is kept. */
export const UPLOAD_KINDS = ['reports', 'decisions', 'merge', 'project'] as const;
export type UploadKind = (typeof UPLOAD_KINDS)[number];

/**
 * A file the browser handed to the browser host (ApiClient.upload), the mirror of a
 * DownloadTicket. `path` is what a call takes where a desktop call takes a file path: for
 * reports the file or top folder as given, for a project its place in `projects/`.
 */
export interface UploadTicket {
  /** Files sent with the same batch id arrive in one folder (a folder of reports). */
  batch: string;
  kind: UploadKind;
  /** Relative to the host's workspace, `/` between folders. */
  path: string;
  name: string;
  size: number;
}

const importPaths = z.array(filePath).min(1, 'must name at least one file or folder').max(LIMITS.importPaths);

/** Names a run so `export.cancel` can stop it and progress events can be told apart. */
const jobId = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'must be 1-64 letters, digits, - or _');

export const transferMethods = defineMethods({
  /**
   * Imports report files and/or folder trees (folders become the tree path). A section that
   * differs from its file is replaced (a new revision; the history keeps the old text)
   * unless `replace` is false: then only new sections are created.
   */
  'import.reports': {
    args: z.strictObject({ paths: importPaths, replace: z.boolean().optional() }),
    result: returns<ImportResult>(),
  },
  /** What `import.reports` would create, replace and leave, without writing anything (the app asks before replacing). */
  'import.preview': { args: z.strictObject({ paths: importPaths }), result: returns<ImportPreview>() },
  /** Imports decisions from a `.jsonl` (or, where supported, `.csv`) file into the library. */
  'import.decisions': { args: z.strictObject({ path: filePath }), result: returns<DecisionImportResult>() },
  /**
   * Exports one section (by id) or the whole project into `outDir` (desktop, CLI). A relative
   * `outDir` is taken from the project file's folder. Files are written aside and moved into
   * place at the end, so a failed or cancelled run leaves nothing. Emits `exportProgress`
   * with `jobId`; `export.cancel` with the same id stops it.
   */
  'export.run': {
    args: z.strictObject({ format: z.enum(EXPORT_FORMATS), outDir: filePath, sectionId: sectionId.optional(), jobId: jobId.optional() }),
    result: returns<ExportResult>(),
  },
  /** Stops a running export (or a download being produced); false when no such job runs. */
  'export.cancel': { args: z.strictObject({ jobId }), result: returns<{ cancelled: boolean }>() },
  /**
   * The same export as a download (browser host): one file for a section, a `.zip` of the
   * project, produced while the browser receives it. Progress and cancel as `export.run`.
   */
  'export.download': {
    args: z.strictObject({ format: z.enum(EXPORT_FORMATS), sectionId: sectionId.optional(), jobId: jobId.optional() }),
    result: returns<DownloadTicket>(),
  },
  /** The section's print page (A4 print stylesheet), to print or save as PDF in the browser. */
  'export.printPage': { args: z.strictObject({ sectionId }), result: returns<DownloadTicket>() },
});
