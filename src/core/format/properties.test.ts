import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Reference, Report } from '../../shared/models';
import { buildDecisionLink } from '../links/decision-link';
import { escapeBody, parseReport, renderReport, validateForRender } from './index';

// Alphabets aimed at the layout's delimiters: brackets, backslashes, digits, the entry
// and block markers, unicode quotes, spaces (also at ends) and, where allowed, newlines.
const inline = ['a', 'Z', ' ', '  ', '0', '7', '12', '[', ']', '\\', '(', ')', '*', '**', ':', '-', '‘', '’', '“', '”', '–', '&', ',', 'é', '🙂', '<p>', '</p', '<details>', '</details> ', '        ', ')** : **(', '**[\\[', '\\]]', '%0A', '#', '\t'];
const multiline = [...inline, '\n', '\n\n', '\n<details>\n', '\n        </details> \n', '\n        \n', '\n \n', '\\[3\\]', '[3]', '\\\\[4]'];

const line = fc.string({ unit: fc.constantFrom(...inline), maxLength: 12 });
const text = fc.string({ unit: fc.constantFrom(...multiline), maxLength: 30 });
const instant = fc
  .date({ min: new Date('2019-01-01T00:00:00Z'), max: new Date('2024-12-31T23:59:59Z'), noInvalidDate: true })
  .map((d) => d.toISOString().replace(/\.\d{3}Z$/, 'Z'));

/** Only representable references: one-line date without ")", title with at most a final line break, a usable link. */
const representableReference: fc.Arbitrary<Reference> = fc
  .record({
    number: fc.oneof(fc.nat(60), fc.constant(Number.MAX_SAFE_INTEGER)),
    title: fc.tuple(line, fc.boolean()).map(([t, br]) => (br ? `${t}\n` : t)),
    date: fc.oneof(instant.map((s) => s.slice(0, 10)), line.filter((d) => !d.includes(')'))),
    start: instant,
    link: fc.constantFrom('decision', 'other', 'none'),
    other: line.filter((u) => u !== '' && !u.includes(')** : **(')),
  })
  .map(({ number, title, date, start, link, other }) => {
    if (link === 'none') return { number, date, title };
    if (link === 'other') return { number, date, title, url: other };
    return { number, date, title, url: buildDecisionLink(title, start), meetingStart: start };
  });

const representableReport: fc.Arbitrary<Report> = fc.record({
  heading: line,
  agreement: line.filter((a) => !a.includes('</p>')),
  body: text,
  references: fc.array(representableReference, { maxLength: 6 }),
});

/** Anything at all, representable or not. */
const anyReport: fc.Arbitrary<Report> = fc.record({
  heading: text,
  agreement: text,
  body: text,
  references: fc.array(
    fc.record(
      {
        number: fc.oneof(fc.integer({ min: -3, max: 30 }), fc.double(), fc.constant(2 ** 53)),
        date: text,
        title: text,
        url: text,
      },
      { requiredKeys: ['number', 'date', 'title'] },
    ),
    { maxLength: 4 },
  ),
});

/** The parsed report equals the original in everything the format stores. */
function sameStored(parsed: Report, original: Report): boolean {
  return (
    parsed.heading === original.heading &&
    parsed.agreement === original.agreement &&
    escapeBody(parsed.body) === escapeBody(original.body) &&
    parsed.references.length === original.references.length &&
    parsed.references.every((r, i) => {
      const o = original.references[i];
      return r.number === o.number && r.date === o.date && r.title === o.title && r.url === o.url;
    })
  );
}

