import { isAbsolute, relative } from 'node:path';

/** True when `child` is `parent` or lies inside it (both absolute; pass real paths to see through links). */
export function isInside(parent: string, child: string): boolean {
  const back = relative(parent, child);
  return back === '' || (!back.startsWith('..') && !isAbsolute(back));
}
