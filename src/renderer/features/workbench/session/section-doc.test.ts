// @vitest-environment jsdom
// The section document where it lives: autosave, failed saves, conflicts, a fix undone
// across body and references, a close during a save, two documents of one section; with
// Monaco's real text model and a fake transport in place of the backend.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Reference } from '../../../../shared/models';
import { FakeTransport, section } from '../../../testing/fake-transport';
import { typeAtEnd } from '../../../testing/typing';
import { AUTOSAVE_DELAY_MS, SectionDoc } from './section-doc';
import type { DocEnvironment } from './section-doc';

// The editor's API without the web worker and the contributions (no editor is shown here).
vi.mock('../editor/monaco', async () => ({ monaco: await import('monaco-editor/editor/editor.api') }));

const env: DocEnvironment = { term: () => ({ termStart: null, termEnd: null }), readOnly: () => false };
const ref = (number: number, title = `Besluit ${number}`): Reference => ({ number, date: '2021-03-05', title });

let scopes = 0;
const docs: SectionDoc[] = [];
function openDoc(api: FakeTransport, id = 's1', scope = `t${++scopes}`): SectionDoc {
  const doc = new SectionDoc(api.sections.get(id)!, env, { client: api, scope });
  docs.push(doc);
  return doc;
}


/** Lets the autosave timer fire and every pending answer arrive. */
async function settle(): Promise<void> {
  await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS + 10);
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => {
  docs.splice(0).forEach((d) => d.dispose());
  vi.useRealTimers();
});

describe('SectionDoc autosave', () => {
  it('saves the body a pause after typing, against the revision it was loaded at', async () => {
    const api = new FakeTransport(section('s1'));
    const doc = openDoc(api);
    typeAtEnd(doc, 'Tweede regel.');
    expect(doc.saveState.kind).toBe('dirty');
    expect(doc.hasUnsavedChanges).toBe(true);
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS - 50);
    expect(api.saves()).toHaveLength(0);
    await settle();
    expect(api.saves()).toEqual([{ id: 's1', patch: { body: 'Eerste regel.\nTweede regel.' }, baseRevision: 1 }]);
    expect(doc.saveState.kind).toBe('saved');
    expect(doc.hasUnsavedChanges).toBe(false);
    expect(api.sections.get('s1')!.body).toBe('Eerste regel.\nTweede regel.');

    // The next save builds on the revision the first one made.
    doc.update({ verdict: 'kept' });
    await settle();
    expect(api.saves()[1]).toEqual({ id: 's1', patch: { verdict: 'kept' }, baseRevision: 2 });
  });

  it('keeps the changes of a failed save, says why, and saves them on retry', async () => {
    const api = new FakeTransport(section('s1'));
    api.saveFailures.push({ code: 'io', message: 'The disk is full' });
    const doc = openDoc(api);
    typeAtEnd(doc, 'Nieuw.');
    await settle();
    expect(doc.saveState).toEqual({ kind: 'error', message: 'The disk is full' });
    expect(doc.hasUnsavedChanges).toBe(true);
    expect(api.sections.get('s1')!.revision).toBe(1);

    doc.retry();
    await settle();
    expect(doc.saveState.kind).toBe('saved');
    expect(api.sections.get('s1')!.body).toBe('Eerste regel.\nNieuw.');
  });
});

describe('SectionDoc conflicts', () => {
  it('stops saving on a conflict; reload takes the stored section, overwrite stores ours', async () => {
    const api = new FakeTransport(section('s1'));
    const doc = openDoc(api);
    // Someone else saved in between.
    api.sections.set('s1', { ...api.sections.get('s1')!, body: 'Hun tekst.\n', revision: 2 });
    typeAtEnd(doc, 'Mijn zin.');
    await settle();
    expect(doc.saveState.kind).toBe('conflict');
    typeAtEnd(doc, ' Meer.');
    await settle();
    expect(api.saves()).toHaveLength(1);

    expect(await doc.overwrite()).toBeNull();
    expect(api.sections.get('s1')!.body).toBe('Eerste regel.\nMijn zin. Meer.');
    expect(api.sections.get('s1')!.revision).toBe(3);
    expect(doc.saveState.kind).toBe('saved');

    api.sections.set('s1', { ...api.sections.get('s1')!, body: 'Weer anders.\n', revision: 4 });
    typeAtEnd(doc, '!');
    await settle();
    expect(doc.saveState.kind).toBe('conflict');
    expect(await doc.reload()).toBeNull();
    expect(doc.model.getValue()).toBe('Weer anders.\n');
    expect(doc.saveState.kind).toBe('saved');
    expect(doc.hasUnsavedChanges).toBe(false);
  });
});

