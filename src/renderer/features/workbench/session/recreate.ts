// A section deleted elsewhere (a merge, another window) while it held unsaved text: made
// again where it was, with that text, so deleting never takes typing with it (docs/adr/0027).
import type { ApiClient } from '../../../../shared/api';
import type { Result, Section } from '../../../../shared/models';
import type { SectionDraft } from './drafts';

export async function recreateSection(client: ApiClient, draft: SectionDraft, project?: string): Promise<Result<Section>> {
  const created = await client.call('sections.create', { path: draft.path, name: draft.name, heading: draft.fields.heading });
  if (!created.ok) return created;
  return client.call('sections.save', { id: created.value.id, patch: { ...draft.fields }, baseRevision: created.value.revision, ...(project ? { project } : {}) });
}
