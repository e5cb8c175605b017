import { describe, expect, it, vi } from 'vitest';
import type { DiagnosticDataMap } from '../../shared/diagnostic-data';
import type { DiagnosticCode } from '../../shared/models';
import { createTranslator, translator } from '../i18n';
import { checkSection } from './check';
import { diagnosticMessage, localizeDiagnostics, renderDiagnosticMessage } from './diagnostic-messages';

const reference = { number: 3, title: 'Conceptnota Wonen' };

// One example per code; a new code without an example here is a compile error.
const EXAMPLES: { [C in DiagnosticCode]: DiagnosticDataMap[C] } = {
  'citation-missing-reference': { number: 5, list: 'range', first: 0, last: 4, count: 5 },
  'citation-malformed': { text: '[ 3]', reason: 'spaces', suggestion: '[3]' },
  'citation-order': { number: 2, expected: 1, cause: 'cited-before', skipped: { number: 1, title: 'B' } },
  'reference-numbering': { entry: 3, number: 3, expected: 2, repeated: false, outOfSequence: 4 },
  'reference-duplicate': { reference, duplicateOf: 0, same: 'title-date-link' },
  'reference-uncited': { reference },
  'reference-empty-title': { reference: { number: 0, title: '' }, linkTitle: 'Uit de link' },
  'reference-no-link': { reference },
  'reference-link-mismatch': {
    reference,
    problems: [
      { kind: 'title', linkTitle: 'A', entryTitle: 'B' },
      { kind: 'date', linkDate: '2020-11-27', entryDate: '2020-11-28' },
    ],
  },
  'reference-external-link': { reference, host: 'example.org', url: 'https://example.org/x' },
  'reference-date-invalid': { reference, date: '2021-02-30', problem: 'calendar', linkDate: '2021-02-28' },
  'reference-date-future': { reference, date: '2030-01-01', today: '2025-01-01' },
  'reference-date-outside-term': { reference, date: '2025-01-01', termStart: '2019-10-02', termEnd: '2024-09-30' },
  'reference-before-term': { reference, date: '2019-05-01', termStart: '2019-10-02' },
  'verdict-without-evidence': { verdict: 'kept' },
  'verdict-in-progress-after-term': { verdict: 'in-progress', termEnd: '2024-09-30' },
  'agreement-changed': {},
  'commitment-not-mentioned': { commitment: 'We bouwen scholen', found: ['scholen'], missing: ['bouwen'], keyWords: 2 },
};

describe('diagnostic messages', () => {
  it('renders every code in both languages, with nothing left unfilled', () => {
    for (const language of ['nl', 'en'] as const) {
      const onError = vi.fn();
      const tr = createTranslator(language, { onError });
      for (const code of Object.keys(EXAMPLES) as DiagnosticCode[]) {
        const text = renderDiagnosticMessage(tr, code, EXAMPLES[code] as never);
        expect(text, `${language} ${code}`).not.toMatch(/[{}]/);
        expect(text.length, `${language} ${code}`).toBeGreaterThan(10);
      }
      expect(onError).not.toHaveBeenCalled();
    }
  });

  it('speaks Flemish Dutch, with Belgian dates and plurals', () => {
    const nl = translator('nl');
    expect(renderDiagnosticMessage(nl, 'citation-missing-reference', EXAMPLES['citation-missing-reference'])).toBe(
      'Verwijzing [5] heeft geen referentie in de lijst (die loopt van [0] tot [4]).',
    );
    expect(renderDiagnosticMessage(nl, 'citation-missing-reference', { number: 0, list: 'empty', first: null, last: null, count: 0 })).toBe(
      'Verwijzing [0] heeft geen referentie in de lijst (de lijst is leeg).',
    );
    expect(renderDiagnosticMessage(nl, 'citation-missing-reference', { number: 9, list: 'entries', first: null, last: null, count: 7 })).toContain('die telt 7 referenties');
    expect(renderDiagnosticMessage(nl, 'reference-before-term', EXAMPLES['reference-before-term'])).toBe(
      'Referentie [3] “Conceptnota Wonen” (1 mei 2019) wordt als bewijs vermeld, maar dateert van vóór de regeerperiode, die begon op 2 oktober 2019: een vorige regering nam die beslissing.',
    );
    expect(renderDiagnosticMessage(nl, 'verdict-without-evidence', { verdict: 'partially-kept' })).toContain('“Gedeeltelijk nagekomen”');
    expect(renderDiagnosticMessage(nl, 'reference-numbering', EXAMPLES['reference-numbering'])).toContain(' 4 items staan niet in volgorde.');
    expect(renderDiagnosticMessage(nl, 'reference-numbering', { ...EXAMPLES['reference-numbering'], outOfSequence: 1 })).not.toContain('items staan');
    expect(renderDiagnosticMessage(nl, 'commitment-not-mentioned', { ...EXAMPLES['commitment-not-mentioned'], keyWords: 1 })).toContain('1 van de 1 kernwoord komen');
    expect(renderDiagnosticMessage(nl, 'reference-link-mismatch', EXAMPLES['reference-link-mismatch'])).toBe(
      'De link van referentie [3] “Conceptnota Wonen” klopt niet: de titel in de link is “A”, die van de referentie “B”; de datum in de link is 27 november 2020, die van de referentie 28 november 2020.',
    );
  });

  it('re-renders a diagnostic from its code and data, and leaves one without data as it was', () => {
    const [d] = checkSection({ body: 'zie [4]', references: [], today: '2025-01-01' });
    expect(d.message).toBe('Citation [4] has no entry in the reference list (the list is empty).');
    expect(d.data).toEqual({ number: 4, list: 'empty', first: null, last: null, count: 0 });
    expect(diagnosticMessage(translator('nl'), d)).toBe('Verwijzing [4] heeft geen referentie in de lijst (de lijst is leeg).');
    expect(localizeDiagnostics(translator('nl'), [d])[0]).toEqual({ ...d, message: diagnosticMessage(translator('nl'), d) });
    const old = { code: 'reference-uncited' as const, severity: 'warning' as const, message: 'kept as it was' };
    expect(diagnosticMessage(translator('nl'), old)).toBe('kept as it was');
  });

  it('checks in the language it is given', () => {
    const nl = checkSection({ body: 'tekst [0] en [ 1]', references: [{ number: 0, title: 'A', date: '2021-01-01' }], today: '2025-01-01' }, translator('nl'));
    expect(nl.map((d) => d.message)).toEqual([
      '“[ 1]” is geen geldige verwijzing. Geen spaties tussen de haken: schrijf [1].',
      'Referentie [0] “A” heeft geen link naar de beslissingendatabank.',
    ]);
  });
});
