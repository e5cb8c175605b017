import type { Reference } from '../../shared/models';
import { meetingDate, parseDecisionLink } from '../links/decision-link';
import type { FormatError } from './errors';
import { DATE_CLOSE, DETAILS_CLOSE, ENTRY_NUMBER_CLOSE, ENTRY_OPEN, LINK_TO_DATE, NO_LINK_TO_DATE } from './layout';
import { firstDifference, quote, type Lines } from './lines';

// One entry of the reference list (see docs/report-format.md, ENTRY, and ADR 0010 for
// where a title that spans several lines ends).

const MAX_NUMBER_DIGITS = String(Number.MAX_SAFE_INTEGER).length;

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

/**
 * The first `)** : **(` from `from` on, or -1. It ends the link: it cannot overlap itself,
 * and a link holding it is refused by validateForRender. (Hopping from ")" to ")" is
 * several times faster than indexOf with the whole marker on these lines.)
 */
function linkEnd(line: string, from: number): number {
  for (let close = line.indexOf(')', from); close !== -1; close = line.indexOf(')', close + 1)) {
    if (line.startsWith(LINK_TO_DATE, close)) return close;
  }
  return -1;
}

/**
 * `**[`: how every entry starts, also a damaged one (`**[1]...`), which must be reported
 * as a bad entry and not be taken into the title of the entry above it.
 */
const ENTRY_MARK = '**[';

function startsEntry(line: string | null): boolean {
  return line !== null && line.startsWith(ENTRY_MARK);
}

/** A line that is structure of the reference list, never part of an unlinked title. */
export function isListLine(line: string): boolean {
  return startsEntry(line) || line === DETAILS_CLOSE;
}

/**
 * `next` is the line after the entry: the empty line before the next entry, or the
 * closing `        </details> ` line.
 */
export type EntryResult = { reference: Reference; next: number } | { error: FormatError };

interface Head {
  number: number;
  url?: string;
  date: string;
  /** The text after the date on the entry's first line: the title's first line (plus the closing space). */
  rest: string;
}

/**
 * `**[\[N\]](URL)** : **(DATE)** TITLE␠` or `**[\[N\]]** : **(DATE)** TITLE␠`, where TITLE may
 * hold raw line breaks (the entry then spans several lines). Where the title ends:
 * 1. a linked entry whose link names a title that, with the closing space, is exactly the
 *    text up to the end of a line followed by the end of the entry: that title;
 * 2. otherwise the first line that is structure (one starting with `**[`, or the
 *    closing `        </details> `) ends the entry: the title runs to the line before it
 *    (before the empty line that separates entries) and must end in the closing space.
 */
export function readEntry(lines: Lines, i: number, what: string): EntryResult {
  const head = readHead(lines, i, what);
  if ('error' in head) return head;
  const { number, url, date, rest } = head;

  const linked = url === undefined ? null : readLinkedTitle(lines, i, rest, url);
  const end = linked ?? readTitle(lines, i, rest);
  if ('error' in end) return end;

  const reference: Reference = { number, date, title: end.title };
  if (url !== undefined) {
    reference.url = url;
    const link = parseDecisionLink(url);
    if (link && meetingDate(link.meetingStart) !== null) reference.meetingStart = link.meetingStart;
  }
  return { reference, next: end.next };
}

