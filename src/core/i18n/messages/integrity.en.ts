import type { Translation } from './area';
import type { integrityNl } from './integrity.nl';

export const integrityEn: Translation<typeof integrityNl> = {
  'integrity.damaged':
    '{count, plural, one {One section is damaged} other {# sections are damaged}}: the stored text is no longer what its latest revision saved (changed on disk).',
  'integrity.section': '{name}: {problem, select, missing {its history lacks revision {revision}} other {differs from revision {revision}}}',
  'integrity.restore': 'Restore revision {revision}',
  'integrity.noCopy': 'no intact copy found',
  'integrity.open': 'Open',
  'integrity.restored': 'Restored revision {revision} of {name}.',
  'integrity.restoreFailed': 'Restoring failed',
  'integrity.checkFailed': 'The damage check could not run',
  'integrity.cli.damaged':
    'damaged: {problem, select, missing {its history has no revision {revision}} other {its stored content is not what revision {revision} saved (changed on disk since)}}; {intact, select, none {no intact saved copy was found} other {revision {intact} is intact: restore it from History}}',
  'integrity.cli.summary': '{count, plural, one {# section is damaged} other {# sections are damaged}}; --fix leaves them alone.',
  'integrity.dismiss': 'Hide',
};
