import type { Translation } from './area';
import type { cliNl } from './cli.nl';

export const cliEn: Translation<typeof cliNl> = {
  'cli.error.unknownLanguage': 'Unknown language "{tag}": use one of {languages}.',
};
