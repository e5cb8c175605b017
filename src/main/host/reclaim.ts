// Large request bodies leave large garbage: the body buffer (outside V8's heap), its
// text and the parsed strings. V8 collects them when its own heuristics say so, which
// under a burst of large posts is hundreds of megabytes later. The budget bounds what
// is live; collecting right after a large request bounds what is dead too. Real use
// sends large bodies rarely (a save is kilobytes), so the pause is rarely paid.
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

type Collect = () => void;

let collect: Collect | null | undefined;

function collector(): Collect | null {
  if (collect !== undefined) return collect;
  try {
    const exposed = (globalThis as { gc?: Collect }).gc;
    if (typeof exposed === 'function') collect = exposed;
    else {
      setFlagsFromString('--expose-gc');
      collect = runInNewContext('gc') as Collect;
    }
  } catch {
    collect = null;
  }
  return collect;
}

/** Bodies at least this large are collected after. */
export const RECLAIM_AFTER_BYTES = 4 * 1024 * 1024;

/** A full collection now, where the runtime allows one; otherwise nothing. */
export function reclaimMemory(): void {
  collector()?.();
}
