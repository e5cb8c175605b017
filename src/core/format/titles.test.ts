import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Reference, Report } from '../../shared/models';
import { checkSection } from '../citations/check';
import { buildDecisionLink } from '../links/decision-link';
import { parseReport, renderReport, validateForRender } from './index';

// Reference titles that hold raw line breaks (docs/report-format.md, ENTRY; ADR 0010).
// Texts are assembled line by line, independently of renderReport.

const IND = '        ';
const START = '2021-03-26T09:00:00Z';

function published(entries: string[][]): string {
  const lines = ['# Media', '', '<details>', `${IND}<summary>Regeerakkoord Sectie </summary>`, `${IND}<p>5.9 Media </p>`, `${IND}</details> `, '', 'Zie \\[0\\].', '', '<details>', `${IND}<summary> Referenties</summary>`, IND];
  entries.forEach((entry, i) => {
    if (i > 0) lines.push('');
    lines.push(...entry);
  });
  lines.push(`${IND}</details> `, '', '');
  return lines.join('\n');
}

/** The entry's lines for `title`: the closing space after its last character. */
function entryLines(n: number, title: string, url: string | null = buildDecisionLink(title, START)): string[] {
  return `**[\\[${n}\\]]${url === null ? '' : `(${url})`}** : **(2021-03-26)** ${title} `.split('\n');
}

function read(text: string): Reference[] {
  const result = parseReport(text);
  if (!result.ok) throw new Error(`expected a report, got ${result.error.message}`);
  expect(renderReport(result.report)).toBe(text);
  expect(validateForRender(result.report)).toBeNull();
  return result.report.references;
}

function errorOf(text: string) {
  const result = parseReport(text);
  if (result.ok) throw new Error(`expected a FormatError, got titles ${JSON.stringify(result.report.references.map((r) => r.title))}`);
  return result.error;
}

const SHAPES: Array<[string, string]> = [
  ['a break at the end', 'Heraanleg van de N8 als gewestweg\n'],
  ['two breaks at the end', 'Beheer van de Binnenwateren\n\n'],
  ['breaks with a space between them', 'Overdracht van een gewestweg\n \n'],
  ['a break in the middle', 'Aanstelling van een bestuurder en \nregeringscommissaris'],
  ['a break in the middle and at the end', 'Eerste\ntweede\n'],
  ['leading and trailing spaces', '  Titel met spaties  '],
  ['spaces around every break', ' a \n b \n '],
  ['only a break', '\n'],
  ['a break first', '\nna de regel'],
  ['an empty line in the middle', 'a\n\nb'],
  ['a line that ends in a space before an empty line', 'a \n\nb'],
  ['a line of eight spaces', `a\n${IND}\nb`],
];

