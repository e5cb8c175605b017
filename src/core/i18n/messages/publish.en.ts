import type { Translation } from './area';
import type { publishNl } from './publish.nl';

export const publishEn: Translation<typeof publishNl> = {
  'publish.agreement': 'Coalition agreement',
  'publish.references': 'References',
  'publish.referenceCount': '{count, plural, =0 {no references} one {# reference} other {# references}}',
  'publish.sectionCount': '{count, plural, =0 {no sections} one {# section} other {# sections}}',
};
