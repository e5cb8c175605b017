// Writes a finished merge into my store (the caller holds the transaction). Every
// changed section becomes one new revision; sections are placed in an order that never
// puts two on the same path + name at once (the store's unique index would refuse).
import type { SectionContent } from '../../../shared/merge-models';
import type { FinishedSection } from '../../../core/merge';
import { contentOf, sameContent } from '../../../core/merge';
import { AppException } from '../errors';
import type { ProjectStore, StoreSectionPatch } from '../store/types';
import { placeKey } from '../../../shared/section-label';

export interface WrittenSection {
  id: string;
  revision: number;
  deleted: boolean;
  author: string;
}

function fullPatch(c: SectionContent): StoreSectionPatch {
  return {
    heading: c.heading,
    agreement: c.agreement,
    agreementChecksum: c.agreementChecksum,
    body: c.body,
    references: c.references,
    verdict: c.verdict,
    verdictNote: c.verdictNote,
    status: c.status,
    path: c.path,
    name: c.name,
    order: c.order,
  };
}

export function writeMerge(store: ProjectStore, sections: readonly FinishedSection[], authorFor: (id: string) => string): WrittenSection[] {
  const written: WrittenSection[] = [];
  const changed = sections.filter((s) => !sameContent(s.mine, s.result));
  const occupant = new Map(store.listSections().map((s) => [placeKey(s), s.id]));
  const placeOfId = new Map([...occupant].map(([place, id]) => [id, place]));

  for (const s of changed) {
    if (s.result) continue;
    const author = authorFor(s.id);
    store.deleteSection(s.id, { author });
    const place = placeOfId.get(s.id);
    if (place) occupant.delete(place);
    placeOfId.delete(s.id);
    const tombstone = store.listRevisions(s.id).reduce((max, r) => Math.max(max, r.revision), 0);
    written.push({ id: s.id, revision: tombstone, deleted: true, author });
  }

  const put = (id: string, content: SectionContent, author: string) => {
    const exists = placeOfId.has(id);
    const saved = exists
      ? store.saveSection(id, fullPatch(content), { author })
      : store.createSection({ id, ...content }, { author });
    const old = placeOfId.get(id);
    if (old && occupant.get(old) === id) occupant.delete(old);
    occupant.set(placeKey(saved), id);
    placeOfId.set(id, placeKey(saved));
    return saved.revision;
  };

  let pending = changed.filter((s) => s.result !== null);
  while (pending.length > 0) {
    const blocked: FinishedSection[] = [];
    for (const s of pending) {
      const holder = occupant.get(placeKey(s.result as SectionContent));
      if (holder !== undefined && holder !== s.id) {
        blocked.push(s);
        continue;
      }
      const author = authorFor(s.id);
      written.push({ id: s.id, revision: put(s.id, s.result as SectionContent, author), deleted: false, author });
    }
    if (blocked.length === pending.length) {
      // Sections swapping places: step one of them aside, it moves to its own place later.
      const holderId = occupant.get(placeKey(blocked[0].result as SectionContent)) as string;
      const holder = blocked.find((s) => s.id === holderId);
      const current = store.getSection(holderId);
      if (!holder || !current) {
        throw new AppException('conflict', `Cannot place section “${(blocked[0].result as SectionContent).name}”: another section is already there.`, {
          id: blocked[0].id,
        });
      }
      let name = `${current.name} (merging)`;
      for (let n = 2; occupant.has(placeKey({ path: current.path, name })); n++) name = `${current.name} (merging ${n})`;
      put(holderId, { ...contentOf(current), name }, authorFor(holderId));
    }
    pending = blocked;
  }
  return written;
}
