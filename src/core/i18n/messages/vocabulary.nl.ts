import type { AreaMessages } from './area';

// The words for the data's own values — verdicts and workflow states — shared by every view
// and by exported pages. Use `verdict.{value}` / `workflow.{value}` with the stored value.
export const vocabularyNl = {
  'verdict.not-rated': 'Niet beoordeeld',
  'verdict.not-started': 'Niet gestart',
  'verdict.in-progress': 'In uitvoering',
  'verdict.partially-kept': 'Gedeeltelijk nagekomen',
  'verdict.kept': 'Nagekomen',
  'verdict.broken': 'Niet nagekomen',
  'verdict.label': 'Oordeel',
  'workflow.draft': 'Ontwerp',
  'workflow.in-review': 'Ter nalezing',
  'workflow.final': 'Definitief',
  'workflow.label': 'Status',
} satisfies AreaMessages<'verdict' | 'workflow'>;