function readHead(lines: Lines, i: number, what: string): Head | { error: FormatError } {
  const fail = (column: number, expected: string) => ({ error: lines.fail(i, column, expected) });
  const line = lines.at(i);
  if (line === null || !line.startsWith(ENTRY_OPEN)) return fail(line === null ? 1 : firstDifference(line, ENTRY_OPEN) + 1, what);

  let pos = ENTRY_OPEN.length;
  let end = pos;
  while (end < line.length && isDigit(line.charCodeAt(end))) end++;
  const digits = line.slice(pos, end);
  if (digits === '') return fail(pos + 1, 'the reference number');
  if (digits.length > 1 && digits[0] === '0') return fail(pos + 1, 'a reference number without leading zeros');
  // Longer numbers would not survive Number() and back; a 16-digit one only up to MAX_SAFE_INTEGER.
  if (digits.length > MAX_NUMBER_DIGITS || !Number.isSafeInteger(Number(digits))) {
    return fail(pos + 1, `a reference number of at most ${Number.MAX_SAFE_INTEGER}`);
  }
  pos = end;
  if (!line.startsWith(ENTRY_NUMBER_CLOSE, pos)) return fail(pos + 1, `${quote(ENTRY_NUMBER_CLOSE)} closing the reference number`);
  pos += ENTRY_NUMBER_CLOSE.length;

  let url: string | undefined;
  if (line.startsWith('(', pos)) {
    const close = linkEnd(line, pos + 1);
    if (close === -1) return fail(pos + 2, `the link followed by ${quote(LINK_TO_DATE)} and the date`);
    if (close === pos + 1) return fail(pos + 2, 'a link between "(" and ")"');
    url = line.slice(pos + 1, close);
    pos = close + LINK_TO_DATE.length;
  } else if (line.startsWith(NO_LINK_TO_DATE, pos)) {
    pos += NO_LINK_TO_DATE.length;
  } else {
    return fail(pos + 1, `"(" opening the link, or ${quote(NO_LINK_TO_DATE)} before the date`);
  }

  // The date is kept verbatim, whatever it holds up to the first ")" (the checker judges it).
  const dateEnd = line.indexOf(')', pos);
  if (dateEnd === -1 || !line.startsWith(DATE_CLOSE, dateEnd)) {
    return fail(dateEnd === -1 ? line.length + 1 : dateEnd + 1, `the date (YYYY-MM-DD) followed by ${quote(DATE_CLOSE)}`);
  }
  const head: Head = { number: Number(digits), date: line.slice(pos, dateEnd), rest: line.slice(dateEnd + DATE_CLOSE.length) };
  if (url !== undefined) head.url = url;
  return head;
}

type TitleEnd = { title: string; next: number } | { error: FormatError };

/** True when the entry may end with line `last`: the next line closes the list, or is empty before a next entry. */
function endsEntry(lines: Lines, last: number): boolean {
  const after = lines.at(last + 1);
  if (after === DETAILS_CLOSE) return true;
  return after === '' && startsEntry(lines.at(last + 2));
}

/** Rule 1: the link's own title, when the text reads exactly so and the entry ends there. Null otherwise. */
function readLinkedTitle(lines: Lines, i: number, rest: string, url: string): TitleEnd | null {
  const title = parseDecisionLink(url)?.title;
  if (title === undefined) return null;
  const parts = `${title} `.split('\n');
  if (parts[0] !== rest) return null;
  for (let k = 1; k < parts.length; k++) {
    if (lines.at(i + k) !== parts[k]) return null;
  }
  const last = i + parts.length - 1;
  return endsEntry(lines, last) ? { title, next: last + 1 } : null;
}

/** Rule 2: up to the first line of list structure. */
function readTitle(lines: Lines, i: number, rest: string): TitleEnd {
  let k = i + 1;
  for (let line = lines.at(k); line !== null && !isListLine(line); line = lines.at(k)) k++;
  const stop = lines.at(k);
  // The entry's last line is the one before the stop, or before the empty line that precedes a next entry.
  const blankBefore = k - 1 > i && lines.at(k - 1) === '';
  const last = startsEntry(stop) ? k - 2 : k - 1;

  if (stop === null) {
    const expected = blankBefore && endsInSpace(lines, i, rest, k - 2) ? `${quote(ENTRY_OPEN)} opening a reference entry` : `an empty line before the next entry, or ${quote(DETAILS_CLOSE)} closing the reference list`;
    return { error: lines.fail(k, 1, expected) };
  }
  if (startsEntry(stop) && !blankBefore) {
    return { error: lines.fail(k, 1, 'an empty line before the next entry') };
  }
  if (stop === DETAILS_CLOSE && blankBefore && endsInSpace(lines, i, rest, k - 2)) {
    return { error: lines.fail(k - 1, 1, `${quote(DETAILS_CLOSE)} right after the last entry (no empty line before it)`) };
  }
  if (startsEntry(stop) && last > i && lines.at(last) === '' && endsInSpace(lines, i, rest, last - 1)) {
    return { error: lines.fail(k - 1, 1, `${quote(ENTRY_OPEN)} opening the next entry (entries are separated by one empty line)`) };
  }
  if (!endsInSpace(lines, i, rest, last)) {
    const lastText = last === i ? (lines.at(i) ?? '') : (lines.at(last) ?? '');
    return { error: lines.fail(last, lastText.length + 1, '" " ending the entry (after its title)') };
  }

  const middle = last > i ? `\n${lines.lines.slice(i + 1, last + 1).join('\n')}` : '';
  const text = rest + middle;
  return { title: text.slice(0, -1), next: last + 1 };
}

/** Whether the entry text from its first line (`rest`) to line `last` ends in the closing space. */
function endsInSpace(lines: Lines, i: number, rest: string, last: number): boolean {
  if (last < i) return false;
  const text = last === i ? rest : lines.at(last);
  return text !== null && text.endsWith(' ');
}
