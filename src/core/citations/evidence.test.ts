import { describe, expect, it } from 'vitest';
import type { CheckInput, Diagnostic, Reference } from '../../shared/models';
import { buildDecisionLink } from '../links/decision-link';
import { brusselsToUtc } from '../time/brussels';
import { sha256Hex } from '../util/sha256';
import { checkSection } from './check';

const ref = (number: number, title: string, date: string): Reference => ({ number, title, date, url: buildDecisionLink(title, brusselsToUtc(date)) });
const check = (input: Partial<CheckInput>): Diagnostic[] => checkSection({ body: '', references: [], today: '2025-01-01', ...input });
const codes = (ds: Diagnostic[]) => ds.map((d) => d.code);

describe('evidence rules', () => {
  it('verdict-without-evidence: kept or partially kept with no citation that resolves', () => {
    expect(check({ verdict: 'kept', body: 'Alles is uitgevoerd.' })).toMatchObject([
      {
        code: 'verdict-without-evidence',
        severity: 'warning',
        message: 'The verdict is “Kept”, but the text cites no reference from the list as evidence.',
        fixes: [],
      },
    ]);
    const dangling = check({ verdict: 'partially-kept', body: 'Deels [4].', references: [ref(0, 'Besluit A', '2021-03-10')] });
    expect(codes(dangling)).toEqual(['citation-missing-reference', 'reference-uncited', 'verdict-without-evidence']);
    expect(dangling[2].message).toBe('The verdict is “Partially kept”, but the text cites no reference from the list as evidence.');
  });

  it('verdict-without-evidence: not for other verdicts, nor with evidence', () => {
    for (const verdict of ['not-rated', 'not-started', 'in-progress', 'broken'] as const) expect(check({ verdict, body: 'Niets.' })).toEqual([]);
    expect(check({ verdict: 'kept', body: 'Zie [0].', references: [ref(0, 'Besluit A', '2021-03-10')] })).toEqual([]);
  });

  it('reference-before-term: a cited entry dated before the term, instead of outside-term', () => {
    const references = [ref(0, 'Besluit A', '2019-05-01'), ref(1, 'Besluit B', '2019-06-01')];
    expect(check({ body: 'Zie [0].', references, termStart: '2019-10-02', termEnd: '2024-09-30' })).toMatchObject([
      {
        code: 'reference-before-term',
        severity: 'warning',
        message: 'Reference [0] “Besluit A” (1 May 2019) is cited as evidence but predates the term, which began 2 October 2019: it was decided by an earlier government.',
        referenceIndex: 0,
        fixes: [],
      },
      expect.objectContaining({ code: 'reference-date-outside-term', referenceIndex: 1 }),
      expect.objectContaining({ code: 'reference-uncited', referenceIndex: 1 }),
    ]);
  });

  it('verdict-in-progress-after-term: only once the term is over', () => {
    expect(check({ verdict: 'in-progress', termEnd: '2024-09-30' })).toMatchObject([
      {
        code: 'verdict-in-progress-after-term',
        severity: 'warning',
        message: 'The verdict is “In progress”, but the term ended on 30 September 2024: the commitment was kept, partially kept or broken.',
        fixes: [],
      },
    ]);
    expect(check({ verdict: 'in-progress', termEnd: '2025-01-01' })).toEqual([]);
    expect(check({ verdict: 'in-progress' })).toEqual([]);
    expect(check({ verdict: 'broken', termEnd: '2024-09-30' })).toEqual([]);
  });

  it('agreement-changed: the checksum of the agreement differs from the imported one', () => {
    const agreement = '3.2.3 ICT en Informatie Programma ‘slimmere overheid’ ';
    expect(check({ agreement: agreement + 'x', agreementChecksum: sha256Hex(agreement) })).toMatchObject([
      {
        code: 'agreement-changed',
        severity: 'warning',
        message: 'The agreement text differs from the text as imported; the agreement is quoted verbatim and should not be edited.',
        fixes: [],
      },
    ]);
    expect(check({ agreement, agreementChecksum: sha256Hex(agreement) })).toEqual([]);
    expect(check({ agreement, agreementChecksum: sha256Hex(agreement).toUpperCase() })).toEqual([]);
    expect(check({ agreement: agreement + 'x', agreementChecksum: null })).toEqual([]);
  });
});

describe('commitment-not-mentioned', () => {
  const agreement = '1.1 Titel Wij doen iets. [We investeren in digitale infor-matie-diensten voor burgers] Verder. ';
  const start = agreement.indexOf('[');
  const end = agreement.indexOf(']') + 1;

  it('reports a bracketed commitment whose key words the body does not use, with its place', () => {
    expect(check({ agreement, body: 'Er is niets gebeurd.' })).toMatchObject([
      {
        code: 'commitment-not-mentioned',
        severity: 'info',
        message:
          'The commitment “We investeren in digitale infor-matie-diensten voor burgers” does not seem to be addressed in the text: 0 of its 4 key words occur (missing: investeren, digitale, informatiediensten, burgers).',
        agreementRange: { start, end },
        fixes: [],
      },
    ]);
  });

  it('counts inflected, hyphenated, accented and compound forms as mentions', () => {
    expect(check({ agreement, body: 'De regering investeerde in Digitale informatie-diensten.' })).toEqual([]);
    expect(check({ agreement, body: 'Digitaal, voor de burger.' })).toEqual([]);
    const accented = '[Steun aan de Triënnale]';
    expect(check({ agreement: accented, body: 'De triennale kreeg middelen.' })).toEqual([]);
    expect(codes(check({ agreement: accented, body: 'Niets over de stad.' }))).toEqual(['commitment-not-mentioned']);
  });

  it('needs at least half of the key words', () => {
    const ds = check({ agreement, body: 'Er kwamen digitale loketten.' });
    expect(ds[0].message).toContain('1 of its 4 key words occur (missing: investeren, informatiediensten, burgers)');
  });

  it('ignores brackets without key words and agreements without brackets', () => {
    expect(check({ agreement: 'Zie [12] en [de, het, en]. ', body: '' })).toEqual([]);
    expect(check({ agreement: 'Geen haakjes hier. ', body: '' })).toEqual([]);
  });
});
