import type { Migration } from './migration';

// Schema v2: the language exported pages, documents and the report site are labelled in
// (HTML labels, badges, counts; the Markdown reports themselves are the same in any).
// Never edit this file once released (see 0001-initial.ts).
export const migration0002: Migration = {
  version: 2,
  name: 'project-language',
  up(db) {
    db.exec(`ALTER TABLE project ADD COLUMN language TEXT NOT NULL DEFAULT 'nl' CHECK (language IN ('nl', 'en'));`);
  },
};
