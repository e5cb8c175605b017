import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { describeUtf8Problem, findInvalidUtf8 } from './utf8';

const bytes = (...parts: Array<string | number[]>) => new Uint8Array(parts.flatMap((p) => (typeof p === 'string' ? [...new TextEncoder().encode(p)] : p)));

describe('findInvalidUtf8', () => {
  it('finds nothing in UTF-8 text, also with 2-, 3- and 4-byte characters', () => {
    expect(findInvalidUtf8(bytes('# Media\n\nCoördinatie “x” – 🙂\n'))).toBeNull();
    expect(findInvalidUtf8(new Uint8Array())).toBeNull();
  });

  it('names line and column of a Latin-1 byte, counting columns as the editor does', () => {
    // "é" in Windows-1252 is the single byte 0xE9; "🙂" before it on the line is two UTF-16 units.
    const problem = findInvalidUtf8(bytes('# Kop\n\n🙂 Caf', [0xe9], ' ok\n'));
    expect(problem).toEqual({ offset: 15, byte: 0xe9, line: 3, column: 7 });
    expect(describeUtf8Problem(problem!)).toBe('line 3, column 7 (byte 0xE9 — probably “é” saved as Windows-1252/Latin-1; save the file as UTF-8)');
  });

  it.each<[string, number[]]>([
    ['a lone continuation byte', [0x80]],
    ['an overlong form', [0xc0, 0xaf]],
    ['a surrogate', [0xed, 0xa0, 0x80]],
    ['past U+10FFFF', [0xf4, 0x90, 0x80, 0x80]],
    ['a sequence cut off by the end', [0xe2, 0x82]],
    ['a sequence cut off by ASCII', [0xe2, 0x41, 0x41]],
    ['0xFF', [0xff]],
  ])('refuses %s at its first byte', (_what, bad) => {
    expect(findInvalidUtf8(bytes('ab\nc', bad, 'z'))).toMatchObject({ offset: 4, byte: bad[0], line: 2, column: 2 });
    expect(describeUtf8Problem(findInvalidUtf8(bytes(bad))!)).toMatch(/^line 1, column 1 \(byte 0x/);
  });

  it('agrees with the platform decoder on every byte string (property)', () => {
    const strict = new TextDecoder('utf-8', { fatal: true });
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 40 }), fc.string({ unit: 'grapheme', maxLength: 10 }), (random, text) => {
        const mixed = new Uint8Array([...new TextEncoder().encode(text), ...random]);
        let valid = true;
        try {
          strict.decode(mixed);
        } catch {
          valid = false;
        }
        const problem = findInvalidUtf8(mixed);
        if (valid) return problem === null;
        // Everything before the reported byte decodes.
        strict.decode(mixed.subarray(0, problem!.offset));
        return problem !== null;
      }),
      { numRuns: 3_000 },
    );
  });
});
