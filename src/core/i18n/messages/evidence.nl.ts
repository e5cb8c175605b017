import type { AreaMessages } from './area';

// The evidence finder: Evidence panel, coverage, `pwb suggest` (c-search).
export const evidenceNl = {
  'evidence.title': 'Bewijs',
  'evidence.notRelevant': 'Niet relevant',
  'evidence.librarySearch.placeholder': 'Woorden (elke vorm), "exacte zin", zorg OR welzijn, -weglaten…',
  'evidence.librarySearch.help':
    'Eender welk woord volstaat; beslissingen met meer en zeldzamere woorden eerst, een titel die gelijk is aan de zoekopdracht bovenaan. Meervoud, vervoegingen en samenstellingen tellen mee (toeslag vindt zorgtoeslagen). "Tussen aanhalingstekens" zoekt de exacte zin, OR tussen twee woorden laat één van beide volstaan, een minteken (-woord) laat beslissingen met dat woord weg.',
  'evidence.reason.commitment': 'past bij de belofte “{text}”',
  'evidence.reason.agreementSentence': 'past bij het regeerakkoord: “{excerpt}”',
  'evidence.reason.agreement': 'past bij de tekst van het regeerakkoord',
  'evidence.reason.heading': 'past bij de titel en de plaats van de sectie',
  'evidence.reason.body': 'past bij de beoordeling',
  'evidence.reason.cited': 'lijkt op [{number}] {title}',
  'evidence.reason.citedByLink': 'lijkt op de geciteerde beslissing {title}',
  'evidence.cli.header':
    '{count, plural, =0 {Geen suggesties} one {# suggestie} other {# suggesties}} voor {section} ({from, select, agreement {uit het regeerakkoord, de titel en de plaats} other {uit alles wat de sectie bevat}})',
  'evidence.cli.why': 'waarom: {reasons}',
  'evidence.cli.commitments': 'Beloften in het regeerakkoord:',
  'evidence.cli.coverage':
    '{count, plural, =0 {nog geen bewijs} one {# geciteerde beslissing steunt ze} other {# geciteerde beslissingen steunen ze}}',
  'evidence.cli.noLibrary': 'Het project heeft geen beslissingenbibliotheek om uit te suggereren: importeer eerst beslissingen ({command}).',
  'evidence.cli.badFrom': '--from moet agreement of all zijn, niet "{value}"',
} satisfies AreaMessages<'evidence'>;
