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
};
