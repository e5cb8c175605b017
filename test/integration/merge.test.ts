// Merging a colleague's project file (issue 5 §3), end to end on real .pwb files: a
// project is copied with saveCopy, both copies are edited through the store, and the
// copy is merged back through the API exactly as the app and the CLI do it.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { MergeReport } from '../../src/shared/merge-models';
import type { Section } from '../../src/shared/models';
import { checkSection } from '../../src/core/citations';
import { createProjectStore, openProjectStore } from '../../src/main/backend/store';
import type { NewSection, ProjectStore } from '../../src/main/backend/store';
import { createHarness } from './services-harness';
import type { Harness } from './services-harness';

const link = (n: number) => `https://beslissingenvlaamseregering.vlaanderen.be/?search=Besluit%20${n}&dateOption=select&startDate=2021-03-05T09%3A00%3A00Z&endDate=2021-03-05T09%3A00%3A00Z`;
const ref = (number: number, n: number) => ({ number, date: '2021-03-05', meetingStart: '2021-03-05T09:00:00Z', title: `Besluit ${n}`, url: link(n) });

function sectionSpec(i: number): NewSection {
  return {
    id: `s${i}`,
    path: ['Domein', i % 2 ? 'Oneven' : 'Even'],
    name: `Sectie ${i}`,
    heading: `Sectie ${i}`,
    agreement: `3.${i} Sectie ${i} [We doen iets] `,
    body: `Samenvatting\n\nEerste alinea over sectie ${i} [0].\n\nTweede alinea [1].\n\nSlot van sectie ${i}.\n`,
    references: [ref(0, 100 + i), ref(1, 200 + i)],
    verdict: 'in-progress',
    verdictNote: '',
    status: 'draft',
  };
}

const fileHash = (file: string) => crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');

let h: Harness;
let mine: string;
let theirs: string;

/** Edits a closed project file through the store, as its owner would. */
async function edit(file: string, author: string, fn: (store: ProjectStore, opts: { author: string }) => void): Promise<void> {
  const store = await openProjectStore(file);
  try {
    store.transaction(() => fn(store, { author }));
  } finally {
    store.close();
  }
}

async function get(id: string): Promise<Section> {
  return h.ok('sections.get', { id });
}

beforeEach(async () => {
  h = createHarness('pwb-merge-');
  mine = path.join(h.dir, 'mine.pwb');
  theirs = path.join(h.dir, 'theirs.pwb');
  const store = createProjectStore(mine, { name: 'Project', government: 'Vlaamse Regering', termStart: '2019-10-02', termEnd: '2024-07-01' });
  try {
    store.transaction(() => {
      for (let i = 0; i < 8; i++) store.createSection(sectionSpec(i), { author: 'Ann' });
    });
    store.saveCopy(theirs);
  } finally {
    store.close();
  }
  await h.ok('settings.set', { authorName: 'Ann' });
});

afterEach(async () => {
  await h.close();
});

const open = () => h.ok('project.open', { path: mine });

