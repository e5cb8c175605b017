import type { AreaMessages } from './area';

// Damage the revision hashes reveal when a project opens (d-security).
export const integrityNl = {
  'integrity.damaged':
    '{count, plural, one {Eén sectie vraagt aandacht} other {# secties vragen aandacht}}: een tekst is op schijf gewijzigd sinds hij bewaard werd, of een waarde breekt de regels waaraan de app elke sectie houdt.',
  'integrity.section':
    '{name}: {problem, select, missing {de geschiedenis mist versie {revision}} rule {breekt een inhoudsregel ({rule})} other {verschilt van versie {revision}}}',
  'integrity.restore': 'Versie {revision} terugzetten',
  'integrity.noCopy': 'geen ongeschonden kopie gevonden',
  'integrity.open': 'Openen',
  'integrity.restored': 'Versie {revision} van {name} teruggezet.',
  'integrity.restoreFailed': 'Terugzetten mislukt',
  'integrity.checkFailed': 'De controle op beschadiging kon niet lopen',
  'integrity.cli.damaged':
    'beschadigd: {problem, select, missing {de geschiedenis mist versie {revision}} other {de opgeslagen inhoud is niet wat versie {revision} bewaarde (sindsdien op schijf gewijzigd)}}; {intact, select, none {geen ongeschonden kopie gevonden} other {versie {intact} is ongeschonden: zet ze terug via Geschiedenis}}',
  'integrity.cli.ruleBroken': 'onbruikbaar: breekt een inhoudsregel ({rule}); pas het aan in de app (exporteren weigert tot dan)',
  'integrity.cli.summary': '{count, plural, one {# sectie is beschadigd of onbruikbaar} other {# secties zijn beschadigd of onbruikbaar}}; --fix laat ze ongemoeid.',
  'integrity.dismiss': 'Verbergen',
} satisfies AreaMessages<'integrity'>;
