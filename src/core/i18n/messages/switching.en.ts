import type { Translation } from './area';
import type { switchingNl } from './switching.nl';

export const switchingEn: Translation<typeof switchingNl> = {
  'switching.unsaved.title': '{count, plural, one {One section is not saved} other {# sections are not saved}}',
  'switching.unsaved.body': '{count, plural, one {This change could not be saved in the project file:} other {These changes could not be saved in the project file:}}',
  'switching.unsaved.explain':
    'Keep for later: the text goes back into its section when you open this project again. Discard: the changes are lost. Stay in this project: nothing changes and you can try saving again.',
  'switching.unsaved.keep': 'Keep for later',
  'switching.unsaved.discard': '{count, plural, one {Discard the change} other {Discard the changes}}',
  'switching.unsaved.stay': 'Stay in this project',
  'switching.unsaved.keepFailed': 'The unsaved text could not be kept aside either (the storage refused); the project stays open.',
  'switching.drafts.restored': 'Text that was not saved when you left this project is back in: {names}.',
  'switching.replace.blocked': 'Nothing replaced: {count, plural, one {the change in {names} is} other {the changes in {names} are}} not saved yet ({reason}). Retry the save or settle the conflict first.',
  'switching.deleted.title': 'Section deleted with unsaved text',
  'switching.deleted.body': '{name} was deleted (by a merge or in another window) while your changes were not saved yet. Recreate the section with your text, or discard the text.',
  'switching.deleted.recreate': 'Recreate it with my text',
  'switching.deleted.discard': 'Discard my text',
  'switching.deleted.recreated': '{name} was recreated with your text.',
  'switching.deleted.failed': '{name} could not be recreated ({message}); your text waits until you open this project again.',
};
