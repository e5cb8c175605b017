// Test-only: the open-sections registry as the tests drive it.
import type { AppError } from '../../shared/models';
import type { DocRegistry } from '../features/workbench/session/doc-registry';
import type { SectionDoc } from '../features/workbench/session/section-doc';

/** Opens a section's document, failing the test when it cannot be. */
export async function openDoc(registry: { open(id: string): Promise<SectionDoc | AppError> }, id: string): Promise<SectionDoc> {
  const d = await registry.open(id);
  if ('code' in d) throw new Error(d.message);
  return d;
}

/** Lets go of every open document without filing drafts (between tests). */
export function closeAll(registry: Pick<DocRegistry, 'discardOnClear' | 'clear'>): void {
  registry.discardOnClear(true);
  registry.clear();
}
