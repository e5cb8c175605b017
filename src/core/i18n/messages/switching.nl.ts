import type { AreaMessages } from './area';

// Switching projects without losing typed text (docs/adr/0026).
export const switchingNl = {
  'switching.unsaved.title': '{count, plural, one {Eén sectie is niet bewaard} other {# secties zijn niet bewaard}}',
  'switching.unsaved.body':
    '{count, plural, one {Deze wijziging kon niet in het projectbestand bewaard worden:} other {Deze wijzigingen konden niet in het projectbestand bewaard worden:}}',
  'switching.unsaved.explain':
    'Bewaar voor later: de tekst komt terug in zijn sectie wanneer je dit project opnieuw opent. Weggooien: de wijzigingen gaan verloren. In dit project blijven: er verandert niets en je kunt opnieuw proberen te bewaren.',
  'switching.unsaved.keep': 'Bewaar voor later',
  'switching.unsaved.discard': '{count, plural, one {Wijziging weggooien} other {Wijzigingen weggooien}}',
  'switching.unsaved.stay': 'In dit project blijven',
  'switching.unsaved.keepFailed': 'De niet-bewaarde tekst kon ook niet apart bewaard worden (de opslag weigerde); het project blijft open.',
  'switching.drafts.restored': 'Tekst die niet bewaard was toen je dit project verliet, staat terug in: {names}.',
  'switching.replace.blocked': 'Niets vervangen: {count, plural, one {de wijziging in {names} is} other {de wijzigingen in {names} zijn}} nog niet bewaard ({reason}). Probeer eerst opnieuw te bewaren of los het conflict op.',
  'switching.deleted.title': 'Sectie verwijderd met niet-bewaarde tekst',
  'switching.deleted.body': '{name} werd verwijderd (door een samenvoeging of in een ander venster) terwijl je wijzigingen nog niet bewaard waren. Maak de sectie opnieuw met jouw tekst, of gooi de tekst weg.',
  'switching.deleted.recreate': 'Opnieuw maken met mijn tekst',
  'switching.deleted.discard': 'Mijn tekst weggooien',
  'switching.deleted.recreated': '{name} is opnieuw gemaakt met je tekst.',
  'switching.deleted.failed': '{name} kon niet opnieuw gemaakt worden ({message}); je tekst wacht tot je dit project opnieuw opent.',
} satisfies AreaMessages<'switching'>;
