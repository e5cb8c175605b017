import type { Reference } from '../../shared/models';
import { meetingDate, parseDecisionLink } from '../links/decision-link';
import type { FormatError } from './errors';
import { DATE_CLOSE, ENTRY_NUMBER_CLOSE, ENTRY_OPEN, LINK_TO_DATE, NO_LINK_TO_DATE, TITLE_BREAK_LINE } from './layout';
import { firstDifference, quote, type Lines } from './lines';

// One entry of the reference list (see docs/report-format.md, ENTRY).

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

export type EntryResult = { reference: Reference; next: number } | { error: FormatError };

/** `**[\[N\]](URL)** : **(DATE)** TITLE␠` or `**[\[N\]]** : **(DATE)** TITLE␠`; a title ending in a line break continues on a line `␠`. */
export function readEntry(lines: Lines, i: number, what: string): EntryResult {
  const fail = (column: number, expected: string): EntryResult => ({ error: lines.fail(i, column, expected) });
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
  const date = line.slice(pos, dateEnd);
  const rest = line.slice(dateEnd + DATE_CLOSE.length);

  let title: string;
  let next: number;
  if (lines.at(i + 1) === TITLE_BREAK_LINE) {
    title = `${rest}\n`;
    next = i + 2;
  } else if (rest.endsWith(' ')) {
    title = rest.slice(0, -1);
    next = i + 1;
  } else {
    return fail(line.length + 1, '" " ending the entry line (after the title), or a next line of a single space (a title ending in a line break)');
  }

  const reference: Reference = { number: Number(digits), date, title };
  if (url !== undefined) {
    reference.url = url;
    const link = parseDecisionLink(url);
    if (link && meetingDate(link.meetingStart) !== null) reference.meetingStart = link.meetingStart;
  }
  return { reference, next };
}
