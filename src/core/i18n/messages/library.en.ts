import type { Translation } from './area';
import type { libraryNl } from './library.nl';

export const libraryEn: Translation<typeof libraryNl> = {
  'library.search.label': 'Search decisions',
  'library.from': 'From',
  'library.to': 'To',
  'library.searching': 'Searching…',
  'library.count': '{count, plural, one {# decision} other {# decisions}}',
  'library.took': ' · {ms} ms',
  'library.none': 'No decisions match.',
  'library.closeDetails': 'Close details',
  'library.dateUnknown': 'date unknown',
  'library.meeting': ' · meeting {when}',
  'library.citedBy': 'Cited by',
  'library.loading': 'Loading…',
  'library.citedBy.none': 'No section cites this decision yet.',
  'library.citedBy.as': 'as [{number}]',
};
