// The .pwb file itself: create/open/close, one self-contained file, copies, read-only.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { APPLICATION_ID, createProjectStore, openProjectStore, SCHEMA_VERSION, validateProjectFile } from '../../src/main/backend/store';
import type { ProjectStore } from '../../src/main/backend/store';
import type { Migration } from '../../src/main/backend/store/migrations';
import { MIGRATIONS } from '../../src/main/backend/store/migrations';
import { applyMigrations } from '../../src/main/backend/store/schema';
import { appError, closeQuietly, makeSampleProject, section, sha256, strayFiles, tempDir } from './store-test-kit';

let dir: string;
let file: string;
const open: ProjectStore[] = [];
const track = <T extends ProjectStore>(s: T) => (open.push(s), s);

beforeEach(() => {
  dir = tempDir();
  file = path.join(dir, 'project.pwb');
});
afterEach(() => {
  open.splice(0).forEach(closeQuietly);
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('create, open, close', () => {
  it('round-trips the project, its sections and decisions through close and open', async () => {
    const store = track(createProjectStore(file, { name: 'Jambon', government: 'Vlaamse Regering', termStart: '2019-10-02', termEnd: '2024-07-01' }));
    const created = store.createSection(section(1), { author: 'an' });
    store.upsertDecisions([{ id: 'A1', date: '2020-01-01', meetingStart: '2020-01-01T09:00:00Z', title: 'Titel', url: 'https://x/1', text: 'Tekst' }]);
    const info = store.info();
    store.close();

    const again = track(await openProjectStore(file));
    expect(again.readOnly).toBe(false);
    expect(again.readOnlyReason).toBeUndefined();
    expect(again.info()).toEqual(info);
    expect(info).toMatchObject({ name: 'Jambon', government: 'Vlaamse Regering', termStart: '2019-10-02', termEnd: '2024-07-01' });
    expect(again.listSections()).toEqual([created]);
    expect(again.decisionCount()).toBe(1);
  });

  it('marks the file as a project: application id "PWB1", schema version, rollback journal', () => {
    createProjectStore(file, { name: 'P' }).close();
    const head = fs.readFileSync(file).subarray(0, 100);
    expect(head.subarray(68, 72).toString('latin1')).toBe('PWB1');
    const db = new Database(file, { readonly: true });
    expect(db.pragma('application_id', { simple: true })).toBe(APPLICATION_ID);
    expect(db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    expect(db.pragma('journal_mode', { simple: true })).toBe('delete');
    db.close();
    expect([head[18], head[19]]).toEqual([1, 1]);
  });

  it('leaves the .pwb alone after close: no -wal, -shm, -journal or lock file', async () => {
    const store = track(createProjectStore(file, { name: 'P' }));
    const s = store.createSection(section(1), { author: 'an' });
    store.saveSection(s.id, { body: 'changed' }, { author: 'an' });
    store.close();
    expect(strayFiles(dir, ['project.pwb'])).toEqual([]);
    const again = track(await openProjectStore(file));
    again.saveSection(s.id, { body: 'again' }, { author: 'an' });
    expect(strayFiles(dir, ['project.pwb'])).toEqual(['project.pwb.lock']);
    again.close();
    expect(strayFiles(dir, ['project.pwb'])).toEqual([]);
  });

  it('a copy of the file taken while the project is open (after a save) holds that save', async () => {
    const store = track(createProjectStore(file, { name: 'P' }));
    const s = store.createSection(section(1), { author: 'an' });
    store.saveSection(s.id, { body: 'saved before the copy' }, { author: 'an' });
    const copy = path.join(dir, 'copied-by-explorer.pwb');
    fs.copyFileSync(file, copy);

    const db = new Database(copy, { readonly: true });
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(db.prepare('SELECT body FROM sections WHERE id = ?').get(s.id)).toEqual({ body: 'saved before the copy' });
    db.close();
    const other = track(await openProjectStore(copy));
    expect(other.getSection(s.id)?.body).toBe('saved before the copy');
  });

  it('refuses to create over an existing file and leaves it unchanged', async () => {
    fs.writeFileSync(file, 'precious');
    const err = await appError(() => createProjectStore(file, { name: 'P' }));
    expect(err.code).toBe('conflict');
    expect(err.message).toContain('already exists');
    expect(fs.readFileSync(file, 'utf8')).toBe('precious');
    expect(strayFiles(dir, ['project.pwb'])).toEqual([]);
  });

  it('refuses a project in a missing folder and bad project details', async () => {
    expect((await appError(() => createProjectStore(path.join(dir, 'no', 'p.pwb'), { name: 'P' }))).code).toBe('not-found');
    expect((await appError(() => createProjectStore(file, { name: '  ' }))).code).toBe('bad-request');
    expect((await appError(() => createProjectStore(file, { name: 'P', termStart: '2019/10/02' }))).code).toBe('bad-request');
    expect(fs.existsSync(file)).toBe(false);
  });

  it('updates the project details, writing nothing when nothing changes', async () => {
    const store = track(createProjectStore(file, { name: 'P' }));
    const before = sha256(file);
    expect(store.updateInfo({ name: 'P' })).toMatchObject({ name: 'P' });
    expect(sha256(file)).toBe(before);
    expect(store.updateInfo({ termStart: '2019-10-02', government: 'G' })).toMatchObject({ name: 'P', termStart: '2019-10-02', government: 'G' });
    expect((await appError(() => store.updateInfo({ termEnd: 'soon' }))).code).toBe('bad-request');
    expect(store.info().termEnd).toBeNull();
  });

  it('reports a closed store as closed', async () => {
    const store = createProjectStore(file, { name: 'P' });
    store.close();
    store.close();
    expect((await appError(() => store.listSections())).code).toBe('no-project');
  });
});

describe('read-only', () => {
  it('opens read-only on request, refuses every write, and changes no byte', async () => {
    makeSampleProject(file);
    const before = sha256(file);
    const store = track(await openProjectStore(file, { readOnly: true }));
    expect(store.readOnly).toBe(true);
    expect(store.readOnlyReason).toBe('opened read-only');
    const s = store.listSections()[0];
    for (const write of [
      () => store.saveSection(s.id, { body: 'x' }, { author: 'a' }),
      () => store.createSection(section(99), { author: 'a' }),
      () => store.deleteSection(s.id, { author: 'a' }),
      () => store.upsertDecisions([]),
      () => store.updateInfo({ name: 'x' }),
    ]) {
      const err = await appError(write);
      expect(err.code).toBe('read-only');
    }
    expect(store.transaction(() => store.listSections().length)).toBe(12);
    store.close();
    expect(sha256(file)).toBe(before);
    expect(strayFiles(dir, ['project.pwb'])).toEqual([]);
  });

  // root may write any file, so there the mode protects nothing and there is nothing to test.
  it.skipIf(process.getuid?.() === 0)('opens a write-protected file read-only, saying why, and changes no byte', async () => {
    makeSampleProject(file);
    fs.chmodSync(file, 0o444);
    const before = sha256(file);
    const store = track(await openProjectStore(file));
    expect(store.readOnly).toBe(true);
    expect(store.readOnlyReason).toBe('the file is write-protected; opened read-only');
    store.close();
    expect(sha256(file)).toBe(before);
    fs.chmodSync(file, 0o644);
  });
});

describe('saveCopy', () => {
  it('writes a checked copy that opens as a project, replacing an existing file in one step', async () => {
    const store = track(createProjectStore(file, { name: 'P' }));
    const s = store.createSection(section(1), { author: 'an' });
    store.upsertDecisions([{ id: null, date: '2021-01-01', meetingStart: null, title: 'Vláams', url: null, text: 'België' }]);
    const dest = path.join(dir, 'copy.pwb');
    fs.writeFileSync(dest, 'an older copy');
    store.saveCopy(dest);
    expect(strayFiles(dir, ['project.pwb', 'project.pwb.lock', 'copy.pwb'])).toEqual([]);
    expect(await validateProjectFile(dest)).toEqual({ ok: true, schemaVersion: SCHEMA_VERSION, newerVersion: false });
    const copy = track(await openProjectStore(dest));
    expect(copy.getSection(s.id)).toEqual(s);
    expect(copy.listRevisions(s.id)).toEqual(store.listRevisions(s.id));
    expect(copy.searchDecisions({ query: 'vlaams belgie' }).total).toBe(1);
    expect(copy.info()).toEqual(store.info());
  });

  it('refuses to overwrite the open project itself or to write into a missing folder', async () => {
    const store = track(createProjectStore(file, { name: 'P' }));
    expect((await appError(() => store.saveCopy(file))).code).toBe('bad-request');
    expect((await appError(() => store.saveCopy(path.join(dir, 'missing', 'c.pwb')))).code).toBe('io');
    expect((await appError(() => store.saveCopy(dir))).code).toBe('io');
  });

  it('works from a read-only store', async () => {
    makeSampleProject(file);
    const store = track(await openProjectStore(file, { readOnly: true }));
    const dest = path.join(dir, 'copy.pwb');
    store.saveCopy(dest);
    expect((await validateProjectFile(dest)).ok).toBe(true);
  });
});

describe('migrations', () => {
  it('are numbered from 1 without gaps', () => {
    expect(MIGRATIONS.map((m) => m.version)).toEqual(MIGRATIONS.map((_, i) => i + 1));
  });

  it('apply each step in its own transaction; a failing step leaves the file at the step before', () => {
    const db = new Database(':memory:');
    const last = MIGRATIONS.length;
    const second: Migration = { version: last + 1, name: 'add notes', up: (d) => d.exec('CREATE TABLE notes (id INTEGER PRIMARY KEY) STRICT') };
    const broken: Migration = {
      version: last + 2,
      name: 'broken',
      up: (d) => {
        d.exec('CREATE TABLE half (id INTEGER PRIMARY KEY) STRICT');
        throw new Error('the last step failed');
      },
    };
    expect(() => applyMigrations(db, [...MIGRATIONS, second, broken])).toThrow('the last step failed');
    expect(db.pragma('user_version', { simple: true })).toBe(last + 1);
    expect(db.prepare("SELECT name FROM sqlite_schema WHERE name IN ('notes', 'half')").all()).toEqual([{ name: 'notes' }]);
    expect(() => applyMigrations(db, [...MIGRATIONS, { ...second, version: last + 3 }])).toThrow(/does not follow/);
    db.close();
  });
});
