import { useSyncExternalStore } from 'react';
import type { SectionDoc } from './section-doc';

const noop = () => () => {};
const zero = () => 0;

/** Re-renders when the doc changes (text, references, diagnostics, save state). */
export function useDocVersion(doc: SectionDoc | null): number {
  return useSyncExternalStore(doc ? doc.subscribe : noop, doc ? doc.getVersion : zero);
}
