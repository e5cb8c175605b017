import { describe, expect, it } from 'vitest';
import type { Reference, Report } from '../../shared/models';
import { buildDecisionLink } from '../links/decision-link';
import { parseReport, renderReport, reportFileName, validateForRender } from './index';

const url = buildDecisionLink('Steunpunt: werkingssubsidie 2020-2024\n', '2020-03-27T09:00:00Z');

const report: Report = {
  heading: 'Cultuur en toerisme',
  agreement: '5.6 Cultuur en toerisme We promoten het merk “Brussel(s)”. ',
  body: 'Samenvatting\n\nZie [0][1] en letterlijk \\[2].',
  references: [
    { number: 0, date: '2020-07-10', title: '' },
    { number: 1, date: '2020-03-27', title: 'Steunpunt: werkingssubsidie 2020-2024\n', url, meetingStart: '2020-03-27T09:00:00Z' },
  ],
};

describe('renderReport', () => {
  it('writes the published layout byte for byte', () => {
    expect(renderReport(report)).toBe(
      [
        '# Cultuur en toerisme',
        '',
        '<details>',
        '        <summary>Regeerakkoord Sectie </summary>',
        '        <p>5.6 Cultuur en toerisme We promoten het merk “Brussel(s)”. </p>',
        '        </details> ',
        '',
        'Samenvatting',
        '',
        'Zie \\[0\\]\\[1\\] en letterlijk [2].',
        '',
        '<details>',
        '        <summary> Referenties</summary>',
        '        ',
        '**[\\[0\\]]** : **(2020-07-10)**  ',
        '',
        `**[\\[1\\]](${url})** : **(2020-03-27)** Steunpunt: werkingssubsidie 2020-2024`,
        ' ',
        '        </details> ',
        '',
        '',
      ].join('\n'),
    );
  });

  it('writes an empty reference list as the eight-space line followed by the closing line', () => {
    expect(renderReport({ ...report, references: [] }).endsWith('<summary> Referenties</summary>\n        \n        </details> \n\n')).toBe(true);
  });

  it('writes an empty body as one empty line between the two empty lines', () => {
    expect(renderReport({ ...report, body: '' })).toContain('        </details> \n\n\n\n<details>\n');
  });

  it('uses the stored link verbatim, never a rebuilt one', () => {
    const loose = "https://beslissingenvlaamseregering.vlaanderen.be/?search=COVID-19%3A%20'Flanders'&dateOption=select&startDate=x&endDate=y";
    const text = renderReport({ ...report, references: [{ number: 4, date: '2021-03-26', title: "COVID-19: 'Flanders'", url: loose, meetingStart: '2021-03-26T09:00:00Z' }] });
    expect(text).toContain(`**[\\[4\\]](${loose})** : **(2021-03-26)** COVID-19: 'Flanders' \n`);
  });

  it('reads back what it wrote', () => {
    const result = parseReport(renderReport(report));
    expect(result).toEqual({ ok: true, report });
  });
});

describe('validateForRender', () => {
  const ref = (patch: Partial<Reference>): Report => ({ ...report, references: [report.references[0], { ...report.references[1], ...patch }] });

  it('accepts a representable report, whatever its body', () => {
    expect(validateForRender(report)).toBeNull();
    for (const body of ['', '\n', '\n\nTekst\n\n', '<details>\n        </details> \n', '[1\\] \\\\[2\\]']) {
      expect(validateForRender({ ...report, body })).toBeNull();
    }
    expect(validateForRender(ref({ date: '2021-02-30' }))).toBeNull();
    expect(validateForRender(ref({ date: '' }))).toBeNull();
    expect(validateForRender(ref({ url: undefined, meetingStart: undefined }))).toBeNull();
    expect(validateForRender(ref({ title: '\n' }))).toBeNull();
    for (const title of ['a\nb', 'a\n\n', 'a\n \n', ' \n a \n', 'a\n**b', 'a\n<details> x']) {
      expect(validateForRender(ref({ title, url: undefined, meetingStart: undefined }))).toBeNull();
    }
  });

  it('accepts a title with lines that look like list structure when its own link names it', () => {
    const title = 'a \n\n**[\\[1\\]]** : **(2020-01-01)** b\n        </details> ';
    const linked = buildDecisionLink(title, '2020-03-27T09:00:00Z');
    expect(validateForRender(ref({ title, url: linked }))).toBeNull();
    expect(validateForRender(ref({ title, url: undefined }))).toMatch(/starts with "\*\*\[" or is " {8}<\/details> "/);
  });

  it.each<[string, Report, RegExp]>([
    ['a heading with a line break', { ...report, heading: 'a\nb' }, /heading must be a single line/],
    ['an agreement with a line break', { ...report, agreement: 'a\nb' }, /agreement text must be a single line/],
    ['an agreement holding </p>', { ...report, agreement: 'a</p>b' }, /must not contain "<\/p>"/],
    ['an unlinked title with a line opening an entry', ref({ title: 'a\n**[\\[2\\]]** b', url: undefined }), /^Reference 2 of the list: the title has a line that starts with "\*\*\["/],
    ['an unlinked title with a damaged entry line', ref({ title: 'a\n\n**[2]** b', url: undefined }), /starts with "\*\*\["/],
    ['an unlinked title with the closing line', ref({ title: 'a\n        </details>', url: undefined }), /or is " {8}<\/details> "/],
    ['a title whose link names another title', ref({ title: 'a\n**[x' }), /starts with "\*\*\["/],
    ['a title with a <details> line, even linked', ref({ title: 'a\n<details>\nb', url: buildDecisionLink('a\n<details>\nb', '2020-03-27T09:00:00Z') }), /a line "<details>"/],
    ['a negative number', ref({ number: -1 }), /the number must be a whole number/],
    ['a fractional number', ref({ number: 1.5 }), /the number must be a whole number/],
    ['an unsafe number', ref({ number: 2 ** 53 }), /the number must be a whole number/],
    ['NaN', ref({ number: Number.NaN }), /the number must be a whole number/],
    ['a date holding ")"', ref({ date: '2020-01-01)' }), /the date must be one line without "\)"/],
    ['a date with a line break', ref({ date: '2020\n01' }), /the date must be one line/],
    ['an empty link', ref({ url: '' }), /the link is empty/],
    ['a link with a line break', ref({ url: 'https://a\nb' }), /the link must be a single line/],
    ['a link holding ")** : **("', ref({ url: 'https://a)** : **(b' }), /must not contain "\)\*\* : \*\*\("/],
    ['half a surrogate pair in the body', { ...report, body: 'a\uD800b' }, /The body holds a broken character/],
    ['half a surrogate pair in a title', ref({ title: '\uDC00' }), /the title holds a broken character/],
  ])('refuses %s', (_what, bad, message) => {
    expect(validateForRender(bad)).toMatch(message);
  });
});

describe('reportFileName', () => {
  it('is the section name plus .md', () => {
    expect(reportFileName('ICT en Informatie')).toBe('ICT en Informatie.md');
  });
});
