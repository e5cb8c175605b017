import type { AreaMessages } from './area';

// The decision library view: search, details, inserting a decision as a reference.
export const libraryNl = {
  'library.search.label': 'Beslissingen zoeken',
  'library.from': 'Van',
  'library.to': 'Tot',
  'library.searching': 'Bezig met zoeken…',
  'library.count': '{count, plural, one {# beslissing} other {# beslissingen}}',
  'library.took': ' · {ms} ms',
  'library.none': 'Geen beslissingen gevonden.',
  'library.closeDetails': 'Details sluiten',
  'library.dateUnknown': 'datum onbekend',
  'library.meeting': ' · vergadering van {when}',
  'library.citedBy': 'Vermeld in',
  'library.loading': 'Bezig met laden…',
  'library.citedBy.none': 'Nog geen enkele sectie vermeldt deze beslissing.',
  'library.citedBy.as': 'als [{number}]',
} satisfies AreaMessages<'library'>;
