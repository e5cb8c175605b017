// Finds citations (`[12]`) in a body held in edit form, and text that looks like a
// citation someone meant to type but got wrong. Runs on every keystroke, so it is one
// pass: it jumps from `[` to `[` and looks only as far as the next `]`, `[`, `\` or line
// end, which bounds the work by the length of the text.

import type { MalformedReason } from '../../shared/diagnostic-data';
import type { TextRange } from '../../shared/models';

export interface Citation {
  number: number;
  /** The citation as written, e.g. `[12]`. */
  text: string;
  range: TextRange;
  offset: number;
  length: number;
}

export interface MalformedCitation {
  text: string;
  range: TextRange;
  /** Why it is not a citation (checker.malformed.* says it in words). */
  reason: MalformedReason;
  /** How to write it, when that can be told (`[3]`, `[1][2]`). */
  suggestion: string | null;
  letters?: string;
  digits?: string;
  offset: number;
  length: number;
}

export interface CitationScan {
  citations: Citation[];
  malformed: MalformedCitation[];
}

/** The character codes a citation scan looks at. */
const CODE = { backslash: 0x5c, open: 0x5b, close: 0x5d, newline: 0x0a, zero: 0x30, nine: 0x39 } as const;

// Anything that starts like a number (after optional blanks and a sign) is looked at more
// closely; brackets that start with a word (`[We stellen ...]`, `[x]`, `[^1]`) never are.
const NUMBER_LIKE = /^\s*[-+]?\d/;
const SINGLE = /^(\s*)([-+]?)(\d+)([A-Za-z]*)(\s*)$/;
const LIST = /^\s*\d+(?:\s*[,;]\s*\d+)+\s*$/;
const RANGE = /^\s*(\d{1,3})\s*[-–]\s*(\d{1,3})\s*$/;
const UNCLOSED = /^\s*[-+]?\d+[A-Za-z]*[\s,.;:]*$/;

export function scanCitations(body: string): CitationScan {
  const citations: Citation[] = [];
  const malformed: MalformedCitation[] = [];
  // Line bookkeeping advances monotonically with the scan.
  let line = 1;
  let lineStart = 0;
  let nextNewline = body.indexOf('\n');
  const rangeOf = (offset: number, length: number): TextRange => {
    while (nextNewline >= 0 && nextNewline < offset) {
      line++;
      lineStart = nextNewline + 1;
      nextNewline = body.indexOf('\n', lineStart);
    }
    const column = offset - lineStart + 1;
    return { startLine: line, startColumn: column, endLine: line, endColumn: column + length };
  };

  let from = 0;
  for (;;) {
    const open = body.indexOf('[', from);
    if (open < 0) break;
    const escaped = isEscaped(body, open);
    let end = open + 1;
    let digitsOnly = true;
    while (end < body.length) {
      const c = body.charCodeAt(end);
      if (c === CODE.close || c === CODE.open || c === CODE.newline) break;
      // `\]` is a closing bracket the reader sees; any other backslash ends the look.
      if (c === CODE.backslash) break;
      if (c < CODE.zero || c > CODE.nine) digitsOnly = false;
      end++;
    }
    const escapedClose = end + 1 < body.length && body.charCodeAt(end) === CODE.backslash && body.charCodeAt(end + 1) === CODE.close;
    const closeAt = escapedClose ? end + 1 : end;
    const closed = closeAt < body.length && body.charCodeAt(closeAt) === CODE.close;
    from = closed ? closeAt + 1 : end;
    const canonical = digitsOnly && end > open + 1 && (end === open + 2 || body.charCodeAt(open + 1) !== CODE.zero);

    // The common case: `[12]`.
    if (closed && !escaped && !escapedClose && canonical) {
      const length = end + 1 - open;
      const text = body.slice(open, end + 1);
      citations.push({ number: Number(text.slice(1, -1)), text, range: rangeOf(open, length), offset: open, length });
      continue;
    }
    // A literal bracketed number (`\[12]`, published `[12]`) reads as one: nothing to say.
    if (closed && escaped && canonical) continue;
    const content = body.slice(open + 1, end);
    if (!NUMBER_LIKE.test(content)) continue;
    const found = !closed
      ? classifyUnclosed(content, end - open)
      : escapedClose && !escaped && canonical
        ? ({ reason: 'escaped-close', suggestion: `[${String(Number(content))}]`, length: closeAt + 1 - open } satisfies Finding)
        : classifyClosed(content, closeAt + 1 - open);
    if (!found) continue;
    const start = escaped ? open - 1 : open;
    const { length: foundLength, ...why } = found;
    const length = foundLength + (open - start);
    malformed.push({ text: body.slice(start, start + length), ...why, range: rangeOf(start, length), offset: start, length });
  }
  return { citations, malformed };
}

// Edit form marks a literal bracket with a backslash before it (`\[12]`, also `\\[12]`):
// any backslash run before `[` makes it text, as in the format's own mapping
// (core/format/body-escape), which publishes only backslash-free `[N]` as a citation.
// Whether a bracket is *malformed* does not depend on it: the reader of the published report
// sees `[03]` whether the file says `\[03\]` or `[03]`, and `[3a]` for `\[3a\]` and `[3a]`
// alike, so the escaped spellings are judged by what they show (the backslash included in
// the flagged range, so the quick look at the warning shows what is in the text).
function isEscaped(text: string, at: number): boolean {
  return at > 0 && text.charCodeAt(at - 1) === CODE.backslash;
}

interface Finding {
  reason: MalformedReason;
  /** The citation as it should be written, when one can be told. */
  suggestion: string | null;
  letters?: string;
  digits?: string;
  /** Length of the malformed text from its `[`. */
  length: number;
}

/** `length`: of the bracketed text from `[` to its (possibly escaped) `]`. */
function classifyClosed(content: string, length: number): Finding | null {
  const single = SINGLE.exec(content);
  if (single) {
    const [, lead, sign, digits, letters, trail] = single;
    const fixed = `[${String(Number(digits))}]`;
    if (sign === '-') return { reason: 'negative', suggestion: null, length };
    if (letters) return { reason: 'letters', suggestion: null, letters, digits, length };
    if (sign === '+') return { reason: 'sign', suggestion: fixed, length };
    if (lead || trail) return { reason: 'spaces', suggestion: fixed, length };
    return { reason: 'leading-zeros', suggestion: fixed, length };
  }
  if (LIST.test(content)) {
    const numbers = content.split(/[,;]/).map((n) => `[${String(Number(n.trim()))}]`);
    return { reason: 'list', suggestion: numbers.join(''), length };
  }
  const range = RANGE.exec(content);
  if (range) {
    const a = Number(range[1]);
    const b = Number(range[2]);
    if (a < b) {
      const example = b - a <= 5 ? Array.from({ length: b - a + 1 }, (_, i) => `[${String(a + i)}]`).join('') : `[${String(a)}][${String(a + 1)}]…[${String(b)}]`;
      return { reason: 'range', suggestion: example, length };
    }
  }
  return null;
}

function classifyUnclosed(content: string, upTo: number): Finding | null {
  if (!UNCLOSED.test(content)) return null;
  const shown = content.replace(/[\s,.;:]+$/, '');
  const digits = /\d+/.exec(shown)?.[0] ?? '';
  return { reason: 'unclosed', suggestion: `[${String(Number(digits))}]`, length: Math.min(shown.length + 1, upTo) };
}
