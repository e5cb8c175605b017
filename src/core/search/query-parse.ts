// What a person types into the library's search box, read the way web search reads it:
// words (any may match; more and rarer matches rank higher), "quoted phrases" (must
// occur as written), `OR` between two items (either one; they count as one), and
// `-word` or `-"phrase"` (leave out decisions that hold it). Nothing typed is ever a
// syntax error: a stray quote closes at the end, a lone `-` or `OR` is ignored.

export interface QueryItem {
  kind: 'word' | 'phrase';
  /** The text as typed (without quotes or the minus). */
  text: string;
}

export interface ParsedQuery {
  /** Items joined by OR form one group; a document's group score is its best item. */
  groups: QueryItem[][];
  excluded: QueryItem[];
  /** The last item is a word still being typed (no space after it): match it as a prefix too. */
  lastIsPrefix: boolean;
  /** The positive items in typed order, without operators: the text an exact title would equal. */
  plainText: string;
}

/** Items after this many are ignored: nobody types more, and each costs a posting-list read. */
export const MAX_QUERY_ITEMS = 32;

interface Raw {
  item: QueryItem;
  negated: boolean;
  isOr: boolean;
}

export function parseQuery(input: string): ParsedQuery {
  const raws = lex(input.normalize('NFC')).slice(0, MAX_QUERY_ITEMS);
  const groups: QueryItem[][] = [];
  const excluded: QueryItem[] = [];
  let joinNext = false;
  for (let i = 0; i < raws.length; i++) {
    const r = raws[i];
    if (r.isOr) {
      const before = raws[i - 1];
      const after = raws[i + 1];
      // OR joins two positive items; anywhere else it is just ignored.
      joinNext = groups.length > 0 && !!before && !before.negated && !before.isOr && !!after && !after.negated && !after.isOr;
      continue;
    }
    if (r.negated) excluded.push(r.item);
    else if (joinNext) groups[groups.length - 1].push(r.item);
    else groups.push([r.item]);
    joinNext = false;
  }
  const last = raws[raws.length - 1];
  const lastIsPrefix = !!last && !last.negated && !last.isOr && last.item.kind === 'word' && !/\s$/u.test(input);
  const plainText = groups
    .flat()
    .map((i) => i.text)
    .join(' ');
  return { groups, excluded, lastIsPrefix, plainText };
}

function lex(input: string): Raw[] {
  const out: Raw[] = [];
  let i = 0;
  while (i < input.length) {
    if (/\s/u.test(input[i])) {
      i++;
      continue;
    }
    let negated = false;
    if (input[i] === '-' && i + 1 < input.length && !/\s/u.test(input[i + 1])) {
      negated = true;
      i++;
    }
    if (input[i] === '"') {
      const close = input.indexOf('"', i + 1);
      const end = close < 0 ? input.length : close;
      const text = input.slice(i + 1, end).trim();
      i = end + 1;
      if (hasWordChar(text)) out.push({ item: { kind: 'phrase', text }, negated, isOr: false });
      continue;
    }
    let end = i;
    while (end < input.length && !/\s/u.test(input[end]) && input[end] !== '"') end++;
    const text = input.slice(i, end);
    i = end;
    if (!negated && text === 'OR') out.push({ item: { kind: 'word', text }, negated, isOr: true });
    else if (hasWordChar(text)) out.push({ item: { kind: 'word', text }, negated, isOr: false });
  }
  return out;
}

function hasWordChar(text: string): boolean {
  return /[\p{L}\p{N}]/u.test(text);
}
