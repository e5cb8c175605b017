// @vitest-environment jsdom
// Content replaced under an open editor (docs/adr/0027): an import, a merge or a restore
// first saves what was typed and does not run while a save fails; a replacement that
// arrives anyway (another window) never overwrites unsaved text silently; a section deleted
// with unsaved text gives that text back, and it can be made again with it.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Section } from '../../shared/models';
import { FakeTransport, section } from '../testing/fake-transport';
import { typeAtEnd } from '../testing/typing';
import { closeAll, openDoc } from '../testing/registry';

vi.mock('../features/workbench/editor/monaco', async () => ({ monaco: await import('monaco-editor/editor/editor.api') }));
const api = new FakeTransport();
window.pwb = { call: api.call.bind(api), on: api.on.bind(api), platform: 'linux' } as unknown as typeof window.pwb;
const { docs } = await import('../features/workbench/session/doc-registry');
const { AUTOSAVE_DELAY_MS } = await import('../features/workbench/session/section-doc');
const { recreateSection } = await import('../features/workbench/session/recreate');
const { unsavedBlocking } = await import('./unsaved-guard');

const PROJECT = '/werk/a.pwb';
const t = (key: string, values?: Record<string, unknown>) => `${key} ${JSON.stringify(values ?? {})}`;

const open = (id: string) => openDoc(docs, id);

beforeEach(() => {
  vi.useFakeTimers();
  api.calls.length = 0;
  api.project = PROJECT;
  api.sections.clear();
  api.sections.set('s1', section('s1', { path: ['Zorg'], name: 'Wachtlijsten', body: 'Eerste regel.\n' }));
  docs.configure({ project: PROJECT, term: () => ({ termStart: null, termEnd: null }), readOnly: () => false });
});
afterEach(() => {
  closeAll(docs);
  vi.useRealTimers();
});

describe('before an import, a merge or a restore', () => {
  it('what was just typed is saved, and the step may run', async () => {
    const doc = await open('s1');
    typeAtEnd(doc, 'Getypt.');
    expect(await unsavedBlocking(t)).toBeNull();
    expect(api.sections.get('s1')!.body).toBe('Eerste regel.\nGetypt.');
  });

  it('a save that fails stops the step with the section and the reason, and keeps the text', async () => {
    const doc = await open('s1');
    typeAtEnd(doc, 'Getypt.');
    api.saveFailures.push({ code: 'io', message: 'De schijf is vol' });
    const blocked = await unsavedBlocking(t);
    expect(blocked).toContain('switching.replace.blocked');
    expect(blocked).toContain('Zorg/Wachtlijsten');
    expect(blocked).toContain('De schijf is vol');
    expect(doc.model.getValue()).toBe('Eerste regel.\nGetypt.');
  });
});

describe('a replacement made elsewhere while text is unsaved', () => {
  it('is not taken over: the text stays, and its save reports a conflict to settle', async () => {
    const doc = await open('s1');
    typeAtEnd(doc, 'Mijn zin.');
    api.saveFailures.push({ code: 'io', message: 'De schijf is vol' });
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS + 10);
    // An import in another window replaces the section.
    api.sections.set('s1', { ...api.sections.get('s1')!, body: 'Geïmporteerd.\n', revision: 2 });
    await doc.onRemoteChange(2);
    expect(doc.model.getValue()).toBe('Eerste regel.\nMijn zin.');
    doc.retry();
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS + 10);
    expect(doc.saveState.kind).toBe('conflict');
    expect(api.sections.get('s1')!.body).toBe('Geïmporteerd.\n');
  });
});

describe('a section deleted with unsaved text', () => {
  it('hands the text back, and recreating puts the section where it was with that text', async () => {
    const doc = await open('s1');
    typeAtEnd(doc, 'Niet weg.');
    doc.update({ verdict: 'kept' });
    api.sections.delete('s1');
    const draft = docs.dropDeleted('s1');
    expect(docs.get('s1')).toBeUndefined();
    expect(draft).toMatchObject({ label: 'Zorg/Wachtlijsten', path: ['Zorg'], name: 'Wachtlijsten', fields: { body: 'Eerste regel.\nNiet weg.', verdict: 'kept' } });

    let created: Section | null = null;
    api.handle('sections.create', ({ path, name, heading }) => {
      created = section('s9', { path, name, heading: heading ?? '', body: '' });
      api.sections.set('s9', created);
      return { ok: true, value: created };
    });
    const res = await recreateSection(api, draft!, PROJECT);
    expect(res.ok).toBe(true);
    expect(created).not.toBeNull();
    expect(api.sections.get('s9')).toMatchObject({ path: ['Zorg'], name: 'Wachtlijsten', body: 'Eerste regel.\nNiet weg.', verdict: 'kept' });
  });

  it('without unsaved text gives nothing back', async () => {
    await open('s1');
    expect(docs.dropDeleted('s1')).toBeNull();
  });
});
