import type { Translation } from './area';
import type { transferNl } from './transfer.nl';

export const transferEn: Translation<typeof transferNl> = {
  'transfer.drop': 'Drop {kind, select, folder {files or folders} other {a file}} here',
  'transfer.or': 'or',
  'transfer.chooseFiles': '{multiple, select, yes {Choose files…} other {Choose a file…}}',
  'transfer.chooseFolder': 'Choose a folder…',
  'transfer.uploading': 'Handing over: {done} of {total}',
  'transfer.nothingUsable': 'Nothing here can be read by this ({accept}).',
  'transfer.failed': 'Handing over failed: {message}',
  'transfer.reports.title': 'Import reports',
  'transfer.reports.hint': 'Choose .md reports, or a folder of reports: its subfolders become the section tree. Only .md files are handed over.',
  'transfer.decisions.title': 'Import decisions',
  'transfer.decisions.hint': 'Choose a .jsonl or .csv file of decisions.',
  'transfer.merge.hint': 'Choose your colleague’s project file (.pwb), or drop it here.',
  'transfer.merge.chosen': 'Their file: {name}',
  'transfer.open.title': 'Open project',
  'transfer.open.known': 'Projects in the workspace',
  'transfer.open.none': 'There are no projects in the workspace yet.',
  'transfer.open.recent': 'opened recently',
  'transfer.open.upload': 'Or open a project file (.pwb) from this computer: it is checked first, then put in the workspace.',
  'transfer.open.modified': 'changed {when}',
  'transfer.unavailable': 'Files cannot be uploaded here.',
  'transfer.stopped': 'Stopped.',
};
