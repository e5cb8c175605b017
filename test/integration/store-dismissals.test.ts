// Evidence dismissals ("not relevant") in the project file: schema v2, upgrade of a v1
// file on a writable open, read-only files refuse writes.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createProjectStore, openProjectStore, SCHEMA_VERSION, validateProjectFile } from '../../src/main/backend/store';
import { MIGRATIONS } from '../../src/main/backend/store/migrations';
import { APPLICATION_ID, applyMigrations } from '../../src/main/backend/store/schema';
import { appError, section, tempDir } from './store-test-kit';

let dir: string;
beforeEach(() => {
  dir = tempDir();
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

const hide = (sectionId: string, decision: string) => ({ sectionId, decision, title: `Titel ${decision}`, dismissedAt: '2024-01-02T03:04:05Z' });

describe('evidence dismissals', () => {
  it('are added once, listed per section or all, and removed', () => {
    const store = createProjectStore(path.join(dir, 'p.pwb'), { name: 'P' });
    try {
      const a = store.createSection(section(1), { author: 'me' });
      const b = store.createSection(section(2), { author: 'me' });
      expect(store.addDismissal(hide(a.id, 'id:AAA'))).toBe(true);
      expect(store.addDismissal(hide(a.id, 'id:AAA'))).toBe(false);
      expect(store.addDismissal(hide(a.id, 'url:https://x'))).toBe(true);
      expect(store.addDismissal(hide(b.id, 'id:AAA'))).toBe(true);
      expect(store.listDismissals(a.id).map((d) => d.decision)).toEqual(['id:AAA', 'url:https://x']);
      expect(store.listDismissals()).toHaveLength(3);
      expect(store.removeDismissal(a.id, 'id:AAA')).toBe(true);
      expect(store.removeDismissal(a.id, 'id:AAA')).toBe(false);
      expect(store.listDismissals(a.id)).toEqual([hide(a.id, 'url:https://x')]);
      // A deleted section keeps them: restoring it from history brings them back.
      store.deleteSection(b.id, { author: 'me' });
      expect(store.listDismissals(b.id)).toHaveLength(1);
    } finally {
      store.close();
    }
  });

  it('refuse bad input', async () => {
    const store = createProjectStore(path.join(dir, 'p.pwb'), { name: 'P' });
    try {
      expect((await appError(() => store.addDismissal(hide('', 'id:A')))).code).toBe('bad-request');
      expect((await appError(() => store.addDismissal(hide('s', '')))).code).toBe('bad-request');
      expect((await appError(() => store.removeDismissal('s', 5 as never))).code).toBe('bad-request');
    } finally {
      store.close();
    }
  });

  it('come to a schema-1 file when it is opened for writing, and are refused read-only', async () => {
    const file = path.join(dir, 'old.pwb');
    const db = new Database(file);
    db.pragma('journal_mode = DELETE');
    db.pragma(`application_id = ${APPLICATION_ID}`);
    applyMigrations(db, MIGRATIONS.slice(0, 1));
    db.prepare("INSERT INTO project (id, name, government, created_at) VALUES (1, 'Oud', '', '2020-01-01T00:00:00Z')").run();
    db.close();
    expect(await validateProjectFile(file)).toEqual({ ok: true, schemaVersion: 1, newerVersion: false });

    const readOnly = await openProjectStore(file, { readOnly: true });
    try {
      expect(readOnly.listDismissals()).toEqual([]); // not upgraded when read-only: simply none
      expect((await appError(() => readOnly.addDismissal(hide('s', 'id:A')))).code).toBe('read-only');
    } finally {
      readOnly.close();
    }

    const store = await openProjectStore(file);
    try {
      expect(store.addDismissal(hide('s', 'id:A'))).toBe(true);
    } finally {
      store.close();
    }
    expect(await validateProjectFile(file)).toEqual({ ok: true, schemaVersion: SCHEMA_VERSION, newerVersion: false });
  });
});