describe('merge: one-sided edits', () => {
  it('takes edits made on one side only, silently, as new revisions by their author', async () => {
    await edit(theirs, 'Bob', (s, o) => {
      s.saveSection('s1', { verdict: 'kept', verdictNote: 'Gerealiseerd.' }, o);
      s.saveSection('s2', { body: sectionSpec(2).body.replace('Slot van', 'Besluit van') }, o);
    });
    await edit(mine, 'Ann', (s, o) => s.saveSection('s3', { heading: 'Mijn kop' }, o));
    await open();

    const plan = await h.ok('merge.preview', { theirsPath: theirs });
    const outcome = Object.fromEntries(plan.sections.map((s) => [s.id, s.outcome]));
    expect(outcome).toMatchObject({ s0: 'unchanged', s1: 'take-theirs', s2: 'take-theirs', s3: 'keep-mine' });
    expect(plan.summary).toMatchObject({ takeTheirs: 2, keepMine: 1, unchanged: 5, conflicts: 0 });

    const report = await h.ok('merge.apply', { theirsPath: theirs, resolutions: [], planId: plan.planId });
    expect(report.applied).toBe(true);
    expect(report.revisionsWritten).toBe(2);
    expect((await get('s1')).verdict).toBe('kept');
    expect((await get('s2')).body).toContain('Besluit van sectie 2.');
    expect((await get('s3')).heading).toBe('Mijn kop');
    const history = await h.ok('history.list', { sectionId: 's1' });
    expect(history[0].author).toBe('merge: Bob (theirs.pwb)');
    expect(report.sections.find((s) => s.id === 's1')).toMatchObject({ author: 'merge: Bob (theirs.pwb)', changes: [{ field: 'verdict', from: 'theirs' }, { field: 'verdictNote', from: 'theirs' }] });
  });

  it('merges edits to different fields and paragraphs of one section', async () => {
    await edit(theirs, 'Bob', (s, o) => s.saveSection('s4', { status: 'in-review', body: sectionSpec(4).body.replace('Slot van', 'Einde van') }, o));
    await edit(mine, 'Ann', (s, o) => s.saveSection('s4', { verdict: 'broken', body: sectionSpec(4).body.replace('Samenvatting', 'Samenvatting:') }, o));
    await open();
    const report = await h.ok('merge.apply', { theirsPath: theirs, resolutions: [] });
    expect(report.sections.find((s) => s.id === 's4')?.outcome).toBe('merged');
    const s4 = await get('s4');
    expect(s4).toMatchObject({ status: 'in-review', verdict: 'broken' });
    expect(s4.body).toBe('Samenvatting:\n\nEerste alinea over sectie 4 [0].\n\nTweede alinea [1].\n\nEinde van sectie 4.\n');
  });
});

