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
  'switching.drafts.missing': 'Niet-bewaarde tekst voor {names} wacht nog: die sectie bestaat niet meer in dit project.',
} satisfies AreaMessages<'switching'>;
