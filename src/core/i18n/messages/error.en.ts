import type { Translation } from './area';
import type { errorNl } from './error.nl';

export const errorEn: Translation<typeof errorNl> = {
  'error.noProject': 'No project is open. Open or create a project first.',
  'error.readOnly': 'This project is open read-only; nothing can be changed.',
  'error.otherProject': 'Not saved: this edit was made in {project}, which is no longer the open project.',
  'error.sectionChanged': 'This section was changed elsewhere (now at revision {revision}, your edit is based on {base}). Reload it before saving.',
  'error.sectionExists': 'A section "{label}" already exists.',
  'error.sectionNotFound': 'No section with id {id} in this project.',
};
