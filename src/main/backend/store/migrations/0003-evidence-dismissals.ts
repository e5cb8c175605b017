import type { Migration } from './migration';

// Schema v3: decisions a person marked "not relevant" for a section in the Evidence
// panel (issue 9). Never edit once released (see 0001-initial).
//
// `decision` names the decision the way another copy of the project names it too: its
// database id (`id:…`), else its exact link (`url:…`), else a hash of title and text
// (`text:…`) — library keys differ between files, and dismissals travel through merges.
// No foreign key to `sections`: a deleted section can be restored from its history, and
// its dismissals come back with it.
export const migration0003: Migration = {
  version: 3,
  name: 'evidence-dismissals',
  up(db) {
    db.exec(`
CREATE TABLE evidence_dismissals (
  section_id TEXT NOT NULL,
  decision TEXT NOT NULL,
  title TEXT NOT NULL,
  dismissed_at TEXT NOT NULL,
  PRIMARY KEY (section_id, decision)
) STRICT, WITHOUT ROWID;
`);
  },
};
