// @vitest-environment jsdom
// A project switch with sections open (docs/adr/0026): pending edits are saved to their own
// project first; a save that fails makes the person choose (keep / discard / stay) and
// nothing typed is lost by any answer; kept text comes back when the project opens again.
// The real open-sections registry and Monaco models, a fake transport for the backend.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { OpenProject } from '../../shared/models';
import { FakeTransport, section } from '../testing/fake-transport';
import { typeAtEnd } from '../testing/typing';
import { closeAll, openDoc } from '../testing/registry';
import type { UnsavedEdit } from './flush';
import type { UnsavedAnswer } from './project-switch';

vi.mock('../features/workbench/editor/monaco', async () => ({ monaco: await import('monaco-editor/editor/editor.api') }));
const api = new FakeTransport(section('s1', { path: ['Zorg'], name: 'Wachtlijsten', body: 'Eerste regel.\n' }), section('s2', { body: 'Tweede.\n' }));
window.pwb = { call: api.call.bind(api), on: api.on.bind(api), platform: 'linux' } as unknown as typeof window.pwb;
const { docs } = await import('../features/workbench/session/doc-registry');
const { AUTOSAVE_DELAY_MS } = await import('../features/workbench/session/section-doc');
const { draftsOf } = await import('../features/workbench/session/drafts');
const { editSession } = await import('./flush');
const { followOpenRequests, guardedSwitch } = await import('./project-switch');

const A = '/werk/a.pwb';
const B = '/werk/b.pwb';

function openedProject(path: string): OpenProject {
  return { path, info: { name: path } as OpenProject['info'], readOnly: false, demo: false, sectionCount: 2, decisionCount: 0 };
}

/** The workbench of `path` is showing: the registry files saves and drafts under it. */
function showProject(path: string): void {
  api.project = path;
  docs.configure({ project: path, term: () => ({ termStart: null, termEnd: null }), readOnly: () => false });
}

/** What the shell does: the guard, then `project.open`; the workbench of the old project unmounts on success. */
async function switchTo(path: string, answer: UnsavedAnswer, asked: UnsavedEdit[][] = []) {
  const res = await guardedSwitch(
    {
      session: editSession(),
      ask: (unsaved) => {
        asked.push(unsaved);
        return Promise.resolve(answer);
      },
      keepFailed: () => {
        throw new Error('keeping failed');
      },
    },
    () => api.call('project.open', { path }),
  );
  if (res?.ok) {
    docs.clear();
    showProject(path);
  }
  return res;
}

const open = (id: string) => openDoc(docs, id);

beforeEach(() => {
  vi.useFakeTimers();
  window.localStorage.clear();
  api.calls.length = 0;
  api.sections.set('s1', section('s1', { path: ['Zorg'], name: 'Wachtlijsten', body: 'Eerste regel.\n' }));
  api.handle('project.open', ({ path }) => (path.endsWith('broken.pwb') ? { ok: false, error: { code: 'bad-file', message: 'Not a project file' } } : { ok: true, value: openedProject(path) }));
  showProject(A);
});
afterEach(() => {
  closeAll(docs);
  vi.useRealTimers();
});

