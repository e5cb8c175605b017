import type { Translation } from './area';
import type { commandNl } from './command.nl';

export const commandEn: Translation<typeof commandNl> = {
  'command.new-project': 'New project…',
  'command.open-project': 'Open project…',
  'command.flush': 'Save now',
  'command.save-copy': 'Save a copy as…',
  'command.import-reports': 'Import reports…',
  'command.import-decisions': 'Import decisions…',
  'command.close-project': 'Close project',
  'command.export-section-md': 'Export section as Markdown',
  'command.export-section-html': 'Export section as HTML',
  'command.export-project-md': 'Export project as Markdown',
  'command.export-project-html': 'Export project as HTML',
  'command.export-folder': 'Choose the export folder…',
  'command.command-palette': 'Show all commands',
  'command.focus-filter': 'Go to section…',
  'command.show-workbench': 'Show the workbench',
  'command.show-library': 'Show the library',
  'command.show-dashboard': 'Show the dashboard',
  'command.show-merge': 'Merge a colleague’s project…',
  'command.show-history': 'Show the section’s history',
  'command.palette.title': 'Commands',
  'command.palette.placeholder': 'Type a command…',
  'command.palette.label': 'Name of a command',
  'command.palette.recent': 'recently used',
  'command.palette.none': 'No command matches “{query}”.',
};
