// Three-way merge of a body together with its reference list. Citations are numbers into
// each side's own list, so they are first turned into reference keys; the bodies are then
// merged line by line, the references as a set, and the result numbered afresh (keeping a
// side's numbering when the merged list is exactly that side's list).
import type { BodyHunk, MergeChoice, MergeConflict, MergeNote, MergeReference } from '../../shared/merge-models';
import type { Reference } from '../../shared/models';
import { createCitationTokens, isMissingKey, missingKey } from './citation-tokens';
import { copyReference, sameReference } from './content';
import { mergeText } from './diff3';
import { assignNumbers } from './numbering';
import { matchReferences } from './reference-entities';
import type { ReferenceEntity, Side } from './reference-entities';

export interface BodyAndReferences {
  body: string;
  references: Reference[];
}

export type BodyResolution = { choice: MergeChoice } | { text: string };

export interface BodyReferencesResolutions {
  /** Required when there is a body conflict. */
  body?: BodyResolution;
  /** Entity key -> choice, for every reference conflict. */
  references: ReadonlyMap<string, MergeChoice>;
}

export interface BodyReferencesMerge {
  /** The body conflict (id `body`) and one conflict per reference (id `reference:<key>`). */
  conflicts: MergeConflict[];
  /** The merge numbering every conflict is shown in (only when there are conflicts). */
  references?: MergeReference[];
  /** The merged body and list; conflicts take the given resolutions. */
  finish(resolutions: BodyReferencesResolutions): BodyAndReferences & { notes: MergeNote[] };
}

type RefState = { kind: 'keep'; ref: Reference | undefined } | { kind: 'conflict' };

const REF_FIELDS = ['date', 'meetingStart', 'title', 'url'] as const;

function sameOptional(a: Reference | undefined, b: Reference | undefined): boolean {
  return a === undefined || b === undefined ? a === b : sameReference(a, b, true);
}

/** Field-wise three-way merge of one reference present on both sides; null on a conflicting field. */
function mergeReferenceFields(base: Reference | undefined, mine: Reference, theirs: Reference): Reference | null {
  const out = copyReference(mine) as unknown as Record<string, unknown>;
  for (const f of REF_FIELDS) {
    const m = mine[f] ?? null;
    const t = theirs[f] ?? null;
    if (m === t) continue;
    if (base && (base[f] ?? null) === t) continue;
    if (!base || (base[f] ?? null) !== m) return null;
    if (t === null) delete out[f];
    else out[f] = t;
  }
  return out as unknown as Reference;
}

function mergeReferenceState(e: ReferenceEntity): RefState {
  const { base: b, mine: m, theirs: t } = e;
  if (sameOptional(m, t) || sameOptional(t, b)) return { kind: 'keep', ref: m };
  if (sameOptional(m, b)) return { kind: 'keep', ref: t };
  if (m && t) {
    const merged = mergeReferenceFields(b, m, t);
    if (merged) return { kind: 'keep', ref: merged };
  }
  return { kind: 'conflict' };
}

/** Order in which kept references are listed when no side's numbering fits: mine's, then theirs', then the ancestor's. */
function listRank(e: ReferenceEntity): [number, number] {
  if (e.mine) return [0, e.mine.number];
  if (e.theirs) return [1, e.theirs.number];
  return [2, e.base?.number ?? 0];
}