describe('format properties', () => {
  it('parseReport answers every string with a report or a FormatError, never a throw', () => {
    const units = [fc.string({ unit: 'binary', maxLength: 400 }), text, fc.string({ unit: fc.constantFrom('\uD800', '\uDC00', 'a', '\n'), maxLength: 20 })];
    fc.assert(
      fc.property(fc.oneof(...units), (input) => {
        const result = parseReport(input);
        if (result.ok) return renderReport(result.report) === input;
        const { line, column, message } = result.error;
        return line >= 1 && line <= input.split('\n').length && column >= 1 && message.startsWith(`line ${line}: expected `);
      }),
      { numRuns: 3_000 },
    );
  });

  it('texts assembled from layout lines: a faithful report or a FormatError', () => {
    const layoutLine = fc.constantFrom(
      '# Media', '', '', '<details>', '        <summary>Regeerakkoord Sectie </summary>', '        <p>5.9 Media </p>', '        </details> ',
      'Tekst \\[0\\].', '[1]', '        <summary> Referenties</summary>', '        ', '**[\\[0\\]]** : **(2020-01-01)** T ',
      '**[\\[1\\]](u)** : **(x)** ', '**[\\[2\\]]** : **()** T', ' ',
    );
    const head = ['# Media', '', '<details>', '        <summary>Regeerakkoord Sectie </summary>', '        <p>5.9 Media </p>', '        </details> ', ''];
    const tail = (entries: string[]) => ['', '<details>', '        <summary> Referenties</summary>', '        ', ...entries, '        </details> ', '', ''];
    const lines = fc.array(layoutLine, { maxLength: 8 });
    let reports = 0;
    let errors = 0;
    fc.assert(
      fc.property(fc.boolean(), lines, fc.option(lines, { freq: 4 }), (withHead, body, entries) => {
        const input = [...(withHead ? head : []), ...body, ...(entries === null ? [] : tail(entries))].join('\n');
        const result = parseReport(input);
        if (!result.ok) {
          errors++;
          return result.error.line >= 1 && result.error.line <= input.split('\n').length;
        }
        reports++;
        return renderReport(result.report) === input && validateForRender(result.report) === null;
      }),
      { numRuns: 20_000 },
    );
    expect(reports).toBeGreaterThan(500);
    expect(errors).toBeGreaterThan(500);
  });

  it('representable reports are accepted and read back exactly: render(parse(render(r))) === render(r)', () => {
    fc.assert(
      fc.property(representableReport, (report) => {
        expect(validateForRender(report)).toBeNull();
        const rendered = renderReport(report);
        const result = parseReport(rendered);
        if (!result.ok) throw new Error(result.error.message);
        expect(renderReport(result.report)).toBe(rendered);
        expect(sameStored(result.report, report)).toBe(true);
        result.report.references.forEach((r, i) => expect(r.meetingStart).toBe(report.references[i].meetingStart));
      }),
      { numRuns: 2_000 },
    );
  });

  it('validateForRender is exact: it passes a report if and only if the written file reads back the same', () => {
    let passed = 0;
    let refused = 0;
    fc.assert(
      fc.property(anyReport, (report) => {
        const problem = validateForRender(report);
        const rendered = renderReport(report);
        const result = parseReport(rendered);
        const readsBack = result.ok && sameStored(result.report, report) && renderReport(result.report) === rendered;
        if (problem === null) passed++;
        else refused++;
        return (problem === null) === readsBack;
      }),
      { numRuns: 3_000 },
    );
    expect(passed).toBeGreaterThan(50);
    expect(refused).toBeGreaterThan(50);
  });

  it('stays linear on hostile input', () => {
    const body = '\\'.repeat(300_000) + '[' + '9'.repeat(300_000) + '\n' + ')** : **'.repeat(50_000);
    const entryLine = `**[\\[1\\]](${')** : **'.repeat(100_000)})** : **(${'('.repeat(100_000)})** x `;
    const hostile = [
      '# H', '', '<details>', '        <summary>Regeerakkoord Sectie </summary>', `        <p>${'</p'.repeat(100_000)}</p>`, '        </details> ', '',
      body, '', '<details>', '        <summary> Referenties</summary>', '        ', entryLine, '        </details> ', '', '',
    ].join('\n');
    const started = performance.now();
    const result = parseReport(hostile);
    const elapsed = performance.now() - started;
    if (!result.ok) throw new Error(result.error.message);
    expect(renderReport(result.report)).toBe(hostile);
    expect(elapsed).toBeLessThan(1_000);
    const many = `${'<details>\n'.repeat(100_000)}`;
    expect(parseReport(many).ok).toBe(false);
  });
});
