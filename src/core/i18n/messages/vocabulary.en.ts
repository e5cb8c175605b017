import type { Translation } from './area';
import type { vocabularyNl } from './vocabulary.nl';

export const vocabularyEn: Translation<typeof vocabularyNl> = {
  'verdict.not-rated': 'Not rated',
  'verdict.not-started': 'Not started',
  'verdict.in-progress': 'In progress',
  'verdict.partially-kept': 'Partially kept',
  'verdict.kept': 'Kept',
  'verdict.broken': 'Broken',
  'verdict.label': 'Verdict',
  'workflow.draft': 'Draft',
  'workflow.in-review': 'In review',
  'workflow.final': 'Final',
  'workflow.label': 'Status',
};