describe('merge: conflicts', () => {
  beforeEach(async () => {
    await edit(theirs, 'Bob', (s, o) => {
      s.saveSection('s1', { verdict: 'kept' }, o);
      s.saveSection('s2', { body: sectionSpec(2).body.replace('Tweede alinea', 'Hun tweede alinea'), status: 'final' }, o);
      s.saveSection('s5', { heading: 'Gewijzigd door Bob' }, o);
    });
    await edit(mine, 'Ann', (s, o) => {
      s.saveSection('s1', { verdict: 'broken' }, o);
      s.saveSection('s2', { body: sectionSpec(2).body.replace('Tweede alinea', 'Mijn tweede alinea') }, o);
    });
    await open();
  });

  it('lists a conflict for an edit on both sides, and changes nothing of my file until all are resolved', async () => {
    const before = fileHash(mine);
    const plan = await h.ok('merge.preview', { theirsPath: theirs });
    expect(fileHash(mine)).toBe(before);
    const s1 = plan.sections.find((s) => s.id === 's1');
    expect(s1?.outcome).toBe('conflict');
    expect(s1?.conflicts).toEqual([{ id: 'verdict', field: 'verdict', base: 'in-progress', mine: 'broken', theirs: 'kept' }]);
    const s2 = plan.sections.find((s) => s.id === 's2');
    const body = s2?.conflicts.find((c) => c.field === 'body');
    expect(body?.field === 'body' && body.hunks.filter((x) => x.kind === 'conflict')).toEqual([
      { kind: 'conflict', base: 'Tweede alinea [1].\n', mine: 'Mijn tweede alinea [1].\n', theirs: 'Hun tweede alinea [1].\n' },
    ]);
    expect(s2?.changes).toEqual([{ field: 'status', from: 'theirs' }]);

    // Nothing resolved, then only some resolved: refused, and not one byte changed.
    const none = await h.fails('merge.apply', { theirsPath: theirs, resolutions: [], planId: plan.planId });
    expect(none.code).toBe('conflict');
    expect(none.message).toMatch(/2 merge conflicts are not resolved/);
    const some = await h.fails('merge.apply', { theirsPath: theirs, resolutions: [{ sectionId: 's1', conflictId: 'verdict', choice: 'theirs' }], planId: plan.planId });
    expect(some.code).toBe('conflict');
    const markers = await h.fails('merge.apply', {
      theirsPath: theirs,
      resolutions: [
        { sectionId: 's1', conflictId: 'verdict', choice: 'theirs' },
        { sectionId: 's2', conflictId: 'body', text: '<<<<<<< mine\nx\n=======\ny\n>>>>>>> theirs\n' },
      ],
    });
    expect(markers.code).toBe('conflict');
    expect(fileHash(mine)).toBe(before);
    expect((await get('s5')).heading).toBe('Sectie 5');

    const text = sectionSpec(2).body.replace('Tweede alinea', 'Onze tweede alinea');
    const report = await h.ok('merge.apply', {
      theirsPath: theirs,
      planId: plan.planId,
      resolutions: [
        { sectionId: 's1', conflictId: 'verdict', choice: 'theirs' },
        { sectionId: 's2', conflictId: 'body', text },
      ],
    });
    expect(report.revisionsWritten).toBe(3);
    expect((await get('s1')).verdict).toBe('kept');
    expect(await get('s2')).toMatchObject({ body: text, status: 'final' });
    expect((await get('s5')).heading).toBe('Gewijzigd door Bob');
    expect(report.sections.find((s) => s.id === 's2')?.resolutions).toEqual([{ conflictId: 'body', field: 'body', resolvedWith: 'edited' }]);
    expect(fileHash(mine)).not.toBe(before);
  });

  it('refuses a stale preview: my file changed after it', async () => {
    const plan = await h.ok('merge.preview', { theirsPath: theirs });
    await h.ok('sections.save', { id: 's7', patch: { heading: 'Nog even' } });
    const stale = await h.fails('merge.apply', { theirsPath: theirs, planId: plan.planId, resolutions: [] });
    expect(stale.code).toBe('conflict');
    expect(stale.message).toMatch(/preview the merge again/);
  });

  it('refuses a stale preview when their file changed or was replaced after it', async () => {
    const plan = await h.ok('merge.preview', { theirsPath: theirs });
    await edit(theirs, 'Bob', (s, o) => s.saveSection('s6', { verdict: 'kept' }, o));
    expect((await h.fails('merge.apply', { theirsPath: theirs, planId: plan.planId, resolutions: [] })).code).toBe('conflict');

    const again = await h.ok('merge.preview', { theirsPath: theirs });
    const replacement = path.join(h.dir, 'replacement.pwb');
    fs.copyFileSync(theirs, replacement);
    await edit(replacement, 'Bob', (s, o) => s.saveSection('s7', { verdict: 'kept' }, o));
    fs.renameSync(replacement, theirs);
    const stale = await h.fails('merge.apply', { theirsPath: theirs, planId: again.planId, resolutions: [] });
    expect(stale.message).toMatch(/preview the merge again/);
  });

  it('settles the conflicts left open with `prefer`, keeping the ones resolved by name', async () => {
    const report = await h.ok('merge.apply', { theirsPath: theirs, resolutions: [{ sectionId: 's1', conflictId: 'verdict', choice: 'theirs' }], prefer: 'mine' });
    expect((await get('s1')).verdict).toBe('kept');
    expect((await get('s2')).body).toContain('Mijn tweede alinea');
    expect(report.sections.find((s) => s.id === 's2')?.resolutions).toEqual([{ conflictId: 'body', field: 'body', resolvedWith: 'mine' }]);
  });

  it('refuses resolutions for conflicts that do not exist', async () => {
    const bad = await h.fails('merge.apply', { theirsPath: theirs, resolutions: [{ sectionId: 's0', conflictId: 'verdict', choice: 'mine' }] });
    expect(bad.code).toBe('bad-request');
  });
});

