import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeBody, unescapeBody } from './body-escape';

// The coordinator's scheme written as the regex it was specified with: the oracle the
// hand-written scan in body-escape.ts must agree with.
const TOKEN = /(\\*)\[([0-9]+)(\\?)\]/g;
const unescapeOracle = (published: string) =>
  published.replace(TOKEN, (token: string, slashes: string, digits: string, closing: string) =>
    slashes.length === 1 && closing === '\\' ? `[${digits}]` : `\\${token}`,
  );
const escapeOracle = (edited: string) =>
  edited.replace(TOKEN, (token: string, slashes: string, digits: string) => (slashes.length === 0 ? `\\[${digits}\\]` : token.slice(1)));

describe('body citations: published <-> edit form', () => {
  it('shows published citations \\[N\\] as [N], also several in a row and out of order', () => {
    expect(unescapeBody('VRD2 \\[0\\]. Budgetten \\[3\\]\\[4\\]\\[5\\] en zorg \\[21\\]\\[19\\].')).toBe(
      'VRD2 [0]. Budgetten [3][4][5] en zorg [21][19].',
    );
  });

  it('writes edited citations [N] as \\[N\\]', () => {
    expect(escapeBody('VRD2 [0]. Budgetten [3][4][5].')).toBe('VRD2 \\[0\\]. Budgetten \\[3\\]\\[4\\]\\[5\\].');
  });

  it('keeps a literal bracketed number of the published text apart from a citation', () => {
    // published `[3]` is not a citation: the edit form marks it with one more backslash
    expect(unescapeBody('zie [3] en \\[3\\]')).toBe('zie \\[3] en [3]');
    expect(escapeBody('zie \\[3] en [3]')).toBe('zie [3] en \\[3\\]');
  });

  it('adds one backslash to every other citation-shaped token and removes it again', () => {
    const cases: Array<[string, string]> = [
      ['\\[3]', '\\\\[3]'],
      ['\\\\[3\\]', '\\\\\\[3\\]'],
      ['[3\\]', '\\[3\\]'],
      ['\\\\\\[12]', '\\\\\\\\[12]'],
    ];
    for (const [published, edited] of cases) {
      expect(unescapeBody(published)).toBe(edited);
      expect(escapeBody(edited)).toBe(published);
    }
  });

  it('keeps the digit string verbatim', () => {
    expect(unescapeBody('\\[03\\]')).toBe('[03]');
    expect(escapeBody('[03]')).toBe('\\[03\\]');
    expect(escapeBody('[007][12345678901234567890]')).toBe('\\[007\\]\\[12345678901234567890\\]');
  });

  it('leaves everything that is not [digits] alone', () => {
    const text = '[a] \\[ ] [] [1 2] \\[x\\] [-1] [１] `code` \\* \\\\';
    expect(unescapeBody(text)).toBe(text);
    expect(escapeBody(text)).toBe(text);
  });

  it('treats a closing that is not "\\]" or "]" as no citation', () => {
    expect(unescapeBody('\\[3\\\\]')).toBe('\\[3\\\\]');
  });

  it('an edited [N\\] publishes like [N] (the edit form is normalised once)', () => {
    expect(escapeBody('[3\\]')).toBe('\\[3\\]');
    expect(unescapeBody(escapeBody('[3\\]'))).toBe('[3]');
  });

  it('stays linear on long runs of backslashes and digits', () => {
    const nasty = '\\'.repeat(200_000) + '[' + '1'.repeat(200_000) + '\\' + '[1'.repeat(50_000);
    const started = performance.now();
    expect(escapeBody(unescapeBody(nasty))).toBe(nasty);
    expect(performance.now() - started).toBeLessThan(1_000);
  });

  const tricky = fc.string({ unit: fc.constantFrom('\\', '[', ']', '0', '1', '7', 'a', ' ', '\n', '“') });

  it('agrees with the regex scheme on every string (property)', () => {
    fc.assert(
      fc.property(tricky, (text) => unescapeBody(text) === unescapeOracle(text) && escapeBody(text) === escapeOracle(text)),
      { numRuns: 5_000 },
    );
  });

  it('published -> edited -> published is the identity (property)', () => {
    fc.assert(fc.property(tricky, (published) => escapeBody(unescapeBody(published)) === published), { numRuns: 5_000 });
    fc.assert(fc.property(fc.string({ unit: 'binary' }), (published) => escapeBody(unescapeBody(published)) === published), { numRuns: 1_000 });
  });

  it('edited -> published -> edited -> published changes nothing more (property)', () => {
    fc.assert(
      fc.property(tricky, (edited) => {
        const published = escapeBody(edited);
        return escapeBody(unescapeBody(published)) === published;
      }),
      { numRuns: 2_000 },
    );
  });

  it('turns bodies that cite the published way into plain [N] citations without backslashes (property)', () => {
    const prose = fc.string({ unit: fc.constantFrom('a', ' ', '\n', '(', ')', '0', '9', '“', ']') });
    const citation = fc.nat(200).map((n) => `\\[${n}\\]`);
    fc.assert(
      fc.property(fc.array(fc.oneof(prose, citation)), (pieces) => {
        const edited = unescapeBody(pieces.join(''));
        return !edited.includes('\\') && escapeBody(edited) === pieces.join('');
      }),
      { numRuns: 2_000 },
    );
  });
});
