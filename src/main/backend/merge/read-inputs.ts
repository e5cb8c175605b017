// Reads both project files into the pure merge's input: for every section id on either
// side, mine, theirs and their common ancestor. The ancestor is the newest revision of
// mine whose content hash also occurs in theirs' history of that section (see
// docs/adr/0004-merge-ancestors.md): a copy made with saveCopy shares its history, so
// that is the state both started from, and after a merge the merged content is shared.
import { createHash } from 'node:crypto';
import type { SectionContent } from '../../../shared/merge-models';
import type { Section } from '../../../shared/models';
import { contentOf } from '../../../core/merge';
import type { SectionMergeInput } from '../../../core/merge';
import type { ProjectStore, RevisionHash } from '../store/types';

export interface MergeInputs {
  inputs: SectionMergeInput[];
  /** Fingerprint of both sides' latest revisions; changes whenever either file does. */
  planId: string;
  /** Section id -> author of theirs' latest revision of it. */
  theirAuthors: Map<string, string>;
}

function bySection(hashes: readonly RevisionHash[]): Map<string, RevisionHash[]> {
  const map = new Map<string, RevisionHash[]>();
  for (const h of hashes) {
    const list = map.get(h.sectionId);
    if (list) list.push(h);
    else map.set(h.sectionId, [h]);
  }
  for (const list of map.values()) list.sort((a, b) => a.revision - b.revision);
  return map;
}

export function readMergeInputs(mine: ProjectStore, theirs: ProjectStore): MergeInputs {
  const mineHistory = bySection(mine.listRevisionHashes());
  const theirsHistory = mine === theirs ? mineHistory : bySection(theirs.listRevisionHashes());
  const mineSections = new Map(mine.listSections().map((s) => [s.id, s]));
  const theirsSections = mine === theirs ? mineSections : new Map(theirs.listSections().map((s) => [s.id, s]));
  const ids = [...new Set([...mineHistory.keys(), ...theirsHistory.keys(), ...mineSections.keys(), ...theirsSections.keys()])].sort();

  const inputs: SectionMergeInput[] = [];
  const theirAuthors = new Map<string, string>();
  const fingerprint = createHash('sha256');
  for (const id of ids) {
    const mineRevs = mineHistory.get(id) ?? [];
    const theirsRevs = theirsHistory.get(id) ?? [];
    const mineSection = mineSections.get(id) ?? null;
    const theirsSection = theirsSections.get(id) ?? null;
    const last = <T>(list: readonly T[]) => list[list.length - 1];
    fingerprint.update(`${id}\u0000${tip(last(mineRevs))}\u0000${tip(last(theirsRevs))}\n`);
    if (theirsRevs.length > 0) theirAuthors.set(id, last(theirsRevs).author);

    inputs.push({
      id,
      base: findBase(mine, mineRevs, theirsRevs, mineSection, theirsSection),
      mine: mineSection && contentOf(mineSection),
      theirs: theirsSection && contentOf(theirsSection),
      mineDeleted: !mineSection && mineRevs.length > 0 && last(mineRevs).deleted,
      theirsDeleted: !theirsSection && theirsRevs.length > 0 && last(theirsRevs).deleted,
    });
  }
  return { inputs, planId: fingerprint.digest('hex').slice(0, 32), theirAuthors };
}

const tip = (h: RevisionHash | undefined) => (h ? `${h.revision}:${h.deleted ? 'x' : h.contentHash}` : '-');

function findBase(
  mine: ProjectStore,
  mineRevs: readonly RevisionHash[],
  theirsRevs: readonly RevisionHash[],
  mineNow: Section | null,
  theirsNow: Section | null,
): SectionContent | null {
  if (theirsRevs.length === 0) return null;
  const shared = new Set(theirsRevs.filter((h) => !h.deleted).map((h) => h.contentHash));
  const theirsTip = theirsRevs[theirsRevs.length - 1];
  for (let i = mineRevs.length - 1; i >= 0; i--) {
    const h = mineRevs[i];
    if (h.deleted || !shared.has(h.contentHash)) continue;
    // The usual cases need no snapshot: the ancestor is what one side holds now.
    if (mineNow && i === mineRevs.length - 1) return contentOf(mineNow);
    if (theirsNow && !theirsTip.deleted && theirsTip.contentHash === h.contentHash) return contentOf(theirsNow);
    const detail = mine.getRevision(h.id);
    if (detail) return contentOf(detail.section);
  }
  return null;
}
