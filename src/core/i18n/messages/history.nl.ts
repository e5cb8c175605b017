import type { AreaMessages } from './area';

// The history drawer: a section's revisions, what differs from now, restoring one.
export const historyNl = {
  'history.title': 'Geschiedenis',
  'history.count': '{count, plural, one {# versie} other {# versies}}',
  'history.close': 'Geschiedenis sluiten',
  'history.openSection': 'Open een sectie om haar geschiedenis te zien.',
  'history.unknownAuthor': 'onbekend',
  'history.detail': 'Versie #{revision} door {author} → {deleted, select, yes {nu (verwijderd)} other {nu}}',
  'history.isCurrent': 'Dit is de huidige versie',
  'history.restore': 'Deze versie terugzetten',
  'history.col.field': 'Veld',
  'history.col.revision': 'Versie #{revision}',
  'history.col.now': 'Nu',
  'history.reference': 'Referentie {kind, select, added {toegevoegd} removed {verwijderd} changed {gewijzigd} other {hernummerd}}',
  'history.untitled': '(zonder titel)',
  'history.bodyThen': 'Beoordeling in versie {revision}',
  'history.bodyNow': 'Beoordeling nu',
  'history.field.heading': 'Titel',
  'history.field.verdict': 'Oordeel',
  'history.field.verdictNote': 'Motivering',
  'history.field.status': 'Status',
  'history.field.place': 'Plaats',
  'history.field.agreement': 'Tekst van het regeerakkoord',
} satisfies AreaMessages<'history'>;
