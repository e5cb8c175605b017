import type { Translation } from './area';
import type { historyNl } from './history.nl';

export const historyEn: Translation<typeof historyNl> = {
  'history.title': 'History',
  'history.count': '{count, plural, one {# revision} other {# revisions}}',
  'history.close': 'Close history',
  'history.openSection': 'Open a section to see its history.',
  'history.unknownAuthor': 'unknown',
  'history.detail': 'Revision #{revision} by {author} → {deleted, select, yes {now (deleted)} other {now}}',
  'history.isCurrent': 'This is the current version',
  'history.restore': 'Restore this revision',
  'history.col.field': 'Field',
  'history.col.revision': 'Revision #{revision}',
  'history.col.now': 'Now',
  'history.reference': 'Reference {kind, select, added {added} removed {removed} changed {changed} other {renumbered}}',
  'history.untitled': '(no title)',
  'history.bodyThen': 'Assessment in revision {revision}',
  'history.bodyNow': 'Assessment now',
  'history.field.heading': 'Heading',
  'history.field.verdict': 'Verdict',
  'history.field.verdictNote': 'Verdict note',
  'history.field.status': 'Status',
  'history.field.place': 'Place',
  'history.field.agreement': 'Agreement text',
};
