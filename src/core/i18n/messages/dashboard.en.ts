import type { Translation } from './area';
import type { dashboardNl } from './dashboard.nl';

export const dashboardEn: Translation<typeof dashboardNl> = {
  'dashboard.loading': 'Loading…',
  'dashboard.verdicts': 'Verdicts across the project',
  'dashboard.project': 'Project',
  'dashboard.all': 'All {count, plural, one {# section} other {# sections}}',
  'dashboard.perDomain': 'Per domain',
  'dashboard.years': 'Decisions cited per year',
  'dashboard.yearSelection': 'Sections citing decisions of {year}',
  'dashboard.problems': 'Open problems',
  'dashboard.problems.none': 'No problems in any section.',
  'dashboard.col.section': 'Section',
  'dashboard.col.errors': 'Errors',
  'dashboard.col.warnings': 'Warnings',
  'dashboard.col.info': 'Info',
  'dashboard.selection.title': '{group} — {verdict}',
  'dashboard.closeList': 'Close list',
  'dashboard.noSections': 'No sections.',
  'dashboard.segment.title': '{label}: {verdict} — {count, plural, one {# section} other {# sections}}',
  'dashboard.segment.label': '{label}: {verdict} {count}',
  'dashboard.years.none': 'No cited decisions yet.',
  'dashboard.year.title': '{year}: {count, plural, one {# cited decision} other {# cited decisions}} in {sections, plural, one {# section} other {# sections}}',
};
