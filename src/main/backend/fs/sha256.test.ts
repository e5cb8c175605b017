import { describe, expect, it } from 'vitest';
import { sha256Hex as portable } from '../../../core/util/sha256';
import { sha256Hex } from './sha256';

describe('sha256Hex (native)', () => {
  it('gives the same digest as the core implementation the checker uses', () => {
    for (const text of ['', 'abc', '3.2.3 ICT en Informatie ‘slimmere overheid’ infor-matie ', 'é'.repeat(10_000), '\u{1F600}']) {
      expect(sha256Hex(text)).toBe(portable(text));
    }
    expect(sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });
});
