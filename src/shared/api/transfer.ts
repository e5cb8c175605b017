import { z } from 'zod';
import { filePath, LIMITS, sectionId } from '../content-rules';
import type { DecisionImportResult, ExportResult, ImportResult } from '../models';
import { EXPORT_FORMATS } from '../models';
import { defineMethods, returns } from './define';

export const transferMethods = defineMethods({
  /** Imports report files and/or folder trees (folders become the tree path). */
  'import.reports': {
    args: z.strictObject({ paths: z.array(filePath).min(1, 'must name at least one file or folder').max(LIMITS.importPaths) }),
    result: returns<ImportResult>(),
  },
  /** Imports decisions from a `.jsonl` (or, where supported, `.csv`) file into the library. */
  'import.decisions': { args: z.strictObject({ path: filePath }), result: returns<DecisionImportResult>() },
  /** Exports one section (by id) or the whole project to `outDir`. Emits `exportProgress`. */
  'export.run': {
    args: z.strictObject({ format: z.enum(EXPORT_FORMATS), outDir: filePath, sectionId: sectionId.optional() }),
    result: returns<ExportResult>(),
  },
});
