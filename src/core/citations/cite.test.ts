import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Reference } from '../../shared/models';
import { buildDecisionLink } from '../links/decision-link';
import { checkSection } from './check';
import { citeDecision, decisionLabel, findReferenceFor, referenceForDecision } from './cite';

const START = '2021-03-05T09:00:00Z';
const decision = { title: 'Zwembadkoepels voor scholen', date: '2021-03-05', meetingStart: START, url: null };
const built = buildDecisionLink(decision.title, START);

describe('referenceForDecision', () => {
  it('builds the exact link from title and meeting start, also over a library link written otherwise', () => {
    expect(referenceForDecision(decision, 4)).toEqual({ number: 4, date: '2021-03-05', title: decision.title, meetingStart: START, url: built });
    const loose = built.replace('%20', '+');
    expect(referenceForDecision({ ...decision, url: loose }, 0).url).toBe(built);
  });

  it('reads the meeting start back from the library link, and the date from the start', () => {
    expect(referenceForDecision({ title: decision.title, date: null, meetingStart: null, url: built }, 1)).toEqual({ number: 1, date: '2021-03-05', title: decision.title, meetingStart: START, url: built });
  });

  it('keeps an untitled decision untitled, with the library link when there is one and none built', () => {
    expect(referenceForDecision({ title: '', date: '2020-07-10', meetingStart: null, url: null }, 2)).toEqual({ number: 2, date: '2020-07-10', title: '' });
    expect(referenceForDecision({ title: '', date: '2020-07-10', meetingStart: '2020-07-10T08:00:00Z', url: null }, 2)).toEqual({ number: 2, date: '2020-07-10', title: '', meetingStart: '2020-07-10T08:00:00Z' });
  });

  it('keeps a title with line breaks verbatim in title and link', () => {
    const ref = referenceForDecision({ ...decision, title: 'Beheer van de Binnenwateren\n\n' }, 0);
    expect(ref.title).toBe('Beheer van de Binnenwateren\n\n');
    expect(ref.url).toContain('Binnenwateren%0A%0A&');
  });
});

describe('findReferenceFor', () => {
  const refs: Reference[] = [
    { number: 0, date: '2020-01-01', title: 'Ander' },
    { number: 3, date: '2021-03-05', title: decision.title, url: built },
  ];
  it('matches by link, by the library link, or by title and date — never an untitled one by date alone', () => {
    expect(findReferenceFor(refs, referenceForDecision(decision, 9))?.number).toBe(3);
    expect(findReferenceFor([{ number: 5, date: '2021-03-05', title: 'x', url: 'https://lib' }], referenceForDecision({ ...decision, title: 'y' }, 9), 'https://lib')?.number).toBe(5);
    expect(findReferenceFor([{ number: 1, date: '2021-03-05', title: decision.title }], referenceForDecision(decision, 9))?.number).toBe(1);
    expect(findReferenceFor([{ number: 1, date: '2020-07-10', title: '' }], referenceForDecision({ title: '', date: '2020-07-10', meetingStart: null, url: null }, 9))).toBeUndefined();
  });
});

describe('citeDecision', () => {
  it('adds the reference and inserts its citation at the cursor, with a space after a word', () => {
    const r = citeDecision({ body: 'De regering besliste.', references: [] }, decision, 20);
    expect(r).toMatchObject({ body: 'De regering besliste [0].', number: 0, reused: false, start: 21, end: 24 });
    expect(r.references).toEqual([referenceForDecision(decision, 0)]);
  });

  it('leaves no "never cited" warning and no link problem behind', () => {
    const r = citeDecision({ body: 'Tekst.', references: [] }, decision, 5);
    const codes = checkSection({ body: r.body, references: r.references, agreement: '', today: '2024-01-01' }).map((d) => d.code);
    expect(codes).not.toContain('reference-uncited');
    expect(codes.filter((c) => c.startsWith('reference-link'))).toEqual([]);
  });

  it('reuses the number of a decision the section already lists, adding nothing', () => {
    const references: Reference[] = [{ number: 0, date: '2020-01-01', title: 'Ander' }, referenceForDecision(decision, 1)];
    const r = citeDecision({ body: 'A [0] en B', references }, decision, 10);
    expect(r).toMatchObject({ body: 'A [0] en B [1]', number: 1, reused: true });
    expect(r.references).toEqual(references);
  });

  it('puts citations in a row without a space, and none at a line start', () => {
    expect(citeDecision({ body: 'zie [3]', references: [] }, decision, 7).body).toBe('zie [3][0]');
    expect(citeDecision({ body: 'a\n', references: [] }, decision, 2).body).toBe('a\n[0]');
    expect(citeDecision({ body: 'woord', references: [] }, decision, 2).body).toBe('wo [0] ord');
  });

  it('replaces the typed [query it was chosen from', () => {
    const body = 'De koepels [zwembad] en meer';
    const r = citeDecision({ body, references: [] }, decision, body.indexOf('[zwembad]'), body.indexOf('[zwembad]') + 9);
    expect(r.body).toBe('De koepels [0] en meer');
  });

  it('takes the next free number when numbers are taken out of order (property: the citation always resolves)', () => {
    fc.assert(
      fc.property(fc.array(fc.nat(20), { maxLength: 6 }), fc.nat(30), (numbers, at) => {
        const references = numbers.map((n) => ({ number: n, date: '2020-01-01', title: `t${n}` }));
        const body = 'x'.repeat(10);
        const r = citeDecision({ body, references }, decision, Math.min(at, body.length));
        expect(r.body.slice(r.start, r.end)).toBe(`[${r.number}]`);
        expect(r.references.filter((ref) => ref.number === r.number)).toHaveLength(1);
        expect(numbers).not.toContain(r.number);
      }),
    );
  });
});

describe('decisionLabel', () => {
  it('is the title, its line breaks shown as spaces', () => {
    expect(decisionLabel({ title: 'Beheer van de\nBinnenwateren\n\n', text: 'x' })).toEqual({ text: 'Beheer van de Binnenwateren', untitled: false });
  });

  it('is the first words of the text for an untitled decision, cut at a word', () => {
    const text = 'Programmatie van niet-duale structuuronderdelen in opleidingsvorm 4 van het buitengewoon secundair onderwijs Ontwerpbesluit van de Vlaamse Regering';
    expect(decisionLabel({ title: '', text })).toEqual({ text: 'Programmatie van niet-duale structuuronderdelen in opleidingsvorm 4 van het buitengewoon…', untitled: true });
    expect(decisionLabel({ title: '  ', text: 'Evaluatieverslag examencommissie' })).toEqual({ text: 'Evaluatieverslag examencommissie', untitled: true });
  });
});
