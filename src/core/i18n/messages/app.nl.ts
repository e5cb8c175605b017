import type { AreaMessages } from './area';

// The application frame: start-up, no project open, settings.
export const appNl = {
  'app.starting': 'De werkbank start…',
  'app.startFailed.title': 'De werkbank kon niet starten',
  'app.noProject.title': 'Er is geen project open',
  'app.noProject.body': 'Open het demoproject om rond te kijken, of open of maak een eigen project.',
  'app.noProject.openDemo': 'Demoproject openen',
  'app.noProject.openProject': 'Een project openen…',
  'app.noProject.newProject': 'Nieuw project…',
  'app.settings.title': 'Instellingen',
  'app.settings.language': 'Taal',
  'app.settings.language.nl': 'Nederlands',
  'app.settings.language.en': 'English',
} satisfies AreaMessages<'app'>;
