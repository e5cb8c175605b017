import type { AreaMessages } from './area';

// Importing reports over sections the project holds (b-format): the preview the app shows
// before it replaces anything, and what `pwb import` says it replaced.
export const importingNl = {
  'importing.preview.title': 'Rapporten importeren',
  'importing.preview.summary':
    '{created, plural, one {# nieuwe sectie} other {# nieuwe secties}}, {replaced, plural, one {# sectie vervangen} other {# secties vervangen}}, {unchanged, plural, one {# ongewijzigd} other {# ongewijzigd}}{failed, plural, =0 {} one {, # bestand onleesbaar} other {, # bestanden onleesbaar}}.',
  'importing.preview.replacedIntro':
    'Deze secties verschillen van hun bestand. Importeren vervangt hun tekst; wat ze nu bevatten blijft in hun geschiedenis.',
  'importing.preview.changes': 'verandert: {changes}',
  'importing.preview.more': '… en nog {count}',
  'importing.preview.replace': '{count, plural, one {# sectie vervangen en importeren} other {# secties vervangen en importeren}}',
  'importing.preview.onlyNew': 'Alleen de nieuwe secties importeren',
  'importing.change.heading': 'kop',
  'importing.change.agreement': 'regeerakkoordtekst',
  'importing.change.body': 'tekst',
  'importing.change.references': 'referenties',
  'importing.cli.replaced': '{count, plural, one {# sectie vervangen} other {# secties vervangen}}; de tekst van ervoor blijft in de geschiedenis van elke sectie:',
  'importing.cli.replacedLine': '{section} (vorige tekst: revisie {revision})',
} satisfies AreaMessages<'importing'>;
