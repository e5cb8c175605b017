import type { Translation } from './area';
import type { integrityNl } from './integrity.nl';

export const integrityEn: Translation<typeof integrityNl> = {
  'integrity.damaged':
    '{count, plural, one {One section needs attention} other {# sections need attention}}: a text changed on disk since it was saved, or a value breaks the rules the app holds every section to.',
  'integrity.section':
    '{name}: {problem, select, missing {its history lacks revision {revision}} rule {breaks a content rule ({rule})} other {differs from revision {revision}}}',
  'integrity.restore': 'Restore revision {revision}',
  'integrity.noCopy': 'no intact copy found',
  'integrity.open': 'Open',
  'integrity.restored': 'Restored revision {revision} of {name}.',
  'integrity.restoreFailed': 'Restoring failed',
  'integrity.checkFailed': 'The damage check could not run',
  'integrity.cli.damaged':
    'damaged: {problem, select, missing {its history has no revision {revision}} other {its stored content is not what revision {revision} saved (changed on disk since)}}; {intact, select, none {no intact saved copy was found} other {revision {intact} is intact: restore it from History}}',
  'integrity.cli.ruleBroken': 'unusable: breaks a content rule ({rule}); change it in the app (export refuses it until then)',
  'integrity.cli.summary': '{count, plural, one {# section is damaged or unusable} other {# sections are damaged or unusable}}; --fix leaves them alone.',
  'integrity.dismiss': 'Hide',
};
