import type { Translation } from './area';
import type { projectNl } from './project.nl';

export const projectEn: Translation<typeof projectNl> = {
  'project.title': 'Project details',
  'project.name': 'Project name',
  'project.government': 'Government',
  'project.government.hint': 'The government assessed, e.g. Vlaamse Regering Jambon (2019-2024).',
  'project.termStart': 'Term start',
  'project.termEnd': 'Term end',
  'project.term.hint': 'The checker reports decisions outside the term; the exports show it. Leave it empty when it is not known.',
  'project.language': 'Language of the exports',
  'project.language.hint': 'Verdicts, headings and counts in the exports; the reports’ text stays Dutch.',
  'project.problem.empty': 'Enter a name.',
  'project.problem.tooLong': 'At most {max, number} characters.',
  'project.problem.notADate': 'Enter a date, e.g. 2019-10-02.',
  'project.problem.endBeforeStart': 'The end is before the start of the term.',
  'project.readOnly': 'This project is open read-only: its details cannot be changed.',
  'project.save': 'Save',
  'project.saved': 'Project details saved',
  'project.failed': 'The project details could not be saved',
  'project.summary.label': 'Project',
  'project.summary.governmentUnknown': 'Government not filled in',
  'project.summary.term': 'Term {start} – {end}',
  'project.summary.termFrom': 'Term from {start}',
  'project.summary.termUntil': 'Term until {end}',
  'project.summary.termUnknown': 'Term unknown',
  'project.summary.edit': 'Edit project details…',
};
