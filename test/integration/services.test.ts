// The backend services through the in-process client: what every transport sees.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createBackend, createInProcessClient } from '../../src/main/backend/app-backend';
import { API } from '../../src/shared/api';
import { SCHEMA_VERSION } from '../../src/main/backend/store/schema';
import type { Section } from '../../src/shared/models';
import { createHarness } from './services-harness';
import type { Harness } from './services-harness';

let h: Harness;
beforeEach(() => {
  h = createHarness('pwb-services-');
});
afterEach(async () => {
  await h.close();
});

const newProject = (name = 'Test') => h.ok('project.create', { path: join(h.dir, `${name}.pwb`), name, termStart: '2019-10-02', termEnd: '2024-07-01' });

const cleanBody = 'Samenvatting\n\nDe regering besliste dit [0].';
const ref0 = { number: 0, date: '2020-01-10', title: 'Een besluit' };

describe('app.status and settings', () => {
  it('reports no project, the transport and default settings before anything is opened', async () => {
    const status = await h.ok('app.status', {});
    expect(status.project).toBeNull();
    expect(status.transport).toBe('memory');
    expect(status.nativeDialogs).toBe(false);
    expect(status.recent).toEqual([]);
    expect(status.settings.exportDir).toBeNull();
  });

  it('persists settings and the recent list atomically in the data folder', async () => {
    await h.ok('settings.set', { authorName: '  An Auteur ', exportDir: '/tmp/out' });
    await newProject();
    const saved = JSON.parse(readFileSync(join(h.dataDir, 'state.json'), 'utf8'));
    expect(saved.settings).toEqual({ authorName: 'An Auteur', exportDir: '/tmp/out', language: 'nl' });
    expect(readdirSync(h.dataDir).filter((f) => f.endsWith('.tmp'))).toEqual([]);

    const again = createBackend({ dataDir: h.dataDir, transport: 'http', nativeDialogs: false });
    const status = await createInProcessClient(again).call('app.status', {});
    await again.close();
    expect(status.ok && status.value.settings.authorName).toBe('An Auteur');
    expect(status.ok && status.value.recent).toEqual([join(h.dir, 'Test.pwb')]);
  });

  it('remembers the interface language, Dutch until another is chosen', async () => {
    expect((await h.ok('app.status', {})).settings.language).toBe('nl');
    expect((await h.ok('settings.set', { language: 'en' })).language).toBe('en');
    const again = createBackend({ dataDir: h.dataDir, transport: 'http', nativeDialogs: false });
    const status = await createInProcessClient(again).call('app.status', {});
    await again.close();
    expect(status.ok && status.value.settings.language).toBe('en');
  });

  it('starts with defaults when the state file is unreadable', async () => {
    writeFileSync(join(h.dataDir, '..', 'state.json'), '{');
    const other = createBackend({ dataDir: h.dir, transport: 'memory', nativeDialogs: false });
    const status = await other.dispatch('app.status', {});
    await other.close();
    expect(status.ok).toBe(true);
  });
});