describe('merge: sections added and deleted on both sides', () => {
  it('merges additions and deletions, and makes deleted-vs-edited a conflict', async () => {
    await edit(theirs, 'Bob', (s, o) => {
      s.createSection({ ...sectionSpec(20), id: 'theirs-new', name: 'Nieuw bij Bob' }, o);
      s.deleteSection('s1', o);
      s.deleteSection('s2', o);
      s.saveSection('s3', { verdict: 'kept' }, o);
    });
    await edit(mine, 'Ann', (s, o) => {
      s.createSection({ ...sectionSpec(21), id: 'mine-new', name: 'Nieuw bij Ann' }, o);
      s.deleteSection('s4', o);
      s.saveSection('s2', { verdict: 'broken' }, o);
      s.deleteSection('s3', o);
    });
    await open();
    const plan = await h.ok('merge.preview', { theirsPath: theirs });
    const outcome = Object.fromEntries(plan.sections.map((s) => [s.id, s.outcome]));
    expect(outcome).toMatchObject({
      'theirs-new': 'added-from-theirs',
      'mine-new': 'keep-mine',
      s1: 'deleted-by-theirs',
      s4: 'keep-mine',
      s2: 'conflict',
      s3: 'conflict',
    });
    expect(plan.sections.find((s) => s.id === 's2')?.conflicts).toEqual([{ id: 'presence', field: 'presence', deletedBy: 'theirs' }]);
    expect(plan.sections.find((s) => s.id === 's3')?.conflicts).toEqual([{ id: 'presence', field: 'presence', deletedBy: 'mine' }]);

    const report = await h.ok('merge.apply', {
      theirsPath: theirs,
      planId: plan.planId,
      resolutions: [
        { sectionId: 's2', conflictId: 'presence', choice: 'mine' },
        { sectionId: 's3', conflictId: 'presence', choice: 'theirs' },
      ],
    });
    const tree = await h.ok('sections.tree', {});
    const ids = tree.map((s) => s.id).sort();
    expect(ids).toEqual(['mine-new', 's0', 's2', 's3', 's5', 's6', 's7', 'theirs-new']);
    expect((await get('s2')).verdict).toBe('broken');
    expect((await get('s3')).verdict).toBe('kept');
    expect((await get('theirs-new')).name).toBe('Nieuw bij Bob');
    expect(report.summary).toMatchObject({ addedFromTheirs: 1, deletedByTheirs: 1, conflicts: 2 });
    // The restored section continues its own history.
    const s3History = await h.ok('history.list', { sectionId: 's3' });
    expect(s3History.map((r) => r.revision)).toEqual([3, 2, 1]);
  });
});

describe('merge: places in the tree', () => {
  it('lets two sections swap places, and renames an added section that would take a place already used', async () => {
    await edit(theirs, 'Bob', (s, o) => {
      s.saveSection('s0', { name: 'Tijdelijk' }, o);
      s.saveSection('s2', { name: 'Sectie 0' }, o);
      s.saveSection('s0', { name: 'Sectie 2' }, o);
      s.createSection({ ...sectionSpec(30), id: 'theirs-x', path: ['Nieuw'], name: 'Zelfde naam' }, o);
    });
    await edit(mine, 'Ann', (s, o) => s.createSection({ ...sectionSpec(31), id: 'mine-x', path: ['Nieuw'], name: 'Zelfde naam' }, o));
    await open();
    const report = await h.ok('merge.apply', { theirsPath: theirs, resolutions: [] });
    expect((await get('s0')).name).toBe('Sectie 2');
    expect((await get('s2')).name).toBe('Sectie 0');
    expect((await get('mine-x')).name).toBe('Zelfde naam');
    expect((await get('theirs-x')).name).toBe('Zelfde naam (2)');
    expect(report.sections.find((s) => s.id === 'theirs-x')?.notes).toEqual([{ kind: 'renamed', name: 'Zelfde naam (2)', wanted: 'Zelfde naam' }]);
  });
});

describe('merge: references', () => {
  it('unions references added on both sides and renumbers them consistently with the merged body', async () => {
    await edit(theirs, 'Bob', (s, o) =>
      s.saveSection('s0', { body: sectionSpec(0).body.replace('Slot van sectie 0.', 'Slot van sectie 0, zie ook [2].'), references: [ref(0, 100), ref(1, 200), ref(2, 900)] }, o),
    );
    await edit(mine, 'Ann', (s, o) =>
      s.saveSection('s0', { body: sectionSpec(0).body.replace('Samenvatting\n', 'Samenvatting met nieuws [2].\n'), references: [ref(0, 100), ref(1, 200), ref(2, 800)] }, o),
    );
    await open();
    const report = await h.ok('merge.apply', { theirsPath: theirs, resolutions: [] });
    expect(report.sections.find((s) => s.id === 's0')?.outcome).toBe('merged');
    const s0 = await get('s0');
    expect(s0.body).toBe('Samenvatting met nieuws [0].\n\nEerste alinea over sectie 0 [1].\n\nTweede alinea [2].\n\nSlot van sectie 0, zie ook [3].\n');
    expect(s0.references.map((r) => [r.number, r.title])).toEqual([
      [0, 'Besluit 800'],
      [1, 'Besluit 100'],
      [2, 'Besluit 200'],
      [3, 'Besluit 900'],
    ]);
    const problems = checkSection({ body: s0.body, references: s0.references, termStart: '2019-10-02', termEnd: '2024-07-01', today: '2025-01-01' }).filter(
      (d) => d.severity === 'error',
    );
    expect(problems).toEqual([]);
    // The checker over the whole project agrees.
    for (const s of await h.ok('sections.tree', {})) expect(s.problems.error).toBe(0);
  });
});