export function mergeBodyAndReferences(base: BodyAndReferences | null, mine: BodyAndReferences, theirs: BodyAndReferences): BodyReferencesMerge {
  const baseBody = base?.body ?? '';
  const tokens = createCitationTokens([baseBody, mine.body, theirs.body]);
  const { entities, byNumber } = matchReferences(base?.references ?? [], mine.references, theirs.references);
  const byKey = new Map(entities.map((e) => [e.key, e]));
  const tokenize = (side: Side, body: string) => tokens.tokenize(body, (n) => byNumber[side].get(n) ?? missingKey(n));
  const tb = tokenize('base', baseBody);
  const tm = tokenize('mine', mine.body);
  const tt = tokenize('theirs', theirs.body);

  const chunks = mergeText(tb, tm, tt);
  const states = new Map(entities.map((e) => [e.key, mergeReferenceState(e)]));
  const sideNumbers = (side: 'mine' | 'theirs') => new Map(entities.flatMap((e) => (e[side] ? [[e.key, e[side].number] as const] : [])));
  const ordered = [...entities].sort((x, y) => {
    const [a, b] = [listRank(x), listRank(y)];
    return a[0] - b[0] || a[1] - b[1];
  });

  const bodyConflict = chunks.some((c) => c.kind === 'conflict');
  const refConflicts = ordered.filter((e) => states.get(e.key)?.kind === 'conflict');
  const union =
    bodyConflict || refConflicts.length > 0 ? unionNumbering(ordered, tokens.citedKeys(tm), [...tokens.citedKeys(tt), ...tokens.citedKeys(tb)]) : null;

  const finish = (res: BodyReferencesResolutions): BodyAndReferences & { notes: MergeNote[] } => {
    const notes: MergeNote[] = [];
    let merged: string;
    if (!bodyConflict) merged = chunks.map((c) => (c.kind === 'ok' ? c.text : '')).join('');
    else if (!res.body) throw new Error('The body conflict has no resolution.');
    else if ('choice' in res.body) {
      const choice = res.body.choice;
      merged = chunks.map((c) => (c.kind === 'ok' ? c.text : c[choice])).join('');
    } else merged = tokens.tokenize(res.body.text, (n) => union?.byNumber.get(n) ?? missingKey(n));

    const kept = new Map<string, Reference>();
    for (const e of ordered) {
      const state = states.get(e.key);
      let ref: Reference | undefined;
      if (state?.kind === 'keep') ref = state.ref;
      else {
        const choice = res.references.get(e.key);
        if (!choice) throw new Error(`The reference conflict ${e.key} has no resolution.`);
        ref = e[choice];
      }
      if (ref) kept.set(e.key, ref);
    }
    const cited = tokens.citedKeys(merged);
    for (const key of cited) {
      const e = byKey.get(key);
      if (isMissingKey(key) || kept.has(key) || !e) continue;
      // Deleted on one side but still cited by text from the other: dropping it would leave a dangling citation.
      const ref = e.mine ?? e.theirs ?? e.base;
      if (!ref) continue;
      kept.set(key, ref);
      notes.push({ kind: 'kept-reference', title: ref.title.trim() || ref.url || ref.date });
    }
    const keys = ordered.filter((e) => kept.has(e.key)).map((e) => e.key);
    const numbers = assignNumbers({ keys, cited, sides: [sideNumbers('mine'), sideNumbers('theirs')] });
    const references = keys
      .map((key) => ({ ...copyReference(kept.get(key) as Reference), number: numbers.get(key) as number }))
      .sort((a, b) => a.number - b.number);
    const body = tokens.detokenize(merged, (key) => numbers.get(key) as number);
    return { body, references, notes };
  };

  if (!union) return { conflicts: [], finish };
  const show = (text: string) => tokens.detokenize(text, (key) => union.byKey.get(key) as number);
  const asMergeRef = (key: string, r: Reference | undefined): MergeReference | null =>
    r ? { ...copyReference(r), number: union.byKey.get(key) as number, key } : null;

  const conflicts: MergeConflict[] = [];
  if (bodyConflict) {
    const hunks: BodyHunk[] = chunks.map((c) =>
      c.kind === 'ok' ? { kind: 'same', text: show(c.text) } : { kind: 'conflict', base: show(c.base), mine: show(c.mine), theirs: show(c.theirs) },
    );
    conflicts.push({ id: 'body', field: 'body', base: base ? show(tb) : null, mine: show(tm), theirs: show(tt), hunks });
  }
  for (const e of refConflicts) {
    conflicts.push({
      id: `reference:${e.key}`,
      field: 'reference',
      key: e.key,
      base: asMergeRef(e.key, e.base),
      mine: asMergeRef(e.key, e.mine),
      theirs: asMergeRef(e.key, e.theirs),
    });
  }
  const references = ordered
    .map((e) => asMergeRef(e.key, e.mine ?? e.theirs ?? e.base) as MergeReference)
    .sort((a, b) => a.number - b.number);
  return { conflicts, references, finish };
}

interface UnionNumbering {
  byKey: Map<string, number>;
  byNumber: Map<number, string>;
}

/**
 * One number for every reference on any side, so all three columns of a conflict can be
 * read (and copied between) alike: mine keeps its own numbers, everything else follows.
 */
function unionNumbering(ordered: readonly ReferenceEntity[], mineCited: readonly string[], otherCited: readonly string[]): UnionNumbering {
  const byKey = new Map<string, number>();
  const byNumber = new Map<number, string>();
  const claim = (key: string, n: number) => {
    if (byKey.has(key) || byNumber.has(n)) return false;
    byKey.set(key, n);
    byNumber.set(n, key);
    return true;
  };
  for (const e of ordered) if (e.mine) claim(e.key, e.mine.number);
  for (const key of mineCited) if (isMissingKey(key)) claim(key, Number(key.slice(1)));
  let next = Math.max(-1, ...byNumber.keys()) + 1;
  const fresh = (key: string) => {
    if (byKey.has(key)) return;
    while (byNumber.has(next)) next++;
    claim(key, next);
  };
  for (const e of ordered) fresh(e.key);
  for (const key of otherCited) fresh(key);
  return { byKey, byNumber };
}
