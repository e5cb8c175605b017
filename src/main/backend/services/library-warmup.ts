// The library index (docs/adr/0024) is built between calls, one slice per turn of the
// event loop, after a project opens and after its library changes. The first search
// then finds it ready instead of building it while the person waits (seconds at 50,000
// decisions). Only the long-running hosts do this (the app and the browser host); a CLI
// command builds what it needs when it needs it, and nothing more.
import type { EventBus } from '../events';
import type { ProjectStore } from '../store/types';

/** A slice's length: short enough that a call arriving meanwhile hardly waits. */
export const SLICE_MS = 15;

type Schedule = (fn: () => void) => void;

export interface LibraryWarmup {
  stop(): void;
  /** Resolves once no build is under way (the bench waits for it). */
  idle(): Promise<void>;
}

/** Warms the open project's library index whenever the project changes (opened, library imported). */
export function warmLibraryIndex(ctx: { events: EventBus; session: { store: ProjectStore } | null }, schedule: Schedule = setImmediate): LibraryWarmup {
  let warming: ProjectStore | null = null;
  let waiting: (() => void)[] = [];
  const finish = () => {
    warming = null;
    const done = waiting;
    waiting = [];
    done.forEach((resolve) => resolve());
  };
  const step = (store: ProjectStore) => {
    let done = true;
    if (ctx.session?.store === store) {
      try {
        done = store.indexDecisions(SLICE_MS);
      } catch {
        // A closed or damaged file: the next search says what is wrong.
      }
    }
    if (done) finish();
    else schedule(() => step(store));
  };
  const stop = ctx.events.on('projectChanged', () => {
    const store = ctx.session?.store ?? null;
    if (!store || warming === store) return;
    warming = store;
    schedule(() => step(store));
  });
  return {
    stop,
    idle: () => (warming === null ? Promise.resolve() : new Promise((resolve) => waiting.push(resolve))),
  };
}
