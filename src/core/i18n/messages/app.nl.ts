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
  'app.host.unreachable': 'De werkbank is niet bereikbaar. Draait “npm run serve” nog? Start het opnieuw en laad deze pagina opnieuw.',
  'app.host.notJson': 'De werkbank stuurde een antwoord dat geen JSON is.',
  'app.host.httpStatus': 'De werkbank antwoordde met HTTP {status}.',
  'app.host.unexpected': 'De werkbank stuurde een onverwacht antwoord (HTTP {status}).',
  'app.host.noToken': 'Deze pagina werd geopend zonder haar toegangssleutel. Open het volledige adres dat “npm run serve” toonde (het eindigt op ?token=…).',
} satisfies AreaMessages<'app'>;
