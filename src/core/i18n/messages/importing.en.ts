import type { Translation } from './area';
import type { importingNl } from './importing.nl';

export const importingEn: Translation<typeof importingNl> = {
  'importing.preview.title': 'Import reports',
  'importing.preview.summary':
    '{created, plural, one {# new section} other {# new sections}}, {replaced, plural, one {# section replaced} other {# sections replaced}}, {unchanged, plural, one {# unchanged} other {# unchanged}}{failed, plural, =0 {} one {, # file unreadable} other {, # files unreadable}}.',
  'importing.preview.replacedIntro': 'These sections differ from their file. Importing replaces their text; what they hold now stays in their history.',
  'importing.preview.changes': 'changes: {changes}',
  'importing.preview.more': '… and {count} more',
  'importing.preview.replace': '{count, plural, one {Replace # section and import} other {Replace # sections and import}}',
  'importing.preview.onlyNew': 'Import only the new sections',
  'importing.change.heading': 'heading',
  'importing.change.agreement': 'agreement text',
  'importing.change.body': 'text',
  'importing.change.references': 'references',
  'importing.cli.replaced': '{count, plural, one {Replaced # section} other {Replaced # sections}}; the text each had before is kept in its history:',
  'importing.cli.replacedLine': '{section} (previous text: revision {revision})',
};
