import type { DecisionImportResult, ExportFormat, ExportResult, ImportResult } from '../models';

export interface TransferHandlers {
  /** Imports report files and/or folder trees (folders become the tree path). */
  'import.reports': (args: { paths: string[] }) => ImportResult;
  /** Imports decisions from a `.jsonl` (or, where supported, `.csv`) file into the library. */
  'import.decisions': (args: { path: string }) => DecisionImportResult;
  /** Exports one section (by id) or the whole project to `outDir`. Emits `exportProgress`. */
  'export.run': (args: { format: ExportFormat; outDir: string; sectionId?: string }) => ExportResult;
}
