import type { Reference, Report } from '../../shared/models';
import { unescapeBody } from './body-escape';
import { formatError, type FormatError, type ParseResult } from './errors';
import {
  AGREEMENT_CLOSE,
  AGREEMENT_OPEN,
  AGREEMENT_SUMMARY,
  BODY_FIRST_LINE,
  DETAILS_CLOSE,
  DETAILS_OPEN,
  ENTRY_OPEN,
  HEADING_PREFIX,
  LONE_SURROGATE,
  REFERENCES_GAP,
  REFERENCES_SUMMARY,
} from './layout';
import { firstDifference, Lines, quote } from './lines';
import { readEntry } from './parse-entry';

const ANY_SURROGATE = /[\uD800-\uDFFF]/;

/**
 * Reads a section report. Returns the report, or the first place where the text leaves
 * the layout of docs/report-format.md. Never throws; linear in the length of the text.
 * For every text it accepts, `renderReport(report)` gives back exactly that text.
 */
export function parseReport(text: string): ParseResult {
  const result = parse(text);
  return 'heading' in result ? { ok: true, report: result } : { ok: false, error: result };
}

function parse(text: string): Report | FormatError {
  // The exact check is slow to scan; most texts hold no surrogates at all.
  const surrogate = ANY_SURROGATE.test(text) ? LONE_SURROGATE.exec(text) : null;
  if (surrogate) return loneSurrogateError(text, surrogate.index);

  const lines = new Lines(text);
  const heading = readHeading(lines);
  if (typeof heading !== 'string') return heading;
  const agreement = readAgreementBlock(lines);
  if (typeof agreement !== 'string') return agreement;

  const start = findReferenceList(lines);
  if (typeof start !== 'number') return start;
  const body = unescapeBody(lines.lines.slice(BODY_FIRST_LINE, start - 1).join('\n'));

  const references = readReferenceList(lines, start);
  if (!Array.isArray(references)) return references;
  return { heading, agreement, body, references };
}

function loneSurrogateError(text: string, index: number): FormatError {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < index; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  const lineEnd = text.indexOf('\n', index);
  const lineText = text.slice(lineStart, lineEnd === -1 ? text.length : lineEnd);
  return formatError(line, index - lineStart + 1, 'valid Unicode text (half of a surrogate pair found)', lineText);
}

function readHeading(lines: Lines): string | FormatError {
  const first = lines.at(0);
  if (first !== null && first.startsWith(HEADING_PREFIX)) return first.slice(HEADING_PREFIX.length);
  const bom = first !== null && first.startsWith('\uFEFF') ? ' (the file starts with a byte order mark, which reports do not have)' : '';
  return lines.fail(0, first === null ? 1 : firstDifference(first, HEADING_PREFIX) + 1, `${quote(HEADING_PREFIX)} followed by the heading${bom}`);
}

/** Lines 2-7: the agreement block. Returns the agreement text. */
function readAgreementBlock(lines: Lines): string | FormatError {
  const problem =
    lines.expect(1, '', 'an empty line after the heading') ??
    lines.expect(2, DETAILS_OPEN, `${quote(DETAILS_OPEN)} opening the agreement block`) ??
    lines.expect(3, AGREEMENT_SUMMARY, quote(AGREEMENT_SUMMARY));
  if (problem) return problem;

  const line = lines.at(4);
  if (line === null || !line.startsWith(AGREEMENT_OPEN)) {
    const column = line === null ? 1 : firstDifference(line, AGREEMENT_OPEN) + 1;
    return lines.fail(4, column, `${quote(AGREEMENT_OPEN)} opening the agreement text`);
  }
  if (line.length < AGREEMENT_OPEN.length + AGREEMENT_CLOSE.length || !line.endsWith(AGREEMENT_CLOSE)) {
    return lines.fail(4, line.length + 1, `${quote(AGREEMENT_CLOSE)} closing the agreement text at the end of its line`);
  }
  const agreement = line.slice(AGREEMENT_OPEN.length, line.length - AGREEMENT_CLOSE.length);
  const inner = agreement.indexOf(AGREEMENT_CLOSE);
  if (inner !== -1) {
    return lines.fail(4, AGREEMENT_OPEN.length + inner + 1, `the agreement text without ${quote(AGREEMENT_CLOSE)} inside it`);
  }

  return (
    lines.expect(5, DETAILS_CLOSE, `${quote(DETAILS_CLOSE)} closing the agreement block`) ??
    lines.expect(6, '', 'an empty line after the agreement block') ??
    agreement
  );
}

/**
 * The 0-based line of the `<details>` that opens the reference list: the last such line,
 * since no line of the list itself can be `<details>` while the body may hold any line.
 */
function findReferenceList(lines: Lines): number | FormatError {
  const start = lines.lines.lastIndexOf(DETAILS_OPEN);
  // Past BODY_FIRST_LINE: the body takes at least one line (see renderReport).
  if (start <= BODY_FIRST_LINE) {
    return lines.fail(
      lines.lines.length,
      1,
      `the reference list (an empty line, then ${quote(DETAILS_OPEN)} and ${quote(REFERENCES_SUMMARY)}) after the assessment text`,
    );
  }
  const blank = lines.expect(start - 1, '', `an empty line before the ${quote(DETAILS_OPEN)} of the reference list`);
  if (blank) return blank;
  if (start - 1 === BODY_FIRST_LINE) {
    return lines.fail(start, 1, 'the assessment text (at least one line, which may be empty) between two empty lines before the reference list');
  }
  return start;
}

/** From the `<details>` at `start` to the end of the file. */
function readReferenceList(lines: Lines, start: number): Reference[] | FormatError {
  const head =
    lines.expect(start + 1, REFERENCES_SUMMARY, quote(REFERENCES_SUMMARY)) ??
    lines.expect(start + 2, REFERENCES_GAP, 'a line of exactly eight spaces opening the reference list');
  if (head) return head;

  const references: Reference[] = [];
  let i = start + 3;
  // An empty list is the eight-space line followed directly by the closing line.
  if (lines.at(i) !== DETAILS_CLOSE) {
    let what = `${quote(ENTRY_OPEN)} opening a reference entry, or ${quote(DETAILS_CLOSE)} closing an empty reference list`;
    for (;;) {
      const entry = readEntry(lines, i, what);
      if ('error' in entry) return entry.error;
      references.push(entry.reference);
      i = entry.next;
      // readEntry ends an entry only at the closing line or at the empty line before the next entry.
      if (lines.at(i) === DETAILS_CLOSE) break;
      i++;
      what = `${quote(ENTRY_OPEN)} opening a reference entry`;
    }
  }
  return (
    lines.expect(i + 1, '', 'an empty line ending the file (a report ends in "\\n\\n")') ??
    (lines.at(i + 2) === null ? references : lines.fail(i + 2, 1, 'the end of the file after the reference list'))
  );
}
