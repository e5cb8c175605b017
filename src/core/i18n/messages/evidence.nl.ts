import type { AreaMessages } from './area';

// The evidence finder: Evidence panel, coverage, `pwb suggest` (c-search).
export const evidenceNl = {
  'evidence.title': 'Bewijs',
  'evidence.notRelevant': 'Niet relevant',
  'evidence.librarySearch.placeholder': 'Woorden (elke vorm), "exacte zin", zorg OR welzijn, -weglaten…',
  'evidence.librarySearch.help':
    'Eender welk woord volstaat; beslissingen met meer en zeldzamere woorden eerst, een titel die gelijk is aan de zoekopdracht bovenaan. Meervoud, vervoegingen en samenstellingen tellen mee (toeslag vindt zorgtoeslagen). "Tussen aanhalingstekens" zoekt de exacte zin, OR tussen twee woorden laat één van beide volstaan, een minteken (-woord) laat beslissingen met dat woord weg.',
} satisfies AreaMessages<'evidence'>;