describe('dispatch never throws and refuses bad requests', () => {
  it('answers an unknown method with bad-request', async () => {
    expect(await h.backend.dispatch('nope', {})).toEqual({ ok: false, error: { code: 'bad-request', message: 'Unknown method "nope"' } });
    expect((await h.backend.dispatch('constructor', {})).ok).toBe(false);
    expect((await h.backend.dispatch('__proto__', {})).ok).toBe(false);
  });

  it.each([
    ['sections.get', { id: 5 }, 'id'],
    ['sections.get', { id: 'x', extra: true }, 'extra'],
    ['project.open', {}, 'path'],
    ['project.open', null, ''],
    ['project.open', 'a string', ''],
    ['decisions.search', { query: 'x', limit: 1000 }, 'limit'],
    ['decisions.search', { query: 'x', from: '2020-1-1' }, 'from'],
    ['sections.create', { path: ['a/b'], name: 'x' }, 'path[0]'],
    ['sections.create', { path: [], name: '..' }, 'name'],
    ['sections.save', { id: 'x', patch: { references: [{ number: -1, date: '', title: '' }] } }, 'patch.references[0].number'],
    ['sections.save', { id: 'x', patch: { verdict: 'great' } }, 'patch.verdict'],
    ['import.reports', { paths: [] }, 'paths'],
    ['settings.set', { language: 'fr' }, 'language'],
  ])('%s with %j is bad-request naming %s', async (method, args, field) => {
    const r = await h.backend.dispatch(method, args);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.code).toBe('bad-request');
      expect(r.error.message).toContain(field);
    }
  });

  it('has a schema for every method and treats missing arguments as {}', async () => {
    expect(Object.keys(h.backend.services).sort()).toEqual(Object.keys(API).sort());
    expect((await h.backend.dispatch('app.status', undefined)).ok).toBe(true);
  });

  it('says no-project when nothing is open', async () => {
    expect((await h.fails('sections.tree', {})).code).toBe('no-project');
    expect((await h.fails('decisions.search', { query: 'x' })).code).toBe('no-project');
    // Worded for each reader: English in the message, the catalogue key for the app (ADR 0029).
    expect(await h.fails('sections.tree', {})).toMatchObject({ message: 'No project is open. Open or create a project first.', text: { key: 'error.noProject' } });
  });

  it('refuses native dialogs in a host without them', async () => {
    const e = await h.fails('dialogs.pickFolder', {});
    expect(e.code).toBe('bad-request');
    expect(e.message).toMatch(/type a path/);
  });

  it('delivers events to client listeners until they unsubscribe', async () => {
    const seen: string[] = [];
    const off = h.client.on('projectChanged', ({ project }) => seen.push(project?.info.name ?? 'none'));
    await newProject('Eerste');
    await h.ok('project.close', {});
    off();
    await newProject('Tweede');
    expect(seen).toEqual(['Eerste', 'none']);
  });

  it('answers every call after close with an error instead of throwing', async () => {
    await h.backend.close();
    const r = await h.backend.dispatch('app.status', {});
    expect(r.ok).toBe(false);
  });
});

describe('projects', () => {
  it('creates, refuses to overwrite, and announces the change', async () => {
    const project = await newProject();
    expect(project).toMatchObject({ readOnly: false, demo: false, sectionCount: 0, decisionCount: 0 });
    expect(project.info).toMatchObject({ name: 'Test', government: '', termStart: '2019-10-02', termEnd: '2024-07-01' });
    expect(h.events.map((e) => e.event)).toEqual(['projectChanged', 'treeChanged']);
    expect((await h.fails('project.create', { path: project.path, name: 'Again' })).code).toBe('conflict');
    expect((await h.fails('project.create', { path: join(h.dir, 'nowhere', 'x.pwb'), name: 'X' })).code).toBe('not-found');
  });

  it('opens another project, closing the previous; a failed open keeps the current one', async () => {
    const first = await newProject('First');
    await newProject('Second');
    const reopened = await h.ok('project.open', { path: first.path });
    expect(reopened.info.name).toBe('First');

    expect((await h.fails('project.open', { path: join(h.dir, 'missing.pwb') })).code).toBe('not-found');
    const junk = join(h.dir, 'junk.pwb');
    writeFileSync(junk, 'not a database at all');
    const e = await h.fails('project.open', { path: junk });
    expect(e.code).toBe('bad-file');
    expect((await h.ok('app.status', {})).project?.info.name).toBe('First');
  });

  it('updates project info and re-checks with the new term', async () => {
    await newProject();
    const s = await h.ok('sections.create', { path: ['A'], name: 'S' });
    await h.ok('sections.save', { id: s.id, patch: { body: cleanBody, references: [{ ...ref0, date: '2018-01-01' }] } });
    const before = (await h.ok('sections.tree', {}))[0].problems;
    const updated = await h.ok('project.update', { government: 'Regering X', termStart: '2017-01-01' });
    expect(updated.info.government).toBe('Regering X');
    const after = (await h.ok('sections.tree', {}))[0].problems;
    expect(before.warning + before.error).toBeGreaterThan(after.warning + after.error);
  });

  it('refuses a term that ends before it starts, on update and on create, and keeps the info as it was', async () => {
    await newProject();
    await h.ok('project.update', { termStart: '2019-10-02', termEnd: '2024-09-30' });
    expect((await h.fails('project.update', { termEnd: '2019-10-01' })).message).toMatch(/before it starts/);
    expect((await h.fails('project.update', { termStart: '2024-10-01' })).code).toBe('bad-request');
    expect((await h.ok('app.status', {})).project?.info).toMatchObject({ termStart: '2019-10-02', termEnd: '2024-09-30' });
    expect((await h.ok('project.update', { termEnd: null })).info.termEnd).toBeNull();
    const e = await h.fails('project.create', { path: join(h.dir, 'backwards.pwb'), name: 'B', termStart: '2024-01-01', termEnd: '2019-01-01' });
    expect(e.code).toBe('bad-request');
  });

  it('saves a consistent copy that opens as a project, but not over itself', async () => {
    const project = await newProject();
    await h.ok('sections.create', { path: [], name: 'Eén' });
    const copy = join(h.dir, 'copy.pwb');
    expect(await h.ok('project.saveCopy', { path: copy })).toEqual({ path: copy });
    expect((await h.fails('project.saveCopy', { path: project.path })).code).toBe('bad-request');
    const opened = await h.ok('project.open', { path: copy });
    expect(opened.sectionCount).toBe(1);
  });

  it('opens a file from a newer version read-only and refuses every change', async () => {
    const project = await newProject('Newer');
    const s = await h.ok('sections.create', { path: [], name: 'S' });
    await h.ok('project.close', {});
    const db = new Database(project.path);
    db.pragma(`user_version = ${SCHEMA_VERSION + 1}`);
    db.close();

    const opened = await h.ok('project.open', { path: project.path });
    expect(opened.readOnly).toBe(true);
    expect(opened.readOnlyReason).toBeTruthy();
    expect((await h.ok('sections.get', { id: s.id })).name).toBe('S');
    expect((await h.fails('sections.save', { id: s.id, patch: { body: 'x' } })).code).toBe('read-only');
    expect((await h.fails('sections.create', { path: [], name: 'T' })).code).toBe('read-only');
    expect((await h.fails('project.update', { name: 'X' })).code).toBe('read-only');
  });
});

