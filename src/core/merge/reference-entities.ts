// Which reference is which across base, mine and theirs. A reference is matched by its
// link, else by title + date, so a fixed title or a fixed link still pairs up with the
// ancestor's entry (a key made of the link alone would turn a link fix into a delete
// plus an add, and citations of the old entry on the other side would dangle).
import type { Reference } from '../../shared/models';

export interface ReferenceEntity {
  /** Stable for given inputs: `b<i>`, `m<i>` or `t<i>` after the list it first appears in. */
  key: string;
  base?: Reference;
  mine?: Reference;
  theirs?: Reference;
}

export type Side = 'base' | 'mine' | 'theirs';

export interface ReferenceMatching {
  entities: ReferenceEntity[];
  /** Per side: citation number -> entity key (the first entry with that number, as the checker reads it). */
  byNumber: Record<Side, Map<number, string>>;
}

const urlKey = (r: Reference) => (r.url && r.url.trim() ? r.url.trim() : null);
const titleKey = (r: Reference) => `${r.title.trim()}\u0000${r.date.trim()}`;

export function matchReferences(base: readonly Reference[], mine: readonly Reference[], theirs: readonly Reference[]): ReferenceMatching {
  const entities: ReferenceEntity[] = base.map((r, i) => ({ key: `b${i}`, base: r }));
  const byNumber: ReferenceMatching['byNumber'] = { base: new Map(), mine: new Map(), theirs: new Map() };
  base.forEach((r, i) => {
    if (!byNumber.base.has(r.number)) byNumber.base.set(r.number, `b${i}`);
  });

  const attach = (side: 'mine' | 'theirs', refs: readonly Reference[], candidates: (e: ReferenceEntity) => Reference | undefined) => {
    const slot = new Array<ReferenceEntity | undefined>(refs.length);
    const taken = new Set<ReferenceEntity>();
    // Links first for every entry, then title + date for the rest, so an entry whose link
    // was fixed cannot take the place of another that still matches by link.
    for (const keyOf of [urlKey, titleKey]) {
      const index = new Map<string, ReferenceEntity[]>();
      for (const e of entities) {
        const c = candidates(e);
        const k = c && keyOf(c);
        if (k === null || k === undefined || e[side]) continue;
        const list = index.get(k);
        if (list) list.push(e);
        else index.set(k, [e]);
      }
      refs.forEach((r, i) => {
        if (slot[i]) return;
        const k = keyOf(r);
        if (k === null) return;
        const hit = index.get(k)?.find((e) => !taken.has(e));
        if (hit) {
          slot[i] = hit;
          taken.add(hit);
        }
      });
    }
    refs.forEach((r, i) => {
      let e = slot[i];
      if (e) e[side] = r;
      else entities.push((e = { key: `${side[0]}${i}`, [side]: r }));
      if (!byNumber[side].has(r.number)) byNumber[side].set(r.number, e.key);
    });
  };

  attach('mine', mine, (e) => e.base);
  // Theirs pairs with the ancestor, else with an entry mine added too (the same decision cited by both).
  attach('theirs', theirs, (e) => e.base ?? e.mine);
  return { entities, byNumber };
}
