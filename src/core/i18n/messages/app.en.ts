import type { Translation } from './area';
import type { appNl } from './app.nl';

export const appEn: Translation<typeof appNl> = {
  'app.starting': 'Starting the workbench…',
  'app.startFailed.title': 'The workbench could not start',
  'app.noProject.title': 'No project is open',
  'app.noProject.body': 'Open the demo project to look around, or open or create a project of your own.',
  'app.noProject.openDemo': 'Open the demo project',
  'app.noProject.openProject': 'Open a project…',
  'app.noProject.newProject': 'New project…',
  'app.settings.title': 'Settings',
  'app.settings.language': 'Language',
  'app.settings.language.nl': 'Nederlands',
  'app.settings.language.en': 'English',
  'app.host.unreachable': 'The workbench host is not reachable. Is "npm run serve" still running? Start it again and reload this page.',
  'app.host.notJson': 'The workbench host sent an answer that is not JSON.',
  'app.host.httpStatus': 'The workbench host answered HTTP {status}.',
  'app.host.unexpected': 'The workbench host sent an unexpected answer (HTTP {status}).',
  'app.host.noToken': 'This page was opened without its access token. Open the full address printed by "npm run serve" (it ends in ?token=…).',
};
