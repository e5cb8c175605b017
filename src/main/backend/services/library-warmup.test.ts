import { describe, expect, it } from 'vitest';
import { EventBus } from '../events';
import type { ProjectStore } from '../store/types';
import { warmLibraryIndex } from './library-warmup';

/** A store whose index is ready after `slices` calls, and a hand-run event loop. */
function setup(slices: number) {
  const calls: ProjectStore[] = [];
  const storeOf = (name: string): ProjectStore => {
    let left = slices;
    const store = { name, indexDecisions: () => (calls.push(store), --left <= 0) } as unknown as ProjectStore;
    return store;
  };
  const queue: (() => void)[] = [];
  const events = new EventBus();
  const ctx: { events: EventBus; session: { store: ProjectStore } | null } = { events, session: null };
  const warmup = warmLibraryIndex(ctx, (fn) => queue.push(fn));
  const open = (store: ProjectStore) => {
    ctx.session = { store };
    events.emit('projectChanged', { project: null });
  };
  const runAll = () => {
    while (queue.length > 0) queue.shift()!();
  };
  return { calls, storeOf, ctx, open, runAll, queue, warmup };
}

describe('warmLibraryIndex', () => {
  it('builds slice by slice, a turn of the loop each, until the index is ready', async () => {
    const t = setup(3);
    const a = t.storeOf('a');
    t.open(a);
    t.open(a); // changed again while warming: still one run
    expect(t.calls).toEqual([]);
    let idle = false;
    void t.warmup.idle().then(() => (idle = true));
    t.queue.shift()!();
    expect(t.calls).toEqual([a]);
    expect(t.queue).toHaveLength(1);
    t.runAll();
    expect(t.calls).toEqual([a, a, a]);
    await Promise.resolve();
    expect(idle).toBe(true);
  });

  it('stops warming a project that is no longer open and warms the new one', () => {
    const t = setup(5);
    const a = t.storeOf('a');
    const b = t.storeOf('b');
    t.open(a);
    t.queue.shift()!();
    t.open(b);
    t.runAll();
    expect(t.calls.filter((s) => s === a)).toHaveLength(1);
    expect(t.calls.filter((s) => s === b)).toHaveLength(5);
  });

  it('gives up quietly on a store that fails, and does nothing once stopped', () => {
    const t = setup(2);
    const broken = { indexDecisions: () => { throw new Error('closed'); } } as unknown as ProjectStore;
    t.open(broken);
    expect(() => t.runAll()).not.toThrow();
    t.warmup.stop();
    t.open(t.storeOf('c'));
    expect(t.queue).toHaveLength(0);
  });
});
