import type { AreaMessages } from './area';

// Words used all over the interface: buttons, states, generic errors.
export const commonNl = {
  'common.cancel': 'Annuleren',
  'common.close': 'Sluiten',
  'common.save': 'Opslaan',
  'common.loading': 'Bezig met laden…',
  'common.retry': 'Opnieuw proberen',
} satisfies AreaMessages<'common'>;
