// Switching projects from the backend's side (docs/adr/0026): a request from the system
// waits for the renderer, a save made for one project never lands in another, and a failed
// open or a reopen of the open file leaves the open project as it was.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createHarness } from './services-harness';
import type { Harness } from './services-harness';

let h: Harness;
beforeEach(() => {
  h = createHarness('pwb-switch-');
});
afterEach(async () => {
  await h.close();
});

async function projectWithSection(name: string) {
  const project = await h.ok('project.create', { path: join(h.dir, `${name}.pwb`), name });
  const section = await h.ok('sections.create', { path: ['Map'], name: 'Sectie' });
  return { project, section };
}

describe('open requests from the system', () => {
  it('are announced, wait until the renderer takes them, and are answered once', async () => {
    expect(await h.ok('project.takeOpenRequest', {})).toBeNull();
    h.backend.requestOpen('/p/first.pwb');
    h.backend.requestOpen('/p/second.pwb');
    expect(h.events.filter((e) => e.event === 'openRequested').map((e) => e.payload)).toEqual([{ path: '/p/first.pwb' }, { path: '/p/second.pwb' }]);
    // The person asked for the second file last: that one is opened.
    expect(await h.ok('project.takeOpenRequest', {})).toBe('/p/second.pwb');
    expect(await h.ok('project.takeOpenRequest', {})).toBeNull();
  });

  it('open nothing by themselves', async () => {
    const { project } = await projectWithSection('Mine');
    h.backend.requestOpen(join(h.dir, 'other.pwb'));
    expect((await h.ok('app.status', {})).project?.path).toBe(project.path);
  });
});

describe('a save addressed to a project', () => {
  it('is stored while that project is open and refused, untouched, once another one is', async () => {
    const { project: mine, section } = await projectWithSection('Mine');
    await h.ok('sections.save', { id: section.id, patch: { body: 'Eerste.' }, project: mine.path });

    // A colleague's copy has the same section ids and revisions.
    const copy = join(h.dir, 'Copy.pwb');
    await h.ok('project.saveCopy', { path: copy });
    await h.ok('project.open', { path: copy });
    const late = await h.fails('sections.save', { id: section.id, patch: { body: 'Laat.' }, baseRevision: 2, project: mine.path });
    expect(late.code).toBe('no-project');
    expect(late.message).toContain(mine.path);
    expect((await h.ok('sections.get', { id: section.id })).body).toBe('Eerste.');
  });
});

describe('opening a project', () => {
  it('that fails leaves the open project open and writable', async () => {
    const { project, section } = await projectWithSection('Mine');
    const broken = join(h.dir, 'broken.pwb');
    writeFileSync(broken, 'not a project');
    expect((await h.fails('project.open', { path: broken })).code).toBe('bad-file');
    expect((await h.fails('project.open', { path: join(h.dir, 'missing.pwb') })).code).toBe('not-found');
    expect((await h.ok('app.status', {})).project?.path).toBe(project.path);
    expect((await h.ok('sections.save', { id: section.id, patch: { body: 'Nog.' }, project: project.path })).body).toBe('Nog.');
  });

  it('that is already open keeps its session: nothing is closed, nothing announced', async () => {
    const { project, section } = await projectWithSection('Mine');
    const before = h.events.length;
    const again = await h.ok('project.open', { path: project.path });
    expect(again.path).toBe(project.path);
    expect(h.events.slice(before).map((e) => e.event)).not.toContain('projectChanged');
    expect((await h.ok('sections.save', { id: section.id, patch: { body: 'Verder.' }, baseRevision: 1, project: project.path })).revision).toBe(2);
  });
});
