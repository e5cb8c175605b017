import type { AreaMessages } from './area';

// Exported HTML pages, the report site and .docx (e-publish). Rendered in the project's
// language, not the interface's: core/export gets a Translator for that language.
export const publishNl = {
  'publish.agreement': 'Regeerakkoord',
  'publish.references': 'Referenties',
  'publish.referenceCount': '{count, plural, =0 {geen referenties} one {# referentie} other {# referenties}}',
  'publish.sectionCount': '{count, plural, =0 {geen secties} one {# sectie} other {# secties}}',
} satisfies AreaMessages<'publish'>;
