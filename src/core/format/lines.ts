// The report as lines, and FormatErrors placed on them.
import { formatError, type FormatError } from './errors';

export const quote = (literal: string): string => `"${literal}"`;

/** The text as lines, with errors placed on them. The last element of `split` is the end of the file when it is empty. */
export class Lines {
  readonly lines: string[];
  private readonly last: number;

  constructor(text: string) {
    this.lines = text.split('\n');
    this.last = this.lines.length - 1;
  }

  /** Line `i` (0-based), or null at (or past) the end of the file. */
  at(i: number): string | null {
    if (i > this.last || (i === this.last && this.lines[i] === '')) return null;
    return this.lines[i];
  }

  fail(i: number, column: number, expected: string): FormatError {
    const text = this.at(i);
    if (text === null) return formatError(this.lines.length, this.lines[this.last].length + 1, expected, null);
    return formatError(i + 1, column, expected, text);
  }

  /** Null when line `i` is exactly `literal`. */
  expect(i: number, literal: string, expected: string): FormatError | null {
    const text = this.at(i);
    if (text === literal) return null;
    return this.fail(i, text === null ? 1 : firstDifference(text, literal) + 1, expected);
  }
}

export function firstDifference(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  let i = 0;
  while (i < n && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  return i;
}

