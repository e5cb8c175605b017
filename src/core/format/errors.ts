import type { Report } from '../../shared/models';

/**
 * Why a text is not a section report: where (1-based line and column; columns count UTF-16
 * code units, as Monaco does), what was expected, what was there. At the end of the file
 * the position is just after the last character.
 */
export interface FormatError {
  line: number;
  column: number;
  /** What the layout calls for at that place, in words (literal text quoted). */
  expected: string;
  /** A short excerpt of the line found there (empty for an empty line), or `end of file`. */
  found: string;
  /** `line N: expected ..., found "..."` — ready to show to a person. */
  message: string;
}

export type ParseResult = { ok: true; report: Report } | { ok: false; error: FormatError };

export const END_OF_FILE = 'end of file';

const EXCERPT_LENGTH = 60;

/**
 * An excerpt around `column`: from the line start when the problem is near it (so the
 * reader sees the indentation), otherwise from just before the problem (agreement lines
 * run to thousands of characters).
 */
function excerpt(text: string, column: number): string {
  const start = column <= 40 ? 0 : column - 11;
  const piece = text.slice(start, start + EXCERPT_LENGTH);
  const head = start > 0 ? '...' : '';
  const tail = start + EXCERPT_LENGTH < text.length ? '...' : '';
  return head + piece + tail;
}

/** A FormatError at `column` of a line whose full text is `lineText`, or at the end of the file when `lineText` is null. */
export function formatError(line: number, column: number, expected: string, lineText: string | null): FormatError {
  const found = lineText === null ? END_OF_FILE : excerpt(lineText, column);
  const shownFound = lineText === null ? END_OF_FILE : lineText === '' ? 'an empty line' : JSON.stringify(found);
  // A file saved with Windows line ends fails on its first fixed line; say why.
  const hint = lineText !== null && lineText.endsWith('\r') ? ' (the line ends in CR: the format uses LF line ends only)' : '';
  return { line, column, expected, found, message: `line ${line}: expected ${expected}, found ${shownFound}${hint}` };
}