describe('titles with line breaks', () => {
  for (const linked of [true, false]) {
    const how = linked ? 'linked' : 'unlinked';
    it.each(SHAPES)(`reads ${how} titles with %s, as a middle and as the last entry`, (_what, title) => {
      const url = linked ? undefined : null;
      const text = published([entryLines(0, 'Eerst'), entryLines(1, title, url), entryLines(2, 'Midden'), entryLines(3, title, url)]);
      expect(read(text).map((r) => r.title)).toEqual(['Eerst', title, 'Midden', title]);
    });
  }

  it('keeps meeting start and link of a multi-line linked title', () => {
    const title = 'Aanstelling van een bestuurder en \nregeringscommissaris\n';
    const [ref] = read(published([entryLines(0, title)]));
    expect(ref).toEqual({ number: 0, date: '2021-03-26', title, url: buildDecisionLink(title, START), meetingStart: START });
    expect(ref.url).toContain('en%20%0Aregeringscommissaris%0A&');
  });

  it('imports a visible title that disagrees with its link as written, and the checker reports the mismatch', () => {
    const url = buildDecisionLink('Beheer van de Binnenwateren\n\n', START);
    const text = published([entryLines(0, 'Beheer van de Binnenwateren\n', url), entryLines(1, 'Volgende')]);
    const references = read(text);
    expect(references[0].title).toBe('Beheer van de Binnenwateren\n');
    const diagnostics = checkSection({ body: 'Zie [0][1].', references, agreement: '', today: '2024-01-01' });
    const mismatch = diagnostics.find((d) => d.code === 'reference-link-mismatch');
    expect(mismatch?.referenceIndex).toBe(0);
    // Flattened, both titles read the same; the message must show where they differ.
    expect(mismatch?.message).toContain('“Beheer van de Binnenwateren⏎⏎”');
    expect(mismatch?.message).toContain('“Beheer van de Binnenwateren⏎”');
  });

  it('a link that names only the start of the visible title does not cut it short', () => {
    const url = buildDecisionLink('Eerste\n', START);
    const references = read(published([entryLines(0, 'Eerste\n \nmeer', url), entryLines(1, 'Volgende')]));
    expect(references.map((r) => r.title)).toEqual(['Eerste\n \nmeer', 'Volgende']);
  });

  describe('ambiguity: text after a line break that looks like a next entry', () => {
    // One text, two readings: entry 0 titled "Foo\n" followed by entry 1, or entry 0
    // whose title holds all of it. Only the link can ask for the second.
    const joined = `Foo\n \n\n**[\\[1\\]]** : **(2021-03-26)** Bar`;
    const lines = (url: string | null) => [...entryLines(0, 'Foo\n', url).slice(0, -1), ' ', '', '**[\\[1\\]]** : **(2021-03-26)** Bar '];

    it('an unlinked entry ends before a line that starts an entry', () => {
      expect(read(published([lines(null)])).map((r) => r.title)).toEqual(['Foo\n', 'Bar']);
    });

    it('a link that names the whole text makes it one title', () => {
      const url = buildDecisionLink(joined, START);
      const references = read(published([lines(url)]));
      expect(references.map((r) => r.title)).toEqual([joined]);
    });

    it('a link that names the first title reads two entries', () => {
      const url = buildDecisionLink('Foo\n', START);
      expect(read(published([lines(url)])).map((r) => r.title)).toEqual(['Foo\n', 'Bar']);
    });

    it('a damaged entry line after an empty line is reported, not taken into the title above it', () => {
      const text = published([entryLines(0, 'Foo\n'), ['**[1](https://x)** : **(2021-03-26)** Bar ']]);
      const error = errorOf(text);
      expect(error).toMatchObject({ line: text.split('\n').indexOf('**[1](https://x)** : **(2021-03-26)** Bar ') + 1, column: 4 });
    });
  });

  describe('errors', () => {
    it('a multi-line title without its closing space names the end of its last line', () => {
      const lines = entryLines(0, 'Foo\nBar', null);
      lines[1] = 'Bar';
      const text = published([lines, entryLines(1, 'Volgende')]);
      expect(errorOf(text)).toMatchObject({ line: text.split('\n').indexOf('Bar') + 1, column: 4, expected: '" " ending the entry (after its title)' });
    });

    it('a multi-line title cut off by the end of the file', () => {
      const full = published([entryLines(0, 'Foo\nBar')]);
      const text = full.slice(0, full.lastIndexOf(`\n${IND}</details> `));
      expect(errorOf(text)).toMatchObject({ found: 'end of file', expected: expect.stringMatching(/closing the reference list$/) });
    });

    it('a next entry without the empty line before it', () => {
      const text = published([[...entryLines(0, 'Foo\n'), ...entryLines(1, 'Bar')]]);
      expect(errorOf(text)).toMatchObject({ line: text.split('\n').findIndex((l) => l.startsWith('**[\\[1')) + 1, expected: 'an empty line before the next entry' });
    });
  });
});

