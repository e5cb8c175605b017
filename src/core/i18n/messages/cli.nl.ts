import type { AreaMessages } from './area';

// The command line (`pwb`): help, progress, summaries, errors.
export const cliNl = {
  'cli.error.unknownLanguage': 'Onbekende taal "{tag}": kies uit {languages}.',
} satisfies AreaMessages<'cli'>;
