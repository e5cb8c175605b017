import type { Translation } from './area';
import type { commonNl } from './common.nl';

export const commonEn: Translation<typeof commonNl> = {
  'common.cancel': 'Cancel',
  'common.close': 'Close',
  'common.save': 'Save',
  'common.delete': 'Delete',
  'common.add': 'Add',
  'common.edit': 'Edit',
  'common.apply': 'Apply',
  'common.ok': 'OK',
  'common.yes': 'Yes',
  'common.no': 'No',
  'common.retry': 'Try again',
  'common.loading': 'Loading…',
  'common.saving': 'Saving…',
  'common.saved': 'Saved',
  'common.unsaved': 'Not saved',
  'common.search': 'Search',
  'common.none': 'none',
  'common.unknownError': 'Something went wrong: {message}',
};
