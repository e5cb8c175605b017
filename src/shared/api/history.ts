import type { RevisionDetail, RevisionSummary, Section } from '../models';

export interface HistoryHandlers {
  'history.list': (args: { sectionId: string }) => RevisionSummary[];
  'history.get': (args: { id: number }) => RevisionDetail;
  /** Restores an old revision as a new change (nothing in history is rewritten). */
  'history.restore': (args: { id: number }) => Section;
}
