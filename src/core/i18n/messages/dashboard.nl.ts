import type { AreaMessages } from './area';

// The dashboard: verdicts across the project and per domain, cited decisions per year, open problems.
export const dashboardNl = {
  'dashboard.loading': 'Bezig met laden…',
  'dashboard.verdicts': 'Oordelen over het hele project',
  'dashboard.project': 'Project',
  'dashboard.all': 'Alle {count, plural, one {# sectie} other {# secties}}',
  'dashboard.perDomain': 'Per domein',
  'dashboard.years': 'Vermelde beslissingen per jaar',
  'dashboard.yearSelection': 'Secties die beslissingen uit {year} vermelden',
  'dashboard.problems': 'Openstaande problemen',
  'dashboard.problems.none': 'Geen problemen in welke sectie ook.',
  'dashboard.col.section': 'Sectie',
  'dashboard.col.errors': 'Fouten',
  'dashboard.col.warnings': 'Waarschuwingen',
  'dashboard.col.info': 'Info',
  'dashboard.selection.title': '{group} — {verdict}',
  'dashboard.closeList': 'Lijst sluiten',
  'dashboard.noSections': 'Geen secties.',
  'dashboard.segment.title': '{label}: {verdict} — {count, plural, one {# sectie} other {# secties}}',
  'dashboard.segment.label': '{label}: {verdict} {count}',
  'dashboard.years.none': 'Nog geen vermelde beslissingen.',
  'dashboard.year.title':
    '{year}: {count, plural, one {# vermelde beslissing} other {# vermelde beslissingen}} in {sections, plural, one {# sectie} other {# secties}}',
} satisfies AreaMessages<'dashboard'>;