describe('a project switch', () => {
  it('saves what was just typed to its own project before it switches, without asking', async () => {
    const doc = await open('s1');
    typeAtEnd(doc, 'Net getypt.');
    const asked: UnsavedEdit[][] = [];
    expect((await switchTo(B, 'keep', asked))?.ok).toBe(true);
    expect(asked).toEqual([]);
    const methods = api.calls.map((c) => c.method);
    expect(methods.indexOf('sections.save')).toBeLessThan(methods.indexOf('project.open'));
    expect(api.saves('s1')).toEqual([{ id: 's1', patch: { body: 'Eerste regel.\nNet getypt.' }, baseRevision: 1, project: A }]);
    expect(draftsOf(A)).toEqual([]);
  });

  it('asks when a save fails, and staying leaves the project and the text as they were', async () => {
    const doc = await open('s1');
    typeAtEnd(doc, 'Niet bewaard.');
    api.saveFailures.push({ code: 'io', message: 'De schijf is vol' });
    const asked: UnsavedEdit[][] = [];
    expect(await switchTo(B, null, asked)).toBeNull();
    expect(asked).toEqual([[{ id: 's1', label: 'Zorg/Wachtlijsten', reason: 'De schijf is vol' }]]);
    expect(api.calls.some((c) => c.method === 'project.open')).toBe(false);
    expect(doc.model.getValue()).toBe('Eerste regel.\nNiet bewaard.');
    expect(doc.saveState).toEqual({ kind: 'error', message: 'De schijf is vol' });
    // The disk has room again: the retry stores it where it belongs.
    doc.retry();
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS + 10);
    expect(api.sections.get('s1')!.body).toBe('Eerste regel.\nNiet bewaard.');
  });

  it('keeps the text as a draft of its project on “keep”, and puts it back (and saves it) when that project opens again', async () => {
    const doc = await open('s1');
    typeAtEnd(doc, 'Bewaar mij.');
    doc.update({ verdict: 'kept' });
    api.saveFailures.push({ code: 'io', message: 'De schijf is vol' });
    expect((await switchTo(B, 'keep'))?.ok).toBe(true);
    expect(draftsOf(A).map((d) => d.id)).toEqual(['s1']);
    expect(docs.size).toBe(0);

    expect((await switchTo(A, 'keep'))?.ok).toBe(true);
    const { restored } = await docs.restoreDrafts();
    expect(restored).toEqual(['Zorg/Wachtlijsten']);
    const again = docs.get('s1')!;
    expect(again.model.getValue()).toBe('Eerste regel.\nBewaar mij.');
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS + 10);
    expect(api.sections.get('s1')).toMatchObject({ body: 'Eerste regel.\nBewaar mij.', verdict: 'kept', revision: 2 });
    expect(draftsOf(A)).toEqual([]);
  });

  it('drops the text on “discard”', async () => {
    const doc = await open('s1');
    typeAtEnd(doc, 'Weg ermee.');
    api.saveFailures.push({ code: 'io', message: 'De schijf is vol' });
    expect((await switchTo(B, 'discard'))?.ok).toBe(true);
    expect(draftsOf(A)).toEqual([]);
    expect(api.sections.get('s1')!.body).toBe('Eerste regel.\n');
  });

  it('that fails (a damaged file) discards nothing and files no draft, whatever was answered', async () => {
    const doc = await open('s1');
    typeAtEnd(doc, 'Nog hier.');
    api.saveFailures.push({ code: 'io', message: 'De schijf is vol' }, { code: 'io', message: 'De schijf is vol' });
    const keep = await switchTo('/werk/broken.pwb', 'keep');
    expect(keep).toMatchObject({ ok: false, error: { code: 'bad-file' } });
    expect(draftsOf(A)).toEqual([]);
    const discard = await switchTo('/werk/broken.pwb', 'discard');
    expect(discard?.ok).toBe(false);
    expect(doc.model.getValue()).toBe('Eerste regel.\nNog hier.');
    expect(doc.hasUnsavedChanges).toBe(true);
    // A switch made later (from another window) still keeps the text: the discard was not for it.
    docs.clear();
    expect(draftsOf(A).map((d) => d.fields.body)).toEqual(['Eerste regel.\nNog hier.']);
  });
});

describe('a switch made from another window', () => {
  it('refuses the late save in the other project, keeps the text, and brings it back as a conflict when the section moved on', async () => {
    const doc = await open('s1');
    typeAtEnd(doc, 'Laat.');
    // Another window opened B: the backend serves B now, where s1 also exists.
    api.project = B;
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS + 10);
    expect(doc.saveState.kind).toBe('error');
    expect(api.sections.get('s1')!.revision).toBe(1);
    docs.clear();
    showProject(B);
    expect(draftsOf(A)).toHaveLength(1);

    // Meanwhile a colleague changed the section in A.
    api.sections.set('s1', { ...api.sections.get('s1')!, body: 'Hun versie.\n', revision: 2 });
    docs.clear();
    showProject(A);
    await docs.restoreDrafts();
    const again = docs.get('s1')!;
    expect(again.model.getValue()).toBe('Eerste regel.\nLaat.');
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS + 10);
    expect(again.saveState.kind).toBe('conflict');
    expect(api.sections.get('s1')!.body).toBe('Hun versie.\n');
    // The person keeps theirs.
    expect(await again.overwrite()).toBeNull();
    expect(api.sections.get('s1')).toMatchObject({ body: 'Eerste regel.\nLaat.', revision: 3 });
  });
});

describe('projects the system asks for (Open recent, a second launch, open-file)', () => {
  it('are taken also when asked before the app listened, wait for an open dialog, and switch only after saving', async () => {
    const waiting = [B];
    api.handle('project.takeOpenRequest', () => ({ ok: true, value: waiting.shift() ?? null }));
    const doc = await open('s1');
    typeAtEnd(doc, 'Voor de wissel.');
    let dialog = true;
    const opened: string[] = [];
    const stop = followOpenRequests(
      api,
      async (path) => {
        if ((await switchTo(path, null))?.ok) opened.push(path);
      },
      { dialogOpen: () => dialog, pause: (ms) => new Promise((r) => window.setTimeout(r, ms)) },
    );
    await vi.advanceTimersByTimeAsync(1000);
    expect(opened).toEqual([]);
    expect(api.calls.some((c) => c.method === 'project.takeOpenRequest')).toBe(false);

    dialog = false;
    await vi.advanceTimersByTimeAsync(300);
    expect(opened).toEqual([B]);
    const methods = api.calls.map((c) => c.method);
    expect(methods.indexOf('sections.save')).toBeLessThan(methods.indexOf('project.open'));
    expect(api.sections.get('s1')!.body).toBe('Eerste regel.\nVoor de wissel.');

    // Announced later: taken when announced; after stopping, no more.
    waiting.push(A);
    api.emit('openRequested', { path: A });
    await vi.advanceTimersByTimeAsync(10);
    expect(opened).toEqual([B, A]);
    stop();
    waiting.push(B);
    api.emit('openRequested', { path: B });
    await vi.advanceTimersByTimeAsync(10);
    expect(opened).toEqual([B, A]);
    expect(waiting).toEqual([B]);
  });
});
