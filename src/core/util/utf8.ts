// Where a byte sequence stops being UTF-8, for an error that points at the place
// (line and column as the editor counts them) instead of only saying "not UTF-8".

export interface Utf8Problem {
  /** Offset of the first byte of the first ill-formed sequence. */
  offset: number;
  byte: number;
  /** 1-based; lines end at LF. */
  line: number;
  /** 1-based, in UTF-16 code units of the (valid) text before it on its line, as Monaco counts. */
  column: number;
}

/** Length of the well-formed sequence starting at `i`, or 0 when it is ill-formed (Unicode 15, table 3-7). */
function sequenceLength(bytes: Uint8Array, i: number): number {
  const b = bytes[i];
  if (b < 0x80) return 1;
  let length: number;
  let low = 0x80;
  let high = 0xbf;
  if (b >= 0xc2 && b <= 0xdf) length = 2;
  else if (b >= 0xe0 && b <= 0xef) {
    length = 3;
    if (b === 0xe0) low = 0xa0;
    if (b === 0xed) high = 0x9f;
  } else if (b >= 0xf0 && b <= 0xf4) {
    length = 4;
    if (b === 0xf0) low = 0x90;
    if (b === 0xf4) high = 0x8f;
  } else return 0;
  if (i + length > bytes.length) return 0;
  const second = bytes[i + 1];
  if (second < low || second > high) return 0;
  for (let k = 2; k < length; k++) if (bytes[i + k] < 0x80 || bytes[i + k] > 0xbf) return 0;
  return length;
}

/** The first place the bytes are not UTF-8, or null when they all are. */
export function findInvalidUtf8(bytes: Uint8Array): Utf8Problem | null {
  let line = 1;
  let lineStart = 0;
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i];
    if (b === 0x0a) {
      line++;
      lineStart = i + 1;
      i++;
      continue;
    }
    const length = b < 0x80 ? 1 : sequenceLength(bytes, i);
    if (length === 0) {
      const column = new TextDecoder('utf-8').decode(bytes.subarray(lineStart, i)).length + 1;
      return { offset: i, byte: b, line, column };
    }
    i += length;
  }
  return null;
}

/** `line 3, column 17 (byte 0xE9)`; bytes of Windows-1252/Latin-1 text get a hint on how to save as UTF-8. */
export function describeUtf8Problem(problem: Utf8Problem): string {
  const hex = problem.byte.toString(16).toUpperCase().padStart(2, '0');
  const latin = problem.byte >= 0xa0 ? ` — probably “${String.fromCharCode(problem.byte)}” saved as Windows-1252/Latin-1; save the file as UTF-8` : '';
  return `line ${problem.line}, column ${problem.column} (byte 0x${hex}${latin})`;
}
