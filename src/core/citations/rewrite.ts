// Rewrites the citations of a body in one pass, leaving every other character alone
// (escaped `\[3]` is not a citation and is never touched).

import type { Citation } from './scan';

/** The new number for a cited number; the same number keeps it, null deletes the citation. */
export type CitationMap = (n: number) => number | null;

export function rewriteCitations(body: string, citations: readonly Citation[], map: CitationMap): string {
  let out = '';
  let copied = 0;
  for (let i = 0; i < citations.length; i++) {
    const c = citations[i];
    const to = map(c.number);
    if (to === c.number) continue;
    if (to !== null) {
      out += body.slice(copied, c.offset) + `[${String(to)}]`;
      copied = c.offset + c.length;
      continue;
    }
    // Delete a run of adjacent deleted citations at once, with the space before it when
    // the run ends a word group (`foo [3].` -> `foo.`, `foo [3] bar` -> `foo bar`), or
    // the space after it at the start of a line.
    let end = c.offset + c.length;
    while (i + 1 < citations.length && citations[i + 1].offset === end && map(citations[i + 1].number) === null) {
      i++;
      end = citations[i].offset + citations[i].length;
    }
    let start = c.offset;
    if (start - 1 >= copied && body[start - 1] === ' ' && (end === body.length || /[\s.,;:!?)]/.test(body[end]))) start--;
    else if ((start === 0 || body[start - 1] === '\n') && body[end] === ' ') end++;
    out += body.slice(copied, start);
    copied = end;
  }
  return copied === 0 ? body : out + body.slice(copied);
}
