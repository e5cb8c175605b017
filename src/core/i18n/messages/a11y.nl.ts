import type { AreaMessages } from './area';

// Texts for assistive technology: skip links, live-region announcements, hidden labels (h-a11y).
export const a11yNl = {
  'a11y.skipToEditor': 'Naar de editor',
  'a11y.tabFocus.toggle': 'Tab verplaatst de focus (aan/uit)',
  'a11y.tabFocus.status': '{on, select, true {Tab: volgende veld} other {Tab: springt in}}',
  'a11y.tabFocus.on': 'Tab verplaatst nu de focus. Ctrl+M om Tab weer te laten inspringen.',
  'a11y.tabFocus.off': 'Tab springt nu in. Ctrl+M om Tab weer de focus te laten verplaatsen.',
  'a11y.problems.summary': '{errors, plural, =0 {Geen fouten} one {# fout} other {# fouten}}, {warnings, plural, =0 {geen waarschuwingen} one {# waarschuwing} other {# waarschuwingen}}',
  'a11y.save.saved': 'Opgeslagen',
  'a11y.save.failed': 'Opslaan mislukt: {message}',
  'a11y.save.conflict': 'Niet opgeslagen: de sectie werd elders gewijzigd. {message}',
  'a11y.chart.showTable': 'Toon de cijfers als tabel',
  'a11y.chart.verdicts.caption': 'Oordelen per domein',
  'a11y.chart.domain': 'Domein',
  'a11y.chart.project': 'Hele project',
  'a11y.chart.total': 'Totaal',
  'a11y.chart.years.caption': 'Geciteerde beslissingen per jaar',
  'a11y.chart.year': 'Jaar',
  'a11y.chart.decisions': 'Geciteerde beslissingen',
  'a11y.chart.sections': 'Secties die ze citeren',
} satisfies AreaMessages<'a11y'>;
