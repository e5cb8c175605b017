import type { Translation } from './area';
import type { evidenceNl } from './evidence.nl';

export const evidenceEn: Translation<typeof evidenceNl> = {
  'evidence.title': 'Evidence',
  'evidence.notRelevant': 'Not relevant',
  'evidence.librarySearch.placeholder': 'Words (any form), "exact phrase", care OR welfare, -leave out…',
  'evidence.librarySearch.help':
    'Any word may match; decisions with more and rarer words come first, a title equal to the search at the top. Plurals, inflections and compounds count (toeslag finds zorgtoeslagen). "In quotes" finds the exact phrase, OR between two words lets either one do, a minus (-word) leaves out decisions with that word.',
  'evidence.reason.commitment': 'matches the commitment “{text}”',
  'evidence.reason.agreementSentence': 'matches the agreement: “{excerpt}”',
  'evidence.reason.agreement': 'matches the agreement text',
  'evidence.reason.heading': 'matches the section’s title and place',
  'evidence.reason.body': 'matches the assessment',
  'evidence.reason.cited': 'like [{number}] {title}',
  'evidence.reason.citedByLink': 'like the cited decision {title}',
  'evidence.cli.header':
    '{count, plural, =0 {No suggestions} one {# suggestion} other {# suggestions}} for {section} ({from, select, agreement {from the agreement, heading and place} other {from everything the section holds}})',
  'evidence.cli.why': 'why: {reasons}',
  'evidence.cli.commitments': 'Commitments in the agreement:',
  'evidence.cli.coverage': '{count, plural, =0 {no evidence yet} one {# cited decision supports it} other {# cited decisions support it}}',
  'evidence.cli.noLibrary': 'The project has no decision library to suggest from: import decisions first ({command}).',
  'evidence.cli.badFrom': '--from must be agreement or all, not "{value}"',
};