// Titles built from pieces that put line breaks and spaces in every position.
// ("[" is left out: after "**" at a line start it would make structure, tried below.)
const titlePiece = fc.constantFrom('a', 'Zorg', ' ', '  ', '\n', '\n\n', ' \n', '\n ', 'é', '“', ':', '\t', '%0A', '*', ']', '\\', '<p><details>');
const plainTitle = fc.string({ unit: titlePiece, maxLength: 14 });
// Lines that read as list structure when they stand alone after a break.
const structurePiece = fc.constantFrom('\n**[\\[1\\]]** : **(2020-01-01)** x', '\n**[x', `\n${IND}</details> `, '\n\n**[\\[2\\]]', '\n<details>\n');
const anyTitle = fc.string({ unit: fc.oneof({ arbitrary: titlePiece, weight: 6 }, { arbitrary: structurePiece, weight: 1 }), maxLength: 10 });
const instant = fc.date({ min: new Date('2019-01-01T00:00:00Z'), max: new Date('2024-12-31T23:59:59Z'), noInvalidDate: true }).map((d) => d.toISOString().replace(/\.\d{3}Z$/, 'Z'));

function referenceFor(title: string, link: string, start: string, otherTitle: string): Reference {
  const date = start.slice(0, 10);
  if (link === 'none') return { number: 0, date, title };
  const url = buildDecisionLink(link === 'own' ? title : otherTitle, start);
  return { number: 0, date, title, url, meetingStart: start };
}

function reportWith(references: Reference[]): Report {
  return { heading: 'H', agreement: 'A ', body: 'B', references: references.map((r, number) => ({ ...r, number })) };
}

const link = fc.constantFrom('own', 'other', 'none');

describe('titles with line breaks: properties', () => {
  it('every title of line breaks and spaces reads back exactly, with its own link, another title\'s link, or none', () => {
    let multiLine = 0;
    fc.assert(
      fc.property(fc.array(fc.tuple(plainTitle, link, instant, plainTitle), { minLength: 1, maxLength: 5 }), (entries) => {
        const report = reportWith(entries.map(([title, how, start, other]) => referenceFor(title, how, start, other)));
        if (report.references.some((r) => r.title.includes('\n'))) multiLine++;
        expect(validateForRender(report)).toBeNull();
        const text = renderReport(report);
        const result = parseReport(text);
        if (!result.ok) throw new Error(result.error.message);
        expect(result.report.references).toEqual(report.references);
        expect(renderReport(result.report)).toBe(text);
      }),
      { numRuns: 3_000 },
    );
    expect(multiLine).toBeGreaterThan(1_000);
  });

  it('titles with structure-like lines: validateForRender passes exactly those that read back', () => {
    let passed = 0;
    let refused = 0;
    fc.assert(
      fc.property(fc.array(fc.tuple(anyTitle, link, instant, anyTitle), { minLength: 1, maxLength: 4 }), (entries) => {
        const report = reportWith(entries.map(([title, how, start, other]) => referenceFor(title, how, start, other)));
        const problem = validateForRender(report);
        const text = renderReport(report);
        const result = parseReport(text);
        const readsBack = result.ok && JSON.stringify(result.report.references) === JSON.stringify(report.references);
        if (problem === null) passed++;
        else refused++;
        if (result.ok) expect(renderReport(result.report)).toBe(text);
        return (problem === null) === readsBack;
      }),
      { numRuns: 3_000 },
    );
    expect(passed).toBeGreaterThan(300);
    expect(refused).toBeGreaterThan(300);
  });

  it('any text in the title position: a report that renders back byte for byte, or an error inside the text', () => {
    const rawLine = fc.string({ unit: fc.constantFrom('a', ' ', '**[\\[', '**[', '\\]]', `${IND}</details>`, '<details>', ':'), maxLength: 5 });
    fc.assert(
      fc.property(fc.array(rawLine, { minLength: 1, maxLength: 8 }), (raw) => {
        const text = published([['**[\\[0\\]]** : **(2020-01-01)** ' + raw[0], ...raw.slice(1)]]);
        const result = parseReport(text);
        if (result.ok) return renderReport(result.report) === text;
        return result.error.line >= 12 && result.error.line <= text.split('\n').length;
      }),
      { numRuns: 5_000 },
    );
  });
});
