import type { Reference, Report } from '../../shared/models';
import { escapeBody } from './body-escape';
import {
  AGREEMENT_CLOSE,
  AGREEMENT_OPEN,
  AGREEMENT_SUMMARY,
  DATE_CLOSE,
  DETAILS_CLOSE,
  DETAILS_OPEN,
  ENTRY_NUMBER_CLOSE,
  ENTRY_OPEN,
  HEADING_PREFIX,
  LINK_TO_DATE,
  LONE_SURROGATE,
  NO_LINK_TO_DATE,
  REFERENCES_GAP,
  REFERENCES_SUMMARY,
} from './layout';

/**
 * Writes a report in the published layout (docs/report-format.md), byte for byte:
 * `renderReport(parseReport(x).report) === x` for every text the parser accepts.
 *
 * Representable reports (check with {@link validateForRender} first; this function does
 * not check and never throws):
 * - `heading`: one line (no `\n`).
 * - `agreement`: one line, without `</p>` (the line must end in the only `</p>`).
 * - `body`: any text. It sits between two empty lines, so leading or trailing empty lines
 *   just add empty lines there and read back exactly; an empty body is one empty line.
 *   Citations `[N]` are written `\[N\]` (see body-escape.ts); the edit form is normalised
 *   once (`[3\]` reads back as `[3]`), the published text never changes.
 * - each reference: `number` a non-negative safe integer (written without leading zeros);
 *   `date` without `)` or line break (kept verbatim, need not be a real date); `title`
 *   without line breaks except one at its very end (written as the entry line, then a
 *   line of one space); `url` absent, or non-empty, one line, without `)** : **(`.
 *   `meetingStart` is not written: the parser derives it from the link again.
 * - no field may hold half a surrogate pair (files are UTF-8).
 *
 * An empty reference list is written as the eight-space line directly followed by the
 * closing `        </details> ` line (no entry, no empty line between them).
 */
export function renderReport(report: Report): string {
  const parts = [
    `${HEADING_PREFIX}${report.heading}\n`,
    '\n',
    `${DETAILS_OPEN}\n`,
    `${AGREEMENT_SUMMARY}\n`,
    `${AGREEMENT_OPEN}${report.agreement}${AGREEMENT_CLOSE}\n`,
    `${DETAILS_CLOSE}\n`,
    '\n',
    `${escapeBody(report.body)}\n`,
    '\n',
    `${DETAILS_OPEN}\n`,
    `${REFERENCES_SUMMARY}\n`,
    `${REFERENCES_GAP}\n`,
  ];
  report.references.forEach((reference, index) => {
    if (index > 0) parts.push('\n');
    parts.push(`${renderEntry(reference)}\n`);
  });
  parts.push(`${DETAILS_CLOSE}\n`, '\n');
  return parts.join('');
}

/** One entry; a title ending in `\n` leaves the closing space alone on the next line. */
function renderEntry(reference: Reference): string {
  const link = reference.url === undefined ? NO_LINK_TO_DATE : `(${reference.url}${LINK_TO_DATE}`;
  return `${ENTRY_OPEN}${reference.number}${ENTRY_NUMBER_CLOSE}${link}${reference.date}${DATE_CLOSE}${reference.title} `;
}

/**
 * Null when {@link renderReport} can write the report so that it reads back the same;
 * otherwise why not, in words for a person. Every report `parseReport` returns passes.
 */
export function validateForRender(report: Report): string | null {
  const text = checkText('The heading', report.heading) ?? checkText('The agreement text', report.agreement) ?? checkText('The body', report.body);
  if (text) return text;
  if (report.heading.includes('\n')) return 'The heading must be a single line.';
  if (report.agreement.includes('\n')) return 'The agreement text must be a single line.';
  if (report.agreement.includes(AGREEMENT_CLOSE)) return `The agreement text must not contain "${AGREEMENT_CLOSE}".`;
  for (let i = 0; i < report.references.length; i++) {
    const problem = validateReference(report.references[i]);
    if (problem) return `Reference ${i + 1} of the list: ${problem}`;
  }
  return null;
}

function checkText(what: string, value: string): string | null {
  return LONE_SURROGATE.test(value) ? `${what} holds a broken character (half of a surrogate pair).` : null;
}

function validateReference(reference: Reference): string | null {
  const { number, date, title, url } = reference;
  if (!Number.isSafeInteger(number) || number < 0) return `the number must be a whole number of 0 or more (is ${number}).`;
  const text = checkText('the date', date) ?? checkText('the title', title) ?? (url === undefined ? null : checkText('the link', url));
  if (text) return text;
  if (date.includes(')') || date.includes('\n')) return 'the date must be one line without ")".';
  const breakAt = title.indexOf('\n');
  if (breakAt !== -1 && breakAt !== title.length - 1) return 'the title may end in a line break but hold no other line break.';
  if (url !== undefined) {
    if (url === '') return 'the link is empty; leave it out instead.';
    if (url.includes('\n')) return 'the link must be a single line.';
    if (url.includes(LINK_TO_DATE)) return `the link must not contain "${LINK_TO_DATE}".`;
  }
  return null;
}
