import type { CommandId } from '../../../shared/commands';
import type { AreaMessages } from './area';

// The app's commands (src/shared/commands.ts), one title each, shown in the menu bar, the
// command palette and tooltips; and the palette itself. Every command id must have a title.
const titles = {
  'command.new-project': 'Nieuw project…',
  'command.open-project': 'Project openen…',
  'command.flush': 'Nu opslaan',
  'command.save-copy': 'Kopie opslaan als…',
  'command.import-reports': 'Verslagen importeren…',
  'command.import-decisions': 'Beslissingen importeren…',
  'command.project-info': 'Projectgegevens…',
  'command.close-project': 'Project sluiten',
  'command.export': 'Exporteren…',
  'command.export-section-pdf': 'Sectie als PDF…',
  'command.publish-site': 'Site publiceren…',
  'command.export-section-md': 'Sectie exporteren als Markdown',
  'command.export-section-html': 'Sectie exporteren als HTML',
  'command.export-project-md': 'Project exporteren als Markdown',
  'command.export-project-html': 'Project exporteren als HTML',
  'command.export-folder': 'Exportmap kiezen…',
  'command.command-palette': 'Alle opdrachten tonen',
  'command.focus-filter': 'Naar sectie gaan…',
  'command.show-workbench': 'Werkbank tonen',
  'command.show-library': 'Bibliotheek tonen',
  'command.show-dashboard': 'Dashboard tonen',
  'command.show-merge': 'Project van een collega samenvoegen…',
  'command.show-history': 'Geschiedenis van de sectie tonen',
  'command.toggle-tree': 'Sectieboom tonen of verbergen',
  'command.toggle-bottom-panel': 'Onderpaneel tonen of verbergen',
  'command.toggle-preview': 'Voorbeeld tonen of verbergen',
  'command.focus-next-region': 'Naar het volgende deel van het venster',
  'command.focus-previous-region': 'Naar het vorige deel van het venster',
} satisfies Record<`command.${CommandId}`, string>;

export const commandNl = {
  ...titles,
  'command.palette.title': 'Opdrachten',
  'command.palette.placeholder': 'Typ een opdracht…',
  'command.palette.label': 'Naam van een opdracht',
  'command.palette.recent': 'recent gebruikt',
  'command.palette.none': 'Geen opdracht past bij “{query}”.',
} satisfies AreaMessages<'command'>;
