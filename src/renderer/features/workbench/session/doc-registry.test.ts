// @vitest-environment jsdom
// The open-sections registry: bounded like VS Code's open editors (so Monaco's listeners
// stay few), never letting go of unsaved edits, and a section let go keeps its undo.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Reference } from '../../../../shared/models';
import { FakeTransport, section } from '../../../testing/fake-transport';
import { typeAtEnd } from '../../../testing/typing';
import { AUTOSAVE_DELAY_MS } from './section-doc';
import type { SectionDoc } from './section-doc';

vi.mock('../editor/monaco', async () => ({ monaco: await import('monaco-editor/editor/editor.api') }));
const { monaco } = await import('../editor/monaco');
const api = new FakeTransport(...Array.from({ length: 40 }, (_, i) => section(`s${i}`, { body: `Tekst ${i}.\n`, references: [] })));
window.pwb = { ...api, call: api.call.bind(api), on: api.on.bind(api), platform: 'linux' } as unknown as typeof window.pwb;
const { DocRegistry, MAX_OPEN_DOCS } = await import('./doc-registry');

const ref = (number: number): Reference => ({ number, date: '2021-03-05', title: `Besluit ${number}` });

async function open(registry: InstanceType<typeof DocRegistry>, id: string): Promise<SectionDoc> {
  const d = await registry.open(id);
  if ('code' in d) throw new Error(d.message);
  return d;
}


let registry: InstanceType<typeof DocRegistry>;
beforeEach(() => {
  vi.useFakeTimers();
  registry = new DocRegistry();
  registry.configure({ term: () => ({ termStart: null, termEnd: null }), readOnly: () => false });
});
afterEach(() => {
  registry.clear();
  vi.useRealTimers();
});

describe('DocRegistry', () => {
  it('keeps at most MAX_OPEN_DOCS sections (and models) open, letting go of the least recently used', async () => {
    for (let i = 0; i < 35; i++) await open(registry, `s${i}`);
    expect(registry.size).toBe(MAX_OPEN_DOCS);
    expect(monaco.editor.getModels()).toHaveLength(MAX_OPEN_DOCS);
    expect(registry.get('s0')).toBeUndefined();
    expect(registry.get('s34')).toBeDefined();
    // Using a section again makes it recent.
    await open(registry, 's11');
    await open(registry, 's35');
    expect(registry.get('s11')).toBeDefined();
    expect(registry.get('s12')).toBeUndefined();
  });

  it('never lets go of a section with unsaved edits', async () => {
    const dirty = await open(registry, 's0');
    typeAtEnd(dirty, 'Nog niet bewaard.');
    for (let i = 1; i < 35; i++) await open(registry, `s${i}`);
    expect(registry.get('s0')).toBe(dirty);
    expect(registry.hasUnsavedChanges()).toBe(true);
    await registry.flushAll();
    expect(api.sections.get('s0')!.body).toBe('Tekst 0.\nNog niet bewaard.');
  });

  it('gives a section let go its undo back, fixes with their references included', async () => {
    const doc = await open(registry, 's1');
    typeAtEnd(doc, 'Getypt.');
    doc.applyChange('Tekst 1.\nGetypt. Zie [1].', [ref(1)]);
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS + 10);
    for (let i = 2; i < 2 + MAX_OPEN_DOCS; i++) await open(registry, `s${i}`);
    expect(registry.get('s1')).toBeUndefined();

    const again = await open(registry, 's1');
    expect(again).not.toBe(doc);
    await again.model.undo();
    expect(again.model.getValue()).toBe('Tekst 1.\nGetypt.');
    expect(again.references).toEqual([]);
    await again.model.undo();
    expect(again.model.getValue()).toBe('Tekst 1.\n');
    await again.model.redo();
    await again.model.redo();
    expect(again.references).toEqual([ref(1)]);
  });

  it('does not carry undo from one project to the next', async () => {
    const doc = await open(registry, 's2');
    typeAtEnd(doc, 'Oud project.');
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS + 10);
    registry.clear();
    expect(monaco.editor.getModels()).toHaveLength(0);
    const fresh = await open(registry, 's2');
    await fresh.model.undo();
    expect(fresh.model.getValue()).toBe('Tekst 2.\nOud project.');
  });
});
