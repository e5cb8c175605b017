// Sections, their revisions and optimistic concurrency.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createProjectStore } from '../../src/main/backend/store';
import type { ProjectStore } from '../../src/main/backend/store';
import { canonicalJson } from '../../src/main/backend/store/section-codec';
import type { Section } from '../../src/shared/models';
import { appError, section, sha256, tempDir } from './store-test-kit';

let dir: string;
let file: string;
let store: ProjectStore;
const me = { author: 'an' };

beforeEach(() => {
  dir = tempDir();
  file = path.join(dir, 'p.pwb');
  store = createProjectStore(file, { name: 'P' });
});
afterEach(() => {
  store.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const revisionCount = () => {
  const db = new Database(file, { readonly: true });
  const n = (db.prepare('SELECT count(*) AS n FROM revisions').get() as { n: number }).n;
  db.close();
  return n;
};

const hashOf = (s: Section) =>
  crypto
    .createHash('sha256')
    .update(
      canonicalJson({
        heading: s.heading,
        agreement: s.agreement,
        agreementChecksum: s.agreementChecksum,
        body: s.body,
        references: s.references,
        verdict: s.verdict,
        verdictNote: s.verdictNote,
        status: s.status,
        path: s.path,
        name: s.name,
        order: s.order,
      }),
    )
    .digest('hex');

describe('sections', () => {
  it('creates a section with defaults, a UUID and a first revision', () => {
    const s = store.createSection(section(1), me);
    expect(s.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(s).toMatchObject({ revision: 1, order: 0, verdict: 'not-rated', verdictNote: '', status: 'draft', agreementChecksum: null });
    expect(s.createdAt).toBe(s.updatedAt);
    expect(store.getSection(s.id)).toEqual(s);
    expect(store.findSection(['Domein', 'Map 1'], 'Sectie 1')).toEqual(s);
    expect(store.findSection(['Domein'], 'Sectie 1')).toBeNull();
    expect(store.getSection('nope')).toBeNull();
    const [rev] = store.listRevisions(s.id);
    expect(rev).toMatchObject({ sectionId: s.id, revision: 1, author: 'an', summary: 'created', savedAt: s.createdAt });
    expect(store.getRevision(rev.id)?.section).toEqual(s);
  });

  it('keeps references exactly, optional fields absent or empty as given', () => {
    const references = [
      { number: 0, date: '2020-11-27', meetingStart: '2020-11-27T09:00:00Z', title: 'A “quoted” title\n', url: 'https://x/?a=%0A' },
      { number: 3, date: '2020-13-45', title: '' },
      { number: 1, date: '2021-01-01', title: 'no link but empty url', url: '' },
    ];
    const s = store.createSection(section(1, { references }), me);
    expect(store.getSection(s.id)?.references).toEqual(references);
    expect(Object.keys(store.getSection(s.id)!.references[1])).toEqual(['number', 'date', 'title']);
  });

  it('appends to the end of the folder, lists folder by folder, then by order', () => {
    const a2 = store.createSection({ ...section(2), path: ['A'], name: 'two' }, me);
    const a1 = store.createSection({ ...section(1), path: ['A'], name: 'one', order: -1 }, me);
    const sub = store.createSection({ ...section(3), path: ['A', 'Sub'], name: 'deep' }, me);
    const b = store.createSection({ ...section(4), path: ['B'], name: 'b' }, me);
    const top = store.createSection({ ...section(5), path: [], name: 'top' }, me);
    const a3 = store.createSection({ ...section(6), path: ['A'], name: 'three' }, me);
    expect([a2.order, a3.order]).toEqual([0, 1]);
    expect(store.listSections().map((s) => s.name)).toEqual([top, a1, a2, a3, sub, b].map((s) => s.name));
  });

  it('refuses a second section with the same folder and name, or the same id', async () => {
    const s = store.createSection(section(1), me);
    expect((await appError(() => store.createSection(section(1), me))).code).toBe('conflict');
    expect((await appError(() => store.createSection({ ...section(2), id: s.id }, me))).code).toBe('conflict');
    const other = store.createSection(section(2), me);
    const err = await appError(() => store.saveSection(other.id, { path: s.path, name: s.name }, me));
    expect(err.code).toBe('conflict');
    expect(err.message).toContain('already exists');
  });

  it('refuses malformed input with bad-request', async () => {
    const s = store.createSection(section(1), me);
    const bad = [
      () => store.createSection({ ...section(2), name: '' }, me),
      () => store.createSection({ ...section(2), path: ['ok', ''] }, me),
      () => store.createSection({ ...section(2), references: [{ number: 1.5, date: 'x', title: 't' }] }, me),
      () => store.createSection({ ...section(2), verdict: 'great' as never }, me),
      () => store.saveSection(s.id, { status: 'done' as never }, me),
      () => store.saveSection(s.id, { body: 3 as never }, me),
      () => store.saveSection(s.id, { body: 'x' }, { author: undefined as never }),
    ];
    for (const f of bad) expect((await appError(f)).code).toBe('bad-request');
    expect(store.listRevisions(s.id)).toHaveLength(1);
  });
});

describe('saving', () => {
  it('a patch that changes nothing writes nothing', () => {
    const s = store.createSection(section(1), me);
    const before = sha256(file);
    const same = store.saveSection(s.id, { body: s.body, references: s.references.map((r) => ({ ...r })), path: [...s.path], verdict: s.verdict }, me);
    expect(same).toEqual(s);
    expect(store.saveSection(s.id, {}, me)).toEqual(s);
    expect(sha256(file)).toBe(before);
    expect(revisionCount()).toBe(1);
  });

  it('a change bumps the revision and records author, time, changed fields, hash and snapshot', () => {
    const s = store.createSection(section(1), me);
    const refs = [...s.references, { number: 2, date: '2022-02-02', title: 'new' }];
    const next = store.saveSection(s.id, { body: 'nieuw [2]', references: refs, verdict: 'kept' }, { author: 'bo', baseRevision: 1 });
    expect(next).toMatchObject({ revision: 2, body: 'nieuw [2]', verdict: 'kept', references: refs, createdAt: s.createdAt });
    expect(next.updatedAt >= s.updatedAt).toBe(true);
    expect(store.getSection(s.id)).toEqual(next);
    const [latest, first] = store.listRevisions(s.id);
    expect(latest).toMatchObject({ revision: 2, author: 'bo', summary: 'body, references, verdict', savedAt: next.updatedAt });
    expect(first.revision).toBe(1);
    expect(store.getRevision(latest.id)?.section).toEqual(next);
    expect(store.getRevision(first.id)?.section).toEqual(s);
    const hashes = store.listRevisionHashes();
    expect(hashes.map((h) => [h.revision, h.deleted, h.contentHash])).toEqual([
      [1, false, hashOf(s)],
      [2, false, hashOf(next)],
    ]);
  });

  it('names moves and renames, and puts a moved section at the end of its new folder', () => {
    store.createSection({ ...section(1), path: ['B'], name: 'b0' }, me);
    const s = store.createSection({ ...section(2), path: ['A'], name: 'a' }, me);
    const moved = store.saveSection(s.id, { path: ['B'], name: 'a-renamed', heading: 'H' }, me);
    expect(moved).toMatchObject({ path: ['B'], name: 'a-renamed', order: 1 });
    expect(store.listRevisions(s.id)[0].summary).toBe('heading, folder, name, order');
    const placed = store.saveSection(s.id, { order: 7, agreementChecksum: 'abc' }, me);
    expect(placed).toMatchObject({ order: 7, agreementChecksum: 'abc', revision: 3 });
    expect(store.listRevisions(s.id)[0].summary).toBe('agreement checksum, order');
  });

  it('refuses a save based on an older revision (conflict) and writes nothing', async () => {
    const s = store.createSection(section(1), me);
    store.saveSection(s.id, { body: 'first window' }, { ...me, baseRevision: 1 });
    const before = sha256(file);
    const err = await appError(() => store.saveSection(s.id, { body: 'second window' }, { ...me, baseRevision: 1 }));
    expect(err.code).toBe('conflict');
    expect(err.message).toContain('revision 2');
    expect(err.details).toMatchObject({ currentRevision: 2, baseRevision: 1 });
    expect(sha256(file)).toBe(before);
    expect(store.getSection(s.id)?.body).toBe('first window');
    expect((await appError(() => store.deleteSection(s.id, { ...me, baseRevision: 1 }))).code).toBe('conflict');
  });

  it('reports unknown sections as not-found', async () => {
    expect((await appError(() => store.saveSection('nope', { body: 'x' }, me))).code).toBe('not-found');
    expect((await appError(() => store.deleteSection('nope', me))).code).toBe('not-found');
  });
});

describe('deleting and history', () => {
  it('leaves a tombstone with the last content; a re-created id continues its history', () => {
    const s = store.createSection(section(1), me);
    const saved = store.saveSection(s.id, { body: 'last words' }, me);
    store.deleteSection(s.id, { author: 'cy' });
    expect(store.getSection(s.id)).toBeNull();
    expect(store.listSections()).toEqual([]);
    const [tomb] = store.listRevisions(s.id);
    expect(tomb).toMatchObject({ revision: 3, author: 'cy', summary: 'deleted', deleted: true });
    const detail = store.getRevision(tomb.id)!;
    expect(detail.section).toMatchObject({ ...saved, revision: 3, updatedAt: tomb.savedAt });
    expect(store.listRevisionHashes().at(-1)).toMatchObject({ revision: 3, deleted: true, contentHash: hashOf(saved) });

    const back = store.createSection({ ...section(1), id: s.id, body: detail.section.body }, me);
    expect(back.revision).toBe(4);
    expect(store.listRevisions(s.id).map((r) => r.revision)).toEqual([4, 3, 2, 1]);
  });

  it('deleting a section removes its references too', () => {
    const s = store.createSection(section(1), me);
    store.deleteSection(s.id, me);
    const db = new Database(file, { readonly: true });
    expect(db.prepare('SELECT count(*) AS n FROM refs').get()).toEqual({ n: 0 });
    db.close();
  });

  it('returns null for an unknown revision and refuses a damaged snapshot', async () => {
    expect(store.getRevision(12345)).toBeNull();
    const s = store.createSection(section(1), me);
    const db = new Database(file);
    db.prepare("UPDATE revisions SET snapshot = '{\"id\": 1}' WHERE section_id = ?").run(s.id);
    db.close();
    const err = await appError(() => store.getRevision(store.listRevisions(s.id)[0].id));
    expect(err.code).toBe('bad-file');
  });
});

describe('transactions', () => {
  it('joins nested calls into one transaction that rolls back as a whole', async () => {
    const keep = store.createSection(section(0), me);
    const err = await appError(() =>
      store.transaction(() => {
        store.saveSection(keep.id, { body: 'rolled back' }, me);
        store.transaction(() => store.createSection(section(1), me));
        store.createSection(section(1), me); // same folder and name: conflict
      }),
    );
    expect(err.code).toBe('conflict');
    expect(store.listSections().map((s) => s.id)).toEqual([keep.id]);
    expect(store.getSection(keep.id)?.body).toBe(keep.body);
    expect(store.listRevisions(keep.id)).toHaveLength(1);
    expect(store.transaction(() => 42)).toBe(42);
  });
});