describe('merge: nothing to do', () => {
  const noChange = (report: MergeReport) => {
    expect(report.revisionsWritten).toBe(0);
    expect(report.sections).toEqual([]);
  };

  it('merging a project with itself, or with an untouched copy, changes nothing', async () => {
    await edit(mine, 'Ann', (s, o) => s.saveSection('s1', { verdict: 'kept' }, o));
    await open();
    const before = fileHash(mine);
    const self = await h.ok('merge.preview', { theirsPath: mine });
    expect(self.sections.every((s) => s.outcome === 'unchanged')).toBe(true);
    noChange(await h.ok('merge.apply', { theirsPath: mine, resolutions: [] }));
    const copy = path.join(h.dir, 'copy.pwb');
    await h.ok('project.saveCopy', { path: copy });
    noChange(await h.ok('merge.apply', { theirsPath: copy, resolutions: [] }));
    expect(fileHash(mine)).toBe(before);
  });

  it('merging the same file twice changes nothing the second time, in either direction', async () => {
    await edit(theirs, 'Bob', (s, o) => {
      s.saveSection('s1', { verdict: 'kept' }, o);
      s.saveSection('s2', { body: sectionSpec(2).body.replace('Slot', 'Einde'), references: [ref(0, 102), ref(1, 202), ref(2, 999)] }, o);
    });
    await edit(mine, 'Ann', (s, o) => s.saveSection('s2', { body: sectionSpec(2).body.replace('Samenvatting', 'Samenvatting:') }, o));
    await open();
    const first = await h.ok('merge.apply', { theirsPath: theirs, resolutions: [] });
    expect(first.revisionsWritten).toBe(2);
    const again = await h.ok('merge.apply', { theirsPath: theirs, resolutions: [] });
    expect(again.revisionsWritten).toBe(0);

    // The colleague now merges my merged file: they get my edit, and nothing conflicts.
    await h.ok('project.open', { path: theirs });
    const back = await h.ok('merge.apply', { theirsPath: mine, resolutions: [] });
    expect(back.summary.conflicts).toBe(0);
    expect((await get('s2')).body).toBe('Samenvatting:\n\nEerste alinea over sectie 2 [0].\n\nTweede alinea [1].\n\nEinde van sectie 2.\n');
  });

  it('says clearly when their file is missing or not a project', async () => {
    await open();
    expect((await h.fails('merge.preview', { theirsPath: path.join(h.dir, 'missing.pwb') })).code).toBe('not-found');
    const junk = path.join(h.dir, 'junk.pwb');
    fs.writeFileSync(junk, 'not a database');
    expect((await h.fails('merge.preview', { theirsPath: junk })).code).toBe('bad-file');
  });
});

describe('merge: dry run and events', () => {
  it('reports what would change without writing, and tells every window after a real merge', async () => {
    await edit(theirs, 'Bob', (s, o) => s.saveSection('s6', { verdict: 'kept' }, o));
    await open();
    const before = fileHash(mine);
    const dry = await h.ok('merge.apply', { theirsPath: theirs, resolutions: [], dryRun: true });
    expect(dry).toMatchObject({ applied: false, revisionsWritten: 0 });
    expect(dry.sections.map((s) => [s.id, s.outcome])).toEqual([['s6', 'take-theirs']]);
    expect(fileHash(mine)).toBe(before);
    h.events.length = 0;
    await h.ok('merge.apply', { theirsPath: theirs, resolutions: [] });
    expect(h.events.map((e) => e.event)).toEqual(['sectionChanged', 'treeChanged']);
    expect(h.events[0].payload).toEqual({ id: 's6', revision: 2 });
  });
});
