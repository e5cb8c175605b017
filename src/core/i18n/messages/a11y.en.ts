import type { Translation } from './area';
import type { a11yNl } from './a11y.nl';

export const a11yEn: Translation<typeof a11yNl> = {
  'a11y.skipToEditor': 'Skip to the editor',
  'a11y.tabFocus.toggle': 'Toggle: Tab moves focus',
  'a11y.tabFocus.status': '{on, select, true {Tab: next field} other {Tab: indents}}',
  'a11y.tabFocus.on': 'Tab now moves focus. Ctrl+M makes Tab indent again.',
  'a11y.tabFocus.off': 'Tab now indents. Ctrl+M makes Tab move focus again.',
  'a11y.problems.summary': '{errors, plural, =0 {No errors} one {# error} other {# errors}}, {warnings, plural, =0 {no warnings} one {# warning} other {# warnings}}',
  'a11y.save.saved': 'Saved',
  'a11y.save.failed': 'Saving failed: {message}',
  'a11y.save.conflict': 'Not saved: the section was changed elsewhere. {message}',
  'a11y.chart.showTable': 'Show the numbers as a table',
  'a11y.chart.verdicts.caption': 'Verdicts per domain',
  'a11y.chart.domain': 'Domain',
  'a11y.chart.project': 'Whole project',
  'a11y.chart.total': 'Total',
  'a11y.chart.years.caption': 'Decisions cited per year',
  'a11y.chart.year': 'Year',
  'a11y.chart.decisions': 'Cited decisions',
  'a11y.chart.sections': 'Sections citing them',
};
