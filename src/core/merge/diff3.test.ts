import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { diff3Merge, mergeText, splitLines } from './diff3';

const paragraphs = (...ps: string[]) => ps.join('\n\n') + '\n';

describe('splitLines', () => {
  it('keeps line ends so joining gives the text back', () => {
    expect(splitLines('')).toEqual([]);
    expect(splitLines('a')).toEqual(['a']);
    expect(splitLines('a\n')).toEqual(['a\n']);
    expect(splitLines('a\n\nb')).toEqual(['a\n', '\n', 'b']);
    fc.assert(fc.property(fc.string(), (s) => splitLines(s).join('') === s));
  });
});

describe('mergeText', () => {
  const base = paragraphs('Samenvatting', 'Eerste alinea [0].', 'Tweede alinea [1].', 'Derde alinea.');

  it('merges edits to different paragraphs', () => {
    const mine = base.replace('Eerste alinea', 'Eerste alinea, herschreven');
    const theirs = base.replace('Derde alinea.', 'Derde alinea, aangevuld.');
    expect(mergeText(base, mine, theirs)).toEqual([{ kind: 'ok', text: paragraphs('Samenvatting', 'Eerste alinea, herschreven [0].', 'Tweede alinea [1].', 'Derde alinea, aangevuld.') }]);
  });

  it('takes a one-sided edit, and the same edit on both sides once', () => {
    const edited = base.replace('Tweede', 'Andere');
    expect(mergeText(base, base, edited)).toEqual([{ kind: 'ok', text: edited }]);
    expect(mergeText(base, edited, base)).toEqual([{ kind: 'ok', text: edited }]);
    expect(mergeText(base, edited, edited)).toEqual([{ kind: 'ok', text: edited }]);
  });

  it('reports overlapping edits as a conflict with the three versions', () => {
    const mine = base.replace('Tweede alinea', 'Mijn tweede alinea');
    const theirs = base.replace('Tweede alinea', 'Hun tweede alinea');
    const chunks = mergeText(base, mine, theirs);
    expect(chunks).toEqual([
      { kind: 'ok', text: paragraphs('Samenvatting', 'Eerste alinea [0].') + '\n' },
      { kind: 'conflict', base: 'Tweede alinea [1].\n', mine: 'Mijn tweede alinea [1].\n', theirs: 'Hun tweede alinea [1].\n' },
      { kind: 'ok', text: '\nDerde alinea.\n' },
    ]);
  });

  it('merges a deletion on one side with an edit elsewhere, and conflicts a deletion against an edit', () => {
    const mine = base.replace('Tweede alinea [1].\n\n', '');
    const theirs = base.replace('Samenvatting', 'Samenvatting:');
    expect(mergeText(base, mine, theirs)).toEqual([{ kind: 'ok', text: paragraphs('Samenvatting:', 'Eerste alinea [0].', 'Derde alinea.') }]);
    const edited = base.replace('Tweede alinea', 'Tweede alinea, bijgewerkt');
    expect(mergeText(base, mine, edited).some((c) => c.kind === 'conflict')).toBe(true);
  });

  it('conflicts different additions at the same place, from an empty ancestor too', () => {
    expect(mergeText(base, base + '\nMijn slot.\n', base + '\nHun slot.\n').filter((c) => c.kind === 'conflict')).toHaveLength(1);
    expect(mergeText('', 'mijn\n', 'hun\n')).toEqual([{ kind: 'conflict', base: '', mine: 'mijn\n', theirs: 'hun\n' }]);
  });
});

describe('diff3Merge properties', () => {
  const lines = fc.array(fc.constantFrom('a\n', 'b\n', 'c\n', '\n', 'd\n', 'e'), { maxLength: 12 });
  const ok = (chunks: ReturnType<typeof diff3Merge>) => (chunks.every((c) => c.kind === 'ok') ? chunks.flatMap((c) => (c.kind === 'ok' ? c.lines : [])) : null);

  it('an unchanged side takes the other side; equal sides merge to themselves', () => {
    fc.assert(
      fc.property(lines, lines, (base, x) => {
        expect(ok(diff3Merge(base, base, x))).toEqual(x);
        expect(ok(diff3Merge(base, x, base))).toEqual(x);
        expect(ok(diff3Merge(base, x, x))).toEqual(x);
      }),
      { numRuns: 400 },
    );
  });

  it('is symmetric: swapping the sides swaps mine and theirs in every chunk', () => {
    fc.assert(
      fc.property(lines, lines, lines, (base, a, b) => {
        const ab = diff3Merge(base, a, b);
        const ba = diff3Merge(base, b, a);
        const flip = ba.map((c) => (c.kind === 'ok' ? c : { ...c, mine: c.theirs, theirs: c.mine }));
        // Matching may pair equal lines differently in each direction; the merged text of conflict-free runs must agree.
        if (ab.every((c) => c.kind === 'ok') && flip.every((c) => c.kind === 'ok')) expect(ok(ab)).toEqual(ok(flip));
      }),
      { numRuns: 300 },
    );
  });
});
