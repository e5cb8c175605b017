// Three-way merge of line lists (diff3, by node-diff3): lines both sides kept from the
// ancestor are stable; between stable lines, a region changed on one side only takes
// that side, the same change on both is taken once, and different changes are a
// conflict. As in GNU diff3, edits to adjacent lines conflict; paragraphs are separated
// by a blank line, which is stable, so edits to different paragraphs merge.
import { diff3Merge as libraryDiff3Merge } from 'node-diff3';

export type Diff3Chunk =
  | { kind: 'ok'; lines: string[] }
  | { kind: 'conflict'; base: string[]; mine: string[]; theirs: string[] };

export function diff3Merge(base: readonly string[], mine: readonly string[], theirs: readonly string[]): Diff3Chunk[] {
  // Lines all three share at the start and the end are stable whatever the matching;
  // leaving them out keeps the library's LCS to the edited middle (usually a few lines).
  const shortest = Math.min(base.length, mine.length, theirs.length);
  let head = 0;
  while (head < shortest && base[head] === mine[head] && base[head] === theirs[head]) head++;
  let tail = 0;
  while (tail < shortest - head && base.at(-1 - tail) === mine.at(-1 - tail) && base.at(-1 - tail) === theirs.at(-1 - tail)) tail++;
  const middle = (x: readonly string[]) => x.slice(head, x.length - tail);

  const chunks: Diff3Chunk[] = [];
  const emit = (lines: readonly string[]) => {
    if (lines.length === 0) return;
    const last = chunks[chunks.length - 1];
    if (last?.kind === 'ok') last.lines.push(...lines);
    else chunks.push({ kind: 'ok', lines: [...lines] });
  };
  emit(base.slice(0, head));
  for (const region of libraryDiff3Merge(middle(mine), middle(base), middle(theirs), { excludeFalseConflicts: true })) {
    if (region.conflict) chunks.push({ kind: 'conflict', base: region.conflict.o, mine: region.conflict.a, theirs: region.conflict.b });
    else emit(region.ok ?? []);
  }
  emit(base.slice(base.length - tail));
  return chunks;
}

/** Splits text into lines that keep their `\n`, so joining them gives the text back exactly. */
export function splitLines(text: string): string[] {
  const lines: string[] = [];
  let from = 0;
  for (;;) {
    const nl = text.indexOf('\n', from);
    if (nl < 0) break;
    lines.push(text.slice(from, nl + 1));
    from = nl + 1;
  }
  if (from < text.length) lines.push(text.slice(from));
  return lines;
}

export type TextChunk = { kind: 'ok'; text: string } | { kind: 'conflict'; base: string; mine: string; theirs: string };

/** diff3 on texts; chunks joined back into strings. */
export function mergeText(base: string, mine: string, theirs: string): TextChunk[] {
  return diff3Merge(splitLines(base), splitLines(mine), splitLines(theirs)).map((c) =>
    c.kind === 'ok' ? { kind: 'ok', text: c.lines.join('') } : { kind: 'conflict', base: c.base.join(''), mine: c.mine.join(''), theirs: c.theirs.join('') },
  );
}
