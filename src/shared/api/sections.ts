import type { Diagnostic, Section, SectionPatch, SectionSummary } from '../models';

export interface SectionHandlers {
  'sections.tree': (args: Record<string, never>) => SectionSummary[];
  'sections.get': (args: { id: string }) => Section;
  'sections.create': (args: { path: string[]; name: string; heading?: string }) => Section;
  /**
   * Saves a change as a new revision. With `baseRevision`, refuses (code `conflict`)
   * when the stored section has moved on since, so two windows cannot overwrite each other.
   */
  'sections.save': (args: { id: string; patch: SectionPatch; baseRevision?: number }) => Section;
  'sections.delete': (args: { id: string }) => null;
  /** The checker's diagnostics for a stored section, with the project's term. */
  'sections.check': (args: { id: string }) => Diagnostic[];
}
