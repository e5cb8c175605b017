import type { AreaMessages } from './area';

// The command line (`pwb`): help, progress, summaries, errors.
export const cliNl = {
  'cli.error.unknownLanguage': 'Onbekende taal "{tag}": kies uit {languages}.',
  'cli.check.fixed': 'hersteld: {change}',
  'cli.check.summary':
    '{sections, plural, one {# sectie} other {# secties}} nagekeken: {errors, plural, one {# fout} other {# fouten}}, {warnings, plural, one {# waarschuwing} other {# waarschuwingen}}, {infos} ter info',
} satisfies AreaMessages<'cli'>;
