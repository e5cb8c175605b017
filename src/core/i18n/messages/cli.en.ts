import type { Translation } from './area';
import type { cliNl } from './cli.nl';

export const cliEn: Translation<typeof cliNl> = {
  'cli.error.unknownLanguage': 'Unknown language "{tag}": use one of {languages}.',
  'cli.check.fixed': 'fixed: {change}',
  'cli.check.summary':
    '{sections, plural, one {# section} other {# sections}} checked: {errors, plural, one {# error} other {# errors}}, {warnings, plural, one {# warning} other {# warnings}}, {infos} info',
};