describe('sections', () => {
  it('creates, saves as revisions by the configured author, and lists history', async () => {
    await h.ok('settings.set', { authorName: 'Rik' });
    await newProject();
    const created = await h.ok('sections.create', { path: ['Bestuur', 'Digitaal'], name: 'Open data' });
    expect(created).toMatchObject({ heading: 'Open data', revision: 1, body: '', references: [], agreementChecksum: null });
    expect((await h.fails('sections.create', { path: ['Bestuur', 'Digitaal'], name: 'Open data' })).code).toBe('conflict');

    h.events.length = 0;
    const saved = await h.ok('sections.save', { id: created.id, patch: { body: cleanBody, references: [ref0] }, baseRevision: 1 });
    expect(saved.revision).toBe(2);
    expect(saved.body).toBe(cleanBody);
    expect(h.events).toEqual([
      { event: 'sectionChanged', payload: { id: created.id, revision: 2 } },
      { event: 'treeChanged', payload: {} },
    ]);

    const history = await h.ok('history.list', { sectionId: created.id });
    expect(history.length).toBe(2);
    expect(history.every((r) => r.author === 'Rik')).toBe(true);
  });

  it('refuses a save based on an old revision (conflict) and a report that cannot be written (bad-request)', async () => {
    await newProject();
    const s = await h.ok('sections.create', { path: [], name: 'S' });
    await h.ok('sections.save', { id: s.id, patch: { body: 'eerste' } });
    const conflict = await h.fails('sections.save', { id: s.id, patch: { body: 'tweede' }, baseRevision: 1 });
    expect(conflict).toMatchObject({ code: 'conflict', text: { key: 'error.sectionChanged', values: { revision: 2, base: 1 } } });
    const bad = await h.fails('sections.save', { id: s.id, patch: { heading: 'two\nlines' } });
    expect(bad.code).toBe('bad-request');
    expect(bad.message).toMatch(/heading/i);
    expect((await h.ok('sections.get', { id: s.id })).body).toBe('eerste');
  });

  it('refuses to move a section onto another one', async () => {
    await newProject();
    await h.ok('sections.create', { path: ['A'], name: 'One' });
    const two = await h.ok('sections.create', { path: ['A'], name: 'Two' });
    expect((await h.fails('sections.save', { id: two.id, patch: { name: 'One' } })).code).toBe('conflict');
    expect((await h.ok('sections.save', { id: two.id, patch: { path: ['B'], name: 'One' } })).path).toEqual(['B']);
  });

  it('counts problems in the tree and explains them in check', async () => {
    await newProject();
    const s = await h.ok('sections.create', { path: ['A'], name: 'S' });
    await h.ok('sections.save', { id: s.id, patch: { body: 'Zie [0] en [1].', references: [ref0] } });
    const [summary] = await h.ok('sections.tree', {});
    expect(summary).toMatchObject({ id: s.id, path: ['A'], name: 'S', referenceCount: 1 });
    expect(summary.problems.error).toBeGreaterThanOrEqual(1);
    const diagnostics = await h.ok('sections.check', { id: s.id });
    const missing = diagnostics.find((d) => d.code === 'citation-missing-reference');
    expect(missing?.range).toEqual({ startLine: 1, startColumn: 12, endLine: 1, endColumn: 15 });
  });

  it('deletes a section, and restores it from history under its own id', async () => {
    await newProject();
    const s = await h.ok('sections.create', { path: [], name: 'S' });
    await h.ok('sections.save', { id: s.id, patch: { body: 'v2' } });
    const history = await h.ok('history.list', { sectionId: s.id });
    const v2 = history.find((r) => r.revision === 2);
    expect(v2).toBeDefined();
    expect((await h.ok('history.get', { id: v2!.id })).section.body).toBe('v2');

    await h.ok('sections.save', { id: s.id, patch: { body: 'v3' } });
    const restored = await h.ok('history.restore', { id: v2!.id });
    expect(restored.body).toBe('v2');
    expect(restored.revision).toBe(4);

    await h.ok('sections.delete', { id: s.id });
    expect((await h.fails('sections.get', { id: s.id })).code).toBe('not-found');
    expect((await h.fails('sections.delete', { id: s.id })).code).toBe('not-found');
    const back = await h.ok('history.restore', { id: v2!.id });
    expect(back).toMatchObject({ id: s.id, body: 'v2' });
    expect((await h.ok('sections.tree', {})).length).toBe(1);
    expect((await h.fails('history.get', { id: 999_999 })).code).toBe('not-found');
  });
});

