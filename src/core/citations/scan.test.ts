import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { MalformedReason } from '../../shared/diagnostic-data';
import { escapeBody, unescapeBody } from '../format/body-escape';
import { scanCitations } from './scan';

const numbers = (body: string) => scanCitations(body).citations.map((c) => c.number);
const malformed = (body: string) => scanCitations(body).malformed.map((m) => m.text);

describe('scanCitations: citations', () => {
  it('finds citations with offsets and 1-based end-exclusive ranges', () => {
    expect(scanCitations('ab [12] c\nx[0]')).toEqual({
      citations: [
        { number: 12, text: '[12]', offset: 3, length: 4, range: { startLine: 1, startColumn: 4, endLine: 1, endColumn: 8 } },
        { number: 0, text: '[0]', offset: 11, length: 3, range: { startLine: 2, startColumn: 2, endLine: 2, endColumn: 5 } },
      ],
      malformed: [],
    });
  });

  it('finds citations in a row with no separator, and repeated ones', () => {
    expect(numbers('zie [3][4][5] en [21][19], weer [3].')).toEqual([3, 4, 5, 21, 19, 3]);
  });

  it('counts lines on later lines and after empty lines', () => {
    const { citations } = scanCitations('Samenvatting\n\n1. iets [2].\n\n\n[7]');
    expect(citations.map((c) => [c.range.startLine, c.range.startColumn])).toEqual([
      [3, 9],
      [6, 1],
    ]);
  });

  it('treats a plain bracketed number, a year included, as a citation', () => {
    expect(numbers('in [2020] en [0]')).toEqual([2020, 0]);
  });

  it('never counts an escaped bracket, with one backslash or more', () => {
    expect(scanCitations('letterlijk \\[12] en \\\\[3] maar wel [4]')).toEqual({
      citations: [expect.objectContaining({ number: 4 })],
      malformed: [],
    });
    expect(scanCitations('letterlijk \\[12\\] en \\\\[0\\]').malformed).toEqual([]);
  });

  it('leaves ordinary Markdown alone', () => {
    const body = [
      'Een [link](https://example.org) en [tekst][ref] en een ![beeld](a.png).',
      '- [x] klaar',
      '- [ ] open',
      'Voetnoot[^1] en [We stellen data maximaal ter beschikking] [Regeerakkoord].',
      '[12 december 2020] en [3 stuks] en [2019-2024] en [] en [ ] en [a1].',
    ].join('\n');
    expect(scanCitations(body)).toEqual({ citations: [], malformed: [] });
  });

  it('finds a citation right after bracketed text', () => {
    expect(numbers('[tekst [3]] en [noot][4]')).toEqual([3, 4]);
  });
});

describe('scanCitations: malformed citations', () => {
  it('flags spaces, letters, leading zeros and signs inside the brackets', () => {
    const { citations, malformed: found } = scanCitations('a [ 3] b [3 ] c [3a] d [03] e [-1] f [+2]');
    expect(citations).toEqual([]);
    expect(found.map((m) => [m.text, m.reason, m.suggestion])).toEqual([
      ['[ 3]', 'spaces', '[3]'],
      ['[3 ]', 'spaces', '[3]'],
      ['[3a]', 'letters', null],
      ['[03]', 'leading-zeros', '[3]'],
      ['[-1]', 'negative', null],
      ['[+2]', 'sign', '[2]'],
    ]);
    expect(found[2]).toMatchObject({ letters: 'a', digits: '3' });
  });

  it('gives the malformed text its own range', () => {
    expect(scanCitations('x\nab [ 3] c').malformed[0]).toEqual({
      text: '[ 3]',
      reason: 'spaces',
      suggestion: '[3]',
      offset: 5,
      length: 4,
      range: { startLine: 2, startColumn: 4, endLine: 2, endColumn: 8 },
    });
  });

  it('flags an unclosed citation at the end of a line or the text, or followed by something else', () => {
    expect(malformed('a [12\nb [7')).toEqual(['[12', '[7']);
    expect(malformed('a [12, zie ook')).toEqual([]);
    expect(malformed('a [12,\nb [4.')).toEqual(['[12', '[4']);
    expect(scanCitations('a [12[13] b').citations.map((c) => c.text)).toEqual(['[13]']);
    expect(malformed('a [12[13] b')).toEqual(['[12']);
    expect(scanCitations('a [12 \n').malformed[0]).toMatchObject({ reason: 'unclosed', suggestion: '[12]' });
  });

  it('flags the file form typed into the editor', () => {
    const { citations, malformed: found } = scanCitations('zie [12\\] hier');
    expect(citations).toEqual([]);
    expect(found.map((m) => [m.text, m.reason, m.suggestion])).toEqual([['[12\\]', 'escaped-close', '[12]']]);
  });

  it('flags several numbers or a short range in one pair of brackets', () => {
    const { malformed: found } = scanCitations('[1, 2] [3;4] [5-7] [8–20]');
    expect(found.map((m) => [m.text, m.reason, m.suggestion])).toEqual([
      ['[1, 2]', 'list', '[1][2]'],
      ['[3;4]', 'list', '[3][4]'],
      ['[5-7]', 'range', '[5][6][7]'],
      ['[8–20]', 'range', '[8][9]…[20]'],
    ]);
  });

  it('stays linear on hostile input', () => {
    // 300 000 characters each: linear work takes well under a second even on a busy
    // machine; anything quadratic would take minutes.
    const hostile = ['[1 '.repeat(100_000), '['.repeat(300_000), '\\'.repeat(300_000) + '[1]', '[ 1'.repeat(100_000) + ']', '[1]'.repeat(100_000)];
    const start = performance.now();
    for (const text of hostile) scanCitations(text);
    expect(performance.now() - start).toBeLessThan(5000);
    expect(scanCitations('[1 '.repeat(1000)).malformed).toHaveLength(1000);
  });
});

