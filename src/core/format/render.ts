import type { Reference, Report } from '../../shared/models';
import { parseDecisionLink } from '../links/decision-link';
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
import { isListLine } from './parse-entry';

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
 *   any text, line breaks anywhere, but no line `<details>`, and a title its link does
 *   not name may hold no line (after its first) starting with `**[` or being
 *   `        </details> ` (ADR 0010); `url` absent, or non-empty, one line, without `)** : **(`.
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

/**
 * Why the parser would not read this title back whole, or null (ADR 0010): no title may
 * hold a `<details>` line (the last one opens the reference list); a title its own decision
 * link names is read as far as the link says; any other title must not hold a line (after
 * its first) that is list structure.
 */
function titleProblem(title: string, url: string | undefined): string | null {
  if (!title.includes('\n')) return null;
  // As written: the closing space follows the last line.
  const lines = `${title} `.split('\n').slice(1);
  if (lines.includes(DETAILS_OPEN)) return `the title has a line "${DETAILS_OPEN}", which would read as the start of the reference list.`;
  if (url !== undefined && parseDecisionLink(url)?.title === title) return null;
  return lines.some(isListLine)
    ? `the title has a line that starts with "**[" or is "${DETAILS_CLOSE}", which would read as the reference list itself; change that line, or link the entry to its decision (a linked title is read as far as its link says).`
    : null;
}

/** One entry; a title holding line breaks spans several lines, the closing space after its last character. */
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
  const titleLines = titleProblem(title, url);
  if (titleLines) return titleLines;
  if (url !== undefined) {
    if (url === '') return 'the link is empty; leave it out instead.';
    if (url.includes('\n')) return 'the link must be a single line.';
    if (url.includes(LINK_TO_DATE)) return `the link must not contain "${LINK_TO_DATE}".`;
  }
  return null;
}
