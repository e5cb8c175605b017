import type { Translation } from './area';
import type { commonNl } from './common.nl';

export const commonEn: Translation<typeof commonNl> = {
  'common.cancel': 'Cancel',
  'common.close': 'Close',
  'common.save': 'Save',
  'common.loading': 'Loading…',
  'common.retry': 'Try again',
};