describe('SectionDoc fixes', () => {
  it('undoes and redoes a fix in body and references together, and saves both', async () => {
    const api = new FakeTransport(section('s1', { body: 'Zie [1].\n', references: [ref(1)] }));
    const doc = openDoc(api);
    doc.applyChange('Zie [1] en [2].\n', [ref(1), ref(2)]);
    expect(doc.model.getValue()).toBe('Zie [1] en [2].\n');
    expect(doc.references.map((r) => r.number)).toEqual([1, 2]);
    await settle();
    expect(api.sections.get('s1')!.references).toHaveLength(2);

    await doc.model.undo();
    expect(doc.model.getValue()).toBe('Zie [1].\n');
    expect(doc.references.map((r) => r.number)).toEqual([1]);
    await settle();
    expect(api.sections.get('s1')).toMatchObject({ body: 'Zie [1].\n', references: [ref(1)] });

    await doc.model.redo();
    expect(doc.references.map((r) => r.number)).toEqual([1, 2]);
    await settle();
    expect(api.sections.get('s1')!.references).toHaveLength(2);
  });

  it('leaves the references alone when plain typing is undone', async () => {
    const api = new FakeTransport(section('s1', { body: 'Zie [1].\n', references: [ref(1)] }));
    const doc = openDoc(api);
    doc.applyChange('Zie [1] en [2].\n', [ref(1), ref(2)]);
    typeAtEnd(doc, 'Slot.');
    await doc.model.undo();
    expect(doc.model.getValue()).toBe('Zie [1] en [2].\n');
    expect(doc.references).toHaveLength(2);
  });
});

describe('SectionDoc closing', () => {
  it('counts a save in flight as unsaved, and a close during it saves what was typed meanwhile', async () => {
    const api = new FakeTransport(section('s1'));
    const doc = openDoc(api);
    typeAtEnd(doc, 'Een.');
    api.hold();
    await settle();
    expect(doc.saveState.kind).toBe('saving');
    expect(doc.hasUnsavedChanges).toBe(true);

    typeAtEnd(doc, ' Twee.');
    // The window closes now: pagehide flushes while the first save is still out.
    const closing = doc.flush();
    api.release();
    await closing;
    expect(api.saves().map((s) => s.baseRevision)).toEqual([1, 2]);
    expect(api.sections.get('s1')!.body).toBe('Eerste regel.\nEen. Twee.');
    expect(doc.hasUnsavedChanges).toBe(false);
    expect(doc.saveState.kind).toBe('saved');
  });

  it('does not save from a disposed document', async () => {
    const api = new FakeTransport(section('s1'));
    const doc = new SectionDoc(api.sections.get('s1')!, env, { client: api, scope: 'disposed' });
    typeAtEnd(doc, 'Weg.');
    doc.dispose();
    await doc.flush();
    await settle();
    expect(api.saves()).toHaveLength(0);
  });
});

describe('two documents of one section', () => {
  it('the one without edits takes the other one’s save; the one with edits gets a conflict, never a silent overwrite', async () => {
    const api = new FakeTransport(section('s1'));
    const a = openDoc(api, 's1', 'window-a');
    const b = openDoc(api, 's1', 'window-b');
    expect(a.model).not.toBe(b.model);

    typeAtEnd(a, 'Van A.');
    await settle();
    expect(api.sections.get('s1')!.revision).toBe(2);
    await b.onRemoteChange(2);
    expect(b.model.getValue()).toBe('Eerste regel.\nVan A.');
    expect(b.saveState.kind).toBe('saved');

    typeAtEnd(a, ' A weer.');
    typeAtEnd(b, ' Van B.');
    await settle();
    const states = [a.saveState.kind, b.saveState.kind].sort();
    expect(states).toEqual(['conflict', 'saved']);
    expect(api.sections.get('s1')!.revision).toBe(3);
  });
});
