// Offsets are UTF-16 indexes into a string; positions are Monaco's 1-based line and
// column (columns count UTF-16 code units), lines split on `\n` only.

import type { TextRange } from '../../shared/models';

export interface TextPosition {
  line: number;
  column: number;
}

/** Answers many offset <-> position questions about one text after a single pass over it. */
export interface LineIndex {
  readonly lineCount: number;
  positionAt(offset: number): TextPosition;
  /** The offset of a position; lines and columns past the end are clamped to the text. */
  offsetAt(line: number, column: number): number;
  rangeAt(start: number, end: number): TextRange;
}

export function createLineIndex(text: string): LineIndex {
  const starts = [0];
  for (let nl = text.indexOf('\n'); nl >= 0; nl = text.indexOf('\n', nl + 1)) starts.push(nl + 1);

  const positionAt = (offset: number): TextPosition => {
    const at = Math.max(0, Math.min(offset, text.length));
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >>> 1;
      if (starts[mid] <= at) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: at - starts[lo] + 1 };
  };

  const offsetAt = (line: number, column: number): number => {
    if (line < 1) return 0;
    if (line > starts.length) return text.length;
    const start = starts[line - 1];
    const end = line < starts.length ? starts[line] - 1 : text.length;
    return Math.max(start, Math.min(start + column - 1, end));
  };

  return {
    lineCount: starts.length,
    positionAt,
    offsetAt,
    rangeAt(start: number, end: number): TextRange {
      const a = positionAt(start);
      const b = positionAt(end);
      return { startLine: a.line, startColumn: a.column, endLine: b.line, endColumn: b.column };
    },
  };
}

/** One-off conversion; use `createLineIndex` for many. */
export function offsetToPosition(text: string, offset: number): TextPosition {
  return createLineIndex(text).positionAt(offset);
}

/** One-off conversion; use `createLineIndex` for many. */
export function positionToOffset(text: string, line: number, column: number): number {
  return createLineIndex(text).offsetAt(line, column);
}

/** The range covering `[start, end)` of `text`. */
export function rangeFromOffsets(text: string, start: number, end: number): TextRange {
  return createLineIndex(text).rangeAt(start, end);
}