describe('scanCitations: malformed follows what the published report shows, whatever the escaping', () => {
  // Each form as a reader sees it, and its two spellings in the published .md file.
  const forms: Array<[string, string, string, MalformedReason]> = [
    ['[3a]', '\\[3a\\]', '[3a]', 'letters'],
    ['[ 3]', '\\[ 3\\]', '[ 3]', 'spaces'],
    ['[03]', '\\[03\\]', '[03]', 'leading-zeros'],
    ['[-1]', '\\[-1\\]', '[-1]', 'negative'],
    ['[12', '\\[12', '[12', 'unclosed'],
    ['[1, 2]', '\\[1, 2\\]', '[1, 2]', 'list'],
  ];

  it.each(forms)('%s is flagged in both spellings, %s and %s, with the same reason', (_shown, escaped, plain, reason) => {
    for (const published of [escaped, plain]) {
      const text = `Zie ${published}.\nEn \\[4\\] verder.`;
      const body = unescapeBody(text);
      expect(escapeBody(body)).toBe(text);
      const { citations, malformed: found } = scanCitations(body);
      expect(citations.map((c) => c.number)).toEqual([4]);
      expect(found.map((m) => m.reason)).toEqual([reason]);
      // The flagged text is what stands in the editor, from its first character.
      expect(body.slice(found[0].offset, found[0].offset + found[0].length)).toBe(found[0].text);
      expect(found[0].text.replace(/^\\/, '').startsWith('[')).toBe(true);
      expect(found[0].offset).toBe(4);
    }
  });

  it('a well-formed number in brackets that is not a citation reads as one, and is not flagged', () => {
    // Published `[12]` (edit form `\[12]`) and `\[12\]` after a backslash: literal text.
    for (const published of ['[12]', '\\\\[12\\]', '[0]']) {
      expect(scanCitations(unescapeBody(published))).toEqual({ citations: [], malformed: [] });
    }
  });

  it('the edit form typed with an escaped close is still pointed out', () => {
    expect(malformed('zie [3\\] en \\[3a\\] en \\[03]')).toEqual(['[3\\]', '\\[3a\\]', '\\[03]']);
  });

  it('leaves escaped ordinary text alone', () => {
    expect(scanCitations('\\[We stellen\\] en \\[x\\] en \\[2019 rapport\\] en \\[ \\]')).toEqual({ citations: [], malformed: [] });
  });
});

describe('scanCitations: malformed rule (property)', () => {
  const content = fc.constantFrom('3a', ' 3', '3 ', '03', '007', '-1', '+2', '1, 2', '5-7', '12', '0', 'x', 'We stellen', '2019 rapport', '');
  const closing = fc.constantFrom(']', '', '.');
  const separator = fc.constantFrom(' ', ' en ', '\n', '. ', ', ');

  /** A published body: each bracket spelled `\[..\]` or `[..]` as `escaped` says. */
  const publish = (parts: Array<{ content: string; closing: string; escaped: boolean; sep: string }>, spell: (b: { escaped: boolean }) => boolean) =>
    parts
      .map((b) => {
        const e = spell(b);
        const close = b.closing === ']' ? (e ? '\\]' : ']') : b.closing;
        return `${e ? '\\[' : '['}${b.content}${close}${b.sep}`;
      })
      .join('');

  it('the warnings do not depend on how the brackets are escaped, and the round trip stays exact', () => {
    fc.assert(
      fc.property(fc.array(fc.record({ content, closing, escaped: fc.boolean(), sep: separator }), { maxLength: 8 }), (parts) => {
        const asWritten = publish(parts, (b) => b.escaped);
        const allPlain = publish(parts, () => false);
        expect(escapeBody(unescapeBody(asWritten))).toBe(asWritten);
        const reasons = (published: string) => scanCitations(unescapeBody(published)).malformed.map((m) => m.reason);
        expect(reasons(asWritten)).toEqual(reasons(allPlain));
      }),
      { numRuns: 2_000 },
    );
  });
});
