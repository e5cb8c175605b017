import type { AreaMessages } from './area';

// Citing a decision in one step (b-format): library insert, `[` completion, the section
// picker, the untitled-reference fix and the library search in the reference form.
export const citeNl = {
  'cite.insert': 'Invoegen als referentie',
  'cite.insertHint': 'Voegt de referentie toe aan “{section}” en citeert ze op de cursor',
  'cite.insertAsks': 'Vraagt in welke sectie de referentie komt en citeert ze daar',
  'cite.target': 'Invoegen in: {section}',
  'cite.noTarget': 'Geen sectie open: bij invoegen wordt gevraagd in welke sectie.',
  'cite.readOnly': 'Het project is alleen-lezen geopend: er kan niets geciteerd worden.',
  'cite.added': 'Toegevoegd als [{number}] en geciteerd in “{section}”, regel {line}.',
  'cite.reused': '“{section}” noemt deze beslissing al als [{number}]: [{number}] geciteerd op regel {line}.',
  'cite.untitled': 'zonder titel',
  'cite.failed': 'Citeren lukte niet',
  'cite.completion.add': 'bibliotheek → toevoegen als [{number}]',
  'cite.completion.addUntitled': 'bibliotheek, zonder titel → toevoegen als [{number}]',
  'cite.completion.detail': 'Voegt deze beslissing toe als referentie en citeert ze hier',
  'cite.pick.title': 'In welke sectie citeren?',
  'cite.pick.filter': 'Zoek een sectie op naam of map…',
  'cite.pick.none': 'Geen sectie gevonden.',
  'cite.pick.count': '{count, plural, one {# sectie} other {# secties}}',
  'cite.form.search': 'Zoek in de bibliotheek…',
  'cite.form.open': 'Zoek de beslissing in de bibliotheek…',
  'cite.form.onDate': 'Beslissingen van {date}',
  'cite.form.anyDate': 'alle data',
  'cite.form.none': 'Geen beslissing in de bibliotheek gevonden.',
  'cite.form.noneOnDate': 'De bibliotheek heeft geen beslissingen van {date}: zoek op andere woorden, of kies alle data.',
  'cite.form.multiline': 'Deze titel bevat regeleinden, zoals in de beslissingendatabank; ze blijven behouden.',
} satisfies AreaMessages<'cite'>;
