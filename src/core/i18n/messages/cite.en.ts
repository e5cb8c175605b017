import type { Translation } from './area';
import type { citeNl } from './cite.nl';

export const citeEn: Translation<typeof citeNl> = {
  'cite.insert': 'Insert as reference',
  'cite.insertHint': 'Adds the reference to “{section}” and cites it at the cursor',
  'cite.insertAsks': 'Asks which section gets the reference, and cites it there',
  'cite.target': 'Inserts into: {section}',
  'cite.noTarget': 'No section open: you will be asked which section.',
  'cite.readOnly': 'The project is open read-only: nothing can be cited.',
  'cite.added': 'Added as [{number}] and cited in “{section}”, line {line}.',
  'cite.reused': '“{section}” already lists this decision as [{number}]: cited [{number}] at line {line}.',
  'cite.untitled': 'untitled',
  'cite.failed': 'Could not cite the decision',
  'cite.completion.add': 'library → add as [{number}]',
  'cite.completion.addUntitled': 'library, untitled → add as [{number}]',
  'cite.completion.detail': 'Adds this decision as a reference and cites it here',
  'cite.pick.title': 'Cite in which section?',
  'cite.pick.filter': 'Find a section by name or folder…',
  'cite.pick.none': 'No section matches.',
  'cite.pick.count': '{count, plural, one {# section} other {# sections}}',
  'cite.form.search': 'Search the decision library…',
  'cite.form.open': 'Find the decision in the library…',
  'cite.form.onDate': 'Decisions of {date}',
  'cite.form.anyDate': 'any date',
  'cite.form.none': 'No decision in the library matches.',
  'cite.form.noneOnDate': 'The library has no decisions of {date}: search by other words, or choose any date.',
  'cite.form.multiline': 'This title holds line breaks, as in the decisions database; they are kept.',
};
