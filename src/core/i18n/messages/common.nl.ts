import type { AreaMessages } from './area';

// Words used all over the interface: buttons, states, generic errors.
export const commonNl = {
  'common.cancel': 'Annuleren',
  'common.close': 'Sluiten',
  'common.save': 'Opslaan',
  'common.delete': 'Verwijderen',
  'common.add': 'Toevoegen',
  'common.edit': 'Bewerken',
  'common.apply': 'Toepassen',
  'common.ok': 'OK',
  'common.yes': 'Ja',
  'common.no': 'Nee',
  'common.retry': 'Opnieuw proberen',
  'common.loading': 'Bezig met laden…',
  'common.saving': 'Bezig met opslaan…',
  'common.saved': 'Opgeslagen',
  'common.unsaved': 'Niet opgeslagen',
  'common.search': 'Zoeken',
  'common.none': 'geen',
  'common.unknownError': 'Er ging iets mis: {message}',
} satisfies AreaMessages<'common'>;