describe('the demo project', () => {
  it('is created on first use with sections in a 3-level tree, decisions, and a few deliberate problems', async () => {
    const demo = await h.ok('project.openDemo', {});
    expect(demo).toMatchObject({ demo: true, readOnly: false, path: join(h.dataDir, 'demo.pwb') });
    expect(demo.sectionCount).toBe(6);
    expect(demo.decisionCount).toBeGreaterThanOrEqual(30);
    expect((await h.ok('app.status', {})).recent).toEqual([]);

    const tree = await h.ok('sections.tree', {});
    expect(Math.max(...tree.map((s) => s.path.length))).toBe(2);
    const codes = new Map<string, string[]>();
    for (const s of tree) codes.set(s.name, (await h.ok('sections.check', { id: s.id })).map((d) => d.code));
    expect(codes.get('Digitaal loket')).toContain('reference-uncited');
    expect(codes.get('Fietsbeleid')).toContain('citation-missing-reference');
    // Every demo link is the one its title and meeting start call for.
    expect([...codes.values()].flat()).not.toContain('reference-link-mismatch');

    const openData = tree.find((s) => s.name === 'Open data')!;
    const section: Section = await h.ok('sections.get', { id: openData.id });
    const byUrl = await h.ok('decisions.byUrl', { urls: section.references.map((r) => r.url!) });
    expect(Object.keys(byUrl).length).toBe(section.references.length);
    const decision = await h.ok('decisions.get', { key: byUrl[section.references[0].url!].key });
    expect(decision.citedBy).toEqual([{ sectionId: openData.id, path: openData.path, name: 'Open data', referenceNumber: 0 }]);

    const dashboard = await h.ok('dashboard.get', {});
    expect(dashboard.sectionCount).toBe(6);
    expect(dashboard.problems.length).toBeGreaterThanOrEqual(2);
  });

  it('reopens the same file, and rebuilds a damaged one keeping the damaged file aside', async () => {
    const first = await h.ok('project.openDemo', {});
    const s = (await h.ok('sections.tree', {}))[0];
    await h.ok('sections.save', { id: s.id, patch: { verdictNote: 'mijn notitie' } });
    const again = await h.ok('project.openDemo', {});
    expect(again.path).toBe(first.path);
    expect((await h.ok('sections.get', { id: s.id })).verdictNote).toBe('mijn notitie');

    await h.ok('project.close', {});
    writeFileSync(first.path, 'garbage');
    const rebuilt = await h.ok('project.openDemo', {});
    expect(rebuilt.sectionCount).toBe(6);
    expect(readdirSync(h.dataDir).some((f) => f.startsWith('demo.damaged-'))).toBe(true);
    expect(existsSync(first.path)).toBe(true);
  });
});
