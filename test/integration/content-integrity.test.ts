// Silent corruption (issue 13 §1): a byte changed inside a stored text is valid SQLite,
// so the file's own checks pass; the content hash of the section's latest revision is
// what tells. These tests flip bytes in the file itself, as a disk or a tool would.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createBackend, createInProcessClient } from '../../src/main/backend/app-backend';
import { createProjectStore, openProjectStore, validateProjectFile } from '../../src/main/backend/store';
import { closeQuietly, tempDir } from './store-test-kit';

let dir: string;
let file: string;

beforeEach(() => {
  dir = tempDir('pwb-integrity-');
  file = path.join(dir, 'p.pwb');
  const store = createProjectStore(file, { name: 'P' });
  try {
    const a = store.createSection({ path: ['Map'], name: 'A', heading: 'A', agreement: '', body: 'first words', references: [] }, { author: 'ann' });
    store.saveSection(a.id, { body: 'second words with ZQXMARKER inside' }, { author: 'ann' });
    store.createSection({ path: ['Map'], name: 'B', heading: 'B', agreement: '', body: 'untouched', references: [{ number: 0, date: '2020-01-01', title: 'T' }] }, { author: 'ann' });
  } finally {
    store.close();
  }
});

afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

/** Changes one letter of every copy of `marker` in the file's bytes: no SQLite call, no page checksum to notice. */
function flipInFile(target: string, marker: string): number {
  const bytes = fs.readFileSync(target);
  const needle = Buffer.from(marker);
  let flipped = 0;
  for (let at = bytes.indexOf(needle); at !== -1; at = bytes.indexOf(needle, at + 1)) {
    bytes[at] = 'Y'.charCodeAt(0);
    flipped++;
  }
  fs.writeFileSync(target, bytes);
  return flipped;
}

describe('revision hash check', () => {
  it('finds nothing wrong in an intact project', async () => {
    const store = await openProjectStore(file, { readOnly: true });
    try {
      expect(store.verifyContent()).toEqual({ sectionsChecked: 2, damaged: [] });
    } finally {
      closeQuietly(store);
    }
  });

  it('finds a flipped byte inside a text that SQLite itself accepts, and names an intact revision', async () => {
    expect(flipInFile(file, 'ZQXMARKER')).toBeGreaterThan(0);
    expect((await validateProjectFile(file)).ok).toBe(true);
    const store = await openProjectStore(file, { readOnly: true });
    try {
      const report = store.verifyContent();
      expect(report.sectionsChecked).toBe(2);
      // The saved copy of revision 2 holds the marker too and was flipped with it, so
      // the newest intact copy is revision 1.
      expect(report.damaged).toEqual([
        { id: expect.any(String), path: ['Map'], name: 'A', revision: 2, problem: 'content-changed', intactRevisionId: expect.any(Number), intactRevision: 1 },
      ]);
    } finally {
      closeQuietly(store);
    }
  });

  it('finds content changed by another program without a revision, and a missing revision', async () => {
    const db = new Database(file);
    db.prepare("UPDATE sections SET body = 'edited behind our back' WHERE name = 'B'").run();
    db.prepare("UPDATE sections SET revision = 7 WHERE name = 'A'").run();
    db.close();
    const store = await openProjectStore(file, { readOnly: true });
    try {
      const damaged = store.verifyContent().damaged.map((d) => [d.name, d.problem, d.intactRevision]);
      expect(damaged).toEqual([
        ['A', 'revision-missing', 2],
        ['B', 'content-changed', 1],
      ]);
    } finally {
      closeQuietly(store);
    }
  });

  it('is offered through the API, and restoring the intact revision repairs the section', async () => {
    const db = new Database(file);
    db.prepare("UPDATE sections SET body = 'edited behind our back' WHERE name = 'B'").run();
    db.close();
    const backend = createBackend({ dataDir: path.join(dir, 'data'), transport: 'memory', nativeDialogs: false });
    const client = createInProcessClient(backend);
    try {
      expect((await client.call('project.open', { path: file })).ok).toBe(true);
      const found = await client.call('project.verify', {});
      if (!found.ok) throw new Error(found.error.message);
      expect(found.value.damaged).toHaveLength(1);
      const restored = await client.call('history.restore', { id: found.value.damaged[0].intactRevisionId! });
      expect(restored.ok && restored.value.body).toBe('untouched');
      const again = await client.call('project.verify', {});
      expect(again.ok && again.value.damaged).toEqual([]);
    } finally {
      await backend.close();
    }
  });
});
