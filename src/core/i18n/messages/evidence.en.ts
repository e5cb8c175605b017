import type { Translation } from './area';
import type { evidenceNl } from './evidence.nl';

export const evidenceEn: Translation<typeof evidenceNl> = {
  'evidence.title': 'Evidence',
  'evidence.notRelevant': 'Not relevant',
  'evidence.librarySearch.placeholder': 'Words (any form), "exact phrase", care OR welfare, -leave out…',
  'evidence.librarySearch.help':
    'Any word may match; decisions with more and rarer words come first, a title equal to the search at the top. Plurals, inflections and compounds count (toeslag finds zorgtoeslagen). "In quotes" finds the exact phrase, OR between two words lets either one do, a minus (-word) leaves out decisions with that word.',
};
