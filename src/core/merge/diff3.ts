// Three-way merge of line lists (diff3). Lines of the ancestor that both sides kept
// (matched by jsdiff's Myers diff, see line-diff.ts) are stable; node-diff3 merges each
// stretch between stable lines: a change on one side only takes that side, the same
// change on both is taken once, different changes are a conflict. As in GNU diff3,
// edits to adjacent lines conflict; paragraphs are separated by a blank line, which is
// stable, so edits to different paragraphs merge. (node-diff3 alone matches lines in
// time that grows steeply with repeated lines, such as the blank ones between
// paragraphs: 3 s for a 2,000-line body; anchored, each stretch is small.)
import { diff3Merge as mergeStretch } from 'node-diff3';
import { matchLines } from './line-diff';

export type Diff3Chunk =
  | { kind: 'ok'; lines: string[] }
  | { kind: 'conflict'; base: string[]; mine: string[]; theirs: string[] };

export function diff3Merge(base: readonly string[], mine: readonly string[], theirs: readonly string[]): Diff3Chunk[] {
  const toMine = matchLines(base, mine);
  const toTheirs = matchLines(base, theirs);
  const chunks: Diff3Chunk[] = [];
  const emit = (lines: readonly string[]) => {
    if (lines.length === 0) return;
    const last = chunks[chunks.length - 1];
    if (last?.kind === 'ok') last.lines.push(...lines);
    else chunks.push({ kind: 'ok', lines: [...lines] });
  };

  let i = 0;
  let a = 0;
  let b = 0;
  for (;;) {
    let j = i;
    while (j < base.length && (toMine[j] < 0 || toTheirs[j] < 0)) j++;
    const endA = j < base.length ? toMine[j] : mine.length;
    const endB = j < base.length ? toTheirs[j] : theirs.length;
    for (const region of mergeStretch(mine.slice(a, endA), base.slice(i, j), theirs.slice(b, endB), { excludeFalseConflicts: true })) {
      if (region.conflict) chunks.push({ kind: 'conflict', base: region.conflict.o, mine: region.conflict.a, theirs: region.conflict.b });
      else emit(region.ok ?? []);
    }
    if (j >= base.length) break;
    emit([base[j]]);
    i = j + 1;
    a = endA + 1;
    b = endB + 1;
  }
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
