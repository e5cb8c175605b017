import type { AreaMessages } from './area';

// Errors the backend words as a key and values (AppError.text), so the app shows them in
// the interface language and the command line in its own; `message` stays English.
export const errorNl = {
  'error.noProject': 'Er is geen project open. Open of maak eerst een project.',
  'error.readOnly': 'Dit project is alleen-lezen geopend; er kan niets gewijzigd worden.',
  'error.otherProject': 'Niet opgeslagen: deze bewerking gebeurde in {project}, dat niet langer het open project is.',
  'error.sectionChanged': 'Deze sectie werd elders gewijzigd (nu versie {revision}, je bewerking vertrekt van versie {base}). Laad ze opnieuw voor je opslaat.',
  'error.sectionExists': 'Er bestaat al een sectie “{label}”.',
  'error.sectionNotFound': 'Dit project heeft geen sectie met id {id}.',
} satisfies AreaMessages<'error'>;
