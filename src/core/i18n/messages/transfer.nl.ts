import type { AreaMessages } from './area';

// Files handed to the browser host: uploads by file picker or drag and drop (d-security).
export const transferNl = {
  'transfer.drop': 'Sleep {kind, select, folder {bestanden of mappen} other {een bestand}} hierheen',
  'transfer.or': 'of',
  'transfer.chooseFiles': '{multiple, select, yes {Bestanden kiezen…} other {Bestand kiezen…}}',
  'transfer.chooseFolder': 'Map kiezen…',
  'transfer.uploading': 'Doorgeven: {done} van {total}',
  'transfer.nothingUsable': 'Hier zit niets bij dat dit kan lezen ({accept}).',
  'transfer.failed': 'Doorgeven mislukt: {message}',
  'transfer.reports.title': 'Verslagen importeren',
  'transfer.reports.hint': 'Kies .md-verslagen, of een map met verslagen: haar submappen worden de boom van secties. Alleen .md-bestanden worden doorgegeven.',
  'transfer.decisions.title': 'Beslissingen importeren',
  'transfer.decisions.hint': 'Kies een .jsonl- of .csv-bestand met beslissingen.',
  'transfer.merge.hint': 'Kies het projectbestand (.pwb) van je collega, of sleep het hierheen.',
  'transfer.merge.chosen': 'Hun bestand: {name}',
  'transfer.open.title': 'Project openen',
  'transfer.open.known': 'Projecten in de werkmap',
  'transfer.open.none': 'Er staan nog geen projecten in de werkmap.',
  'transfer.open.recent': 'onlangs geopend',
  'transfer.open.upload': 'Of open een projectbestand (.pwb) van deze computer: het wordt eerst gecontroleerd en dan in de werkmap gezet.',
  'transfer.open.modified': 'gewijzigd {when}',
  'transfer.unavailable': 'Bestanden kunnen hier niet doorgegeven worden.',
  'transfer.stopped': 'Gestopt.',
} satisfies AreaMessages<'transfer'>;
