import { describe, expect, it } from 'vitest';
import type { Report } from '../../shared/models';
import { buildDecisionLink } from '../links/decision-link';
import { parseReport, renderReport, validateForRender } from './index';

// Report texts are assembled line by line here, independently of renderReport, so the
// tests pin the published layout itself.
const IND = '        ';

interface Parts {
  heading?: string;
  agreement?: string;
  body?: string[];
  /** Each entry as its line(s). */
  entries?: string[][];
}

function published({ heading = 'Media', agreement = '5.9 Media We steunen de media. ', body = ['Samenvatting', '', 'Tekst \\[0\\].'], entries = [[entry(0)]] }: Parts): string {
  const lines = [
    `# ${heading}`,
    '',
    '<details>',
    `${IND}<summary>Regeerakkoord Sectie </summary>`,
    `${IND}<p>${agreement}</p>`,
    `${IND}</details> `,
    '',
    ...body,
    '',
    '<details>',
    `${IND}<summary> Referenties</summary>`,
    IND,
  ];
  entries.forEach((lines_, i) => {
    if (i > 0) lines.push('');
    lines.push(...lines_);
  });
  lines.push(`${IND}</details> `, '', '');
  return lines.join('\n');
}

function entry(n: number, title = 'Een beslissing', date = '2021-03-26', url: string | null = buildDecisionLink(title, `${date}T09:00:00Z`)): string {
  return `**[\\[${n}\\]]${url === null ? '' : `(${url})`}** : **(${date})** ${title} `;
}

/** Parses, insists on success and on the exact round trip, returns the report. */
function roundTrip(text: string): Report {
  const result = parseReport(text);
  if (!result.ok) throw new Error(`expected a report, got ${result.error.message}`);
  expect(renderReport(result.report)).toBe(text);
  expect(validateForRender(result.report)).toBeNull();
  return result.report;
}

function errorOf(text: string) {
  const result = parseReport(text);
  if (result.ok) throw new Error('expected a FormatError, got a report');
  return result.error;
}

describe('parseReport: the layout', () => {
  it('reads heading, agreement, body (edit form) and references', () => {
    const url = buildDecisionLink("COVID-19: projectoproep 'Flanders is a festival'", '2021-03-26T09:00:00Z');
    const report = roundTrip(
      published({ body: ['Samenvatting', '', 'Zie \\[0\\].'], entries: [[entry(0, "COVID-19: projectoproep 'Flanders is a festival'", '2021-03-26', url)]] }),
    );
    expect(report).toEqual({
      heading: 'Media',
      agreement: '5.9 Media We steunen de media. ',
      body: 'Samenvatting\n\nZie [0].',
      references: [{ number: 0, date: '2021-03-26', title: "COVID-19: projectoproep 'Flanders is a festival'", url, meetingStart: '2021-03-26T09:00:00Z' }],
    });
  });

  it('keeps the agreement verbatim: hyphenation, quotes, [commitments], trailing space', () => {
    const agreement = '3.2.3 ICT en Informatie een ‘slimmere overheid’ en infor-matie. [We stellen data maximaal en via API’s open ter beschikking]: “diensten” ';
    expect(roundTrip(published({ agreement })).agreement).toBe(agreement);
    expect(roundTrip(published({ agreement: '' })).agreement).toBe('');
    expect(roundTrip(published({ agreement: '<p>a</ p> & <b>' })).agreement).toBe('<p>a</ p> & <b>');
  });

  it('keeps the heading verbatim, also empty or with trailing spaces', () => {
    expect(roundTrip(published({ heading: 'ICT en Informatie' })).heading).toBe('ICT en Informatie');
    expect(roundTrip(published({ heading: '' })).heading).toBe('');
    expect(roundTrip(published({ heading: '# Stand van de Rand  ' })).heading).toBe('# Stand van de Rand  ');
  });
});

describe('parseReport: bodies', () => {
  const bodies: Array<[string, string[]]> = [
    ['Samenvatting and an empty line', ['Samenvatting', '', 'De regering \\[0\\].']],
    ['Samenvatting:', ['Samenvatting:', '', 'Het regeerakkoord \\[0\\].']],
    ['a # heading', ['# Evaluatie van de Naleving', '', 'Na een doorlichting \\[0\\].']],
    ['a ### heading', ['### Uitvoering Projecten', '', 'Er zijn besluiten \\[0\\].']],
    ['a numbered list with a line of three spaces', ['1. Investeringen \\[0\\]\\[1\\].', '   ', '2. Evenementen \\[1\\].']],
    ['a bullet list', ['- Het **Coördinatieplatform** \\[0\\].', '- In de **Actualisatienota** \\[0\\].']],
    ['a single empty line (empty body)', ['']],
    ['leading and trailing empty lines', ['', '', 'Tekst.', '', '']],
    ['HTML, including a fake reference list', ['<details>', `${IND}<summary> Referenties</summary>`, IND, entry(0), `${IND}</details> `, '', 'Slot.']],
    ['trailing spaces and tabs', ['Regel  ', '\tingesprongen', ' ']],
  ];
  it.each(bodies)('reads a body starting with %s', (_what, body) => {
    const report = roundTrip(published({ body }));
    expect(report.body).toBe(body.join('\n').replaceAll('\\[', '[').replaceAll('\\]', ']'));
    expect(report.references).toHaveLength(1);
  });

  it('shows citations as [N], keeps literal bracketed numbers apart', () => {
    const report = roundTrip(published({ body: ['A \\[3\\]\\[4\\]\\[5\\], B \\[21\\]\\[19\\], letterlijk [7] en \\[8] en \\[03\\].'] }));
    expect(report.body).toBe('A [3][4][5], B [21][19], letterlijk \\[7] en \\\\[8] en [03].');
  });
});

describe('parseReport: reference entries', () => {
  it('reads an entry without a link', () => {
    const report = roundTrip(published({ entries: [['**[\\[0\\]]** : **(2020-07-10)** Zonder link ']] }));
    expect(report.references).toEqual([{ number: 0, date: '2020-07-10', title: 'Zonder link' }]);
  });

  it('reads an empty title (the line ends in two spaces), with and without link', () => {
    const report = roundTrip(published({ entries: [['**[\\[0\\]]** : **(2020-07-10)**  '], [entry(1, '')]] }));
    expect(report.references.map((r) => r.title)).toEqual(['', '']);
    expect(report.references[0].url).toBeUndefined();
    expect(report.references[1].meetingStart).toBe('2021-03-26T09:00:00Z');
  });

  it('keeps titles with ‘’“–&,() and an unbalanced “ verbatim', () => {
    const titles = [
      'Plan Vlaamse Veerkracht: ‘doelgericht digitaal transformeren’ (VV072) en –informatie (SIEM)',
      'Oproep 2023 “Digitale transformatieprojecten voor maatwerkbedrijven',
      'Konekt vzw: 3 miljoen euro & meer, \'De Inclusiehub\'',
      'Titel met ) en )** : **( erin',
      '  spaties rondom  ',
    ];
    const report = roundTrip(published({ entries: titles.map((title, n) => [entry(n, title)]) }));
    expect(report.references.map((r) => r.title)).toEqual(titles);
  });

  it('reads a title that ends in a raw line break (second line a single space), link with %0A', () => {
    const url =
      'https://beslissingenvlaamseregering.vlaanderen.be/?search=Steunpunt%20voor%20Bovenlokale%20Cultuur%20vzw%3A%20werkingssubsidie%202020-2024%0A&dateOption=select&startDate=2020-03-27T09%3A00%3A00Z&endDate=2020-03-27T09%3A00%3A00Z';
    const report = roundTrip(
      published({
        entries: [
          [entry(0)],
          [`**[\\[1\\]](${url})** : **(2020-03-27)** Steunpunt voor Bovenlokale Cultuur vzw: werkingssubsidie 2020-2024`, ' '],
          [entry(2)],
        ],
      }),
    );
    expect(report.references[1]).toEqual({
      number: 1,
      date: '2020-03-27',
      title: 'Steunpunt voor Bovenlokale Cultuur vzw: werkingssubsidie 2020-2024\n',
      url,
      meetingStart: '2020-03-27T09:00:00Z',
    });
    expect(report.references.map((r) => r.number)).toEqual([0, 1, 2]);
  });

  it('reads line-break titles as the last entry, with a space before the break, or holding only the break', () => {
    const report = roundTrip(
      published({ entries: [['**[\\[0\\]]** : **(2020-03-27)** ', ' '], ['**[\\[1\\]]** : **(2020-03-27)** Titel ', ' ']] }),
    );
    expect(report.references.map((r) => r.title)).toEqual(['\n', 'Titel \n']);
  });

  it('keeps duplicate and out-of-order numbers in list order', () => {
    const report = roundTrip(published({ entries: [[entry(3)], [entry(1)], [entry(1)], [entry(0)], [entry(9007199254740991)]] }));
    expect(report.references.map((r) => r.number)).toEqual([3, 1, 1, 0, 9007199254740991]);
  });

  it('keeps dates verbatim, also impossible ones', () => {
    const dates = ['2021-02-30', '2021-13-45', '0000-00-00', '', 'onbekend', '2021-2-3'];
    const report = roundTrip(published({ entries: dates.map((date, n) => [entry(n, 'T', date, null)]) }));
    expect(report.references.map((r) => r.date)).toEqual(dates);
  });

  it('keeps links verbatim; meetingStart only for decision links with a real start instant', () => {
    const other = 'https://nl.wikipedia.org/wiki/Vlaamse_Rand_(regio)?q=a%20b';
    const badStart = buildDecisionLink('T', 'gisteren');
    const summer = buildDecisionLink('T', '2023-06-23T08:00:00Z');
    const report = roundTrip(published({ entries: [[entry(0, 'T', '2020-01-01', other)], [entry(1, 'T', '2020-01-01', badStart)], [entry(2, 'T', '2023-06-23', summer)]] }));
    expect(report.references[0]).toEqual({ number: 0, date: '2020-01-01', title: 'T', url: other });
    expect(report.references[1]).toEqual({ number: 1, date: '2020-01-01', title: 'T', url: badStart });
    expect(report.references[2].meetingStart).toBe('2023-06-23T08:00:00Z');
  });

  it('reads an empty reference list: the eight-space line directly followed by the closing line', () => {
    const text = published({ entries: [] });
    expect(text.endsWith(`<summary> Referenties</summary>\n${IND}\n${IND}</details> \n\n`)).toBe(true);
    expect(roundTrip(text).references).toEqual([]);
  });
});

describe('parseReport: errors name the line and what was expected', () => {
  const good = published({ entries: [[entry(0)], [entry(1)], [entry(2)]] });
  const goodLines = good.split('\n');
  const withLine = (index: number, line: string) => goodLines.map((l, i) => (i === index ? line : l)).join('\n');

  it('an empty string', () => {
    expect(errorOf('')).toEqual({
      line: 1,
      column: 1,
      expected: '"# " followed by the heading',
      found: 'end of file',
      message: 'line 1: expected "# " followed by the heading, found end of file',
    });
  });

  it('random text', () => {
    const error = errorOf('Dit is geen verslag.\nHelemaal niet.');
    expect(error).toMatchObject({ line: 1, column: 1, found: 'Dit is geen verslag.' });
    expect(error.message).toBe('line 1: expected "# " followed by the heading, found "Dit is geen verslag."');
  });

  it('a heading line without the space', () => {
    expect(errorOf(withLine(0, '#Media'))).toMatchObject({ line: 1, column: 2 });
  });

  it('an agreement paragraph that is not indented', () => {
    const error = errorOf(withLine(4, '<p>5.9 Media</p>'));
    expect(error).toMatchObject({ line: 5, column: 1, expected: '"        <p>" opening the agreement text' });
    expect(error.message).toBe('line 5: expected "        <p>" opening the agreement text, found "<p>5.9 Media</p>"');
  });

  it('an agreement without </p> at the end of its line, or with </p> inside', () => {
    expect(errorOf(withLine(4, `${IND}<p>5.9 Media`))).toMatchObject({ line: 5, column: 21, expected: '"</p>" closing the agreement text at the end of its line' });
    expect(errorOf(withLine(4, `${IND}<p>a</p>b</p>`))).toMatchObject({ line: 5, column: 13 });
  });

  it('each fixed line of the agreement block', () => {
    expect(errorOf(withLine(1, 'x'))).toMatchObject({ line: 2, expected: 'an empty line after the heading' });
    expect(errorOf(withLine(2, '<detail>'))).toMatchObject({ line: 3, column: 8 });
    expect(errorOf(withLine(3, `${IND}<summary>Regeerakkoord Sectie</summary>`))).toMatchObject({ line: 4, column: 38 });
    expect(errorOf(withLine(5, `${IND}</details>`))).toMatchObject({ line: 6, column: 19 });
    expect(errorOf(withLine(6, ' '))).toMatchObject({ line: 7, expected: 'an empty line after the agreement block' });
    expect(errorOf(withLine(2, '')).message).toBe('line 3: expected "<details>" opening the agreement block, found an empty line');
  });

  it('a report with its reference list cut off', () => {
    const cut = good.slice(0, good.indexOf('\n<details>\n        <summary> Referenties') + 1);
    const error = errorOf(cut);
    expect(error.line).toBe(cut.split('\n').length);
    expect(error.found).toBe('end of file');
    expect(error.expected).toMatch(/^the reference list/);
  });

  it('a report cut off inside its reference list', () => {
    const afterEntry = good.slice(0, good.indexOf('**[\\[1\\]]') - 1);
    expect(errorOf(afterEntry)).toMatchObject({ line: afterEntry.split('\n').length, found: 'end of file' });
    expect(errorOf(afterEntry).expected).toMatch(/^an empty line before the next entry/);
    const afterBlank = good.slice(0, good.indexOf('**[\\[1\\]]'));
    expect(errorOf(afterBlank)).toMatchObject({ line: afterBlank.split('\n').length, found: 'end of file' });
    expect(errorOf(afterBlank).expected).toMatch(/^"\*\*\[\\\[" opening a reference entry/);
  });

  it('a bad entry line names its line and column', () => {
    const line = goodLines.indexOf(entry(1));
    const noSeparator = entry(1).replace('** : **(', '** **(');
    const error = errorOf(withLine(line, noSeparator));
    expect(error.line).toBe(line + 1);
    expect(error.column).toBe(noSeparator.indexOf('(') + 2);
    expect(error.message).toMatch(new RegExp(`^line ${line + 1}: expected the link followed by`));

    expect(errorOf(withLine(line, entry(1).replace('[\\[1\\]]', '[1]')))).toMatchObject({ line: line + 1, column: 4 });
    expect(errorOf(withLine(line, entry(1).replace('\\[1\\]', '\\[01\\]')))).toMatchObject({ line: line + 1, column: 6, expected: 'a reference number without leading zeros' });
    expect(errorOf(withLine(line, entry(1).replace('\\[1\\]', '\\[9007199254740992\\]')))).toMatchObject({ line: line + 1, column: 6, expected: 'a reference number of at most 9007199254740991' });
    expect(errorOf(withLine(line, entry(1).replace('\\[1\\]', `\\[${'9'.repeat(400)}\\]`)))).toMatchObject({ line: line + 1, column: 6 });
    expect(errorOf(withLine(line, entry(1).replace('\\[1\\]', '\\[x\\]')))).toMatchObject({ line: line + 1, expected: 'the reference number' });
    expect(errorOf(withLine(line, entry(1).replace('1\\]]', '1]]')))).toMatchObject({ line: line + 1, column: 7 });
    expect(errorOf(withLine(line, entry(1).slice(0, -1)))).toMatchObject({ line: line + 1, column: entry(1).length });
    expect(errorOf(withLine(line, entry(1).replace(')** ', ') ')))).toMatchObject({ line: line + 1 });
    expect(errorOf(withLine(line, '**[\\[1\\]]()** : **(2020-01-01)** T '))).toMatchObject({ line: line + 1, column: 11, expected: 'a link between "(" and ")"' });
    expect(errorOf(withLine(line, '**[\\[1\\]]** **(2020-01-01)** T '))).toMatchObject({ line: line + 1, column: 10 });
  });

  it('a missing or extra empty line between entries', () => {
    const line = goodLines.indexOf(entry(1));
    const joined = [...goodLines.slice(0, line - 1), ...goodLines.slice(line)].join('\n');
    expect(errorOf(joined)).toMatchObject({ line: line, expected: expect.stringMatching(/^an empty line before the next entry/) });
    const doubled = [...goodLines.slice(0, line), '', ...goodLines.slice(line)].join('\n');
    expect(errorOf(doubled)).toMatchObject({ line: line + 1, column: 1 });
  });

  it('an empty line after the last entry', () => {
    const close = goodLines.lastIndexOf(`${IND}</details> `);
    const text = [...goodLines.slice(0, close), '', ...goodLines.slice(close)].join('\n');
    expect(errorOf(text)).toMatchObject({ line: close + 1, column: 1, expected: expect.stringMatching(/right after the last entry/) });
  });

  it('a body not followed by an empty line, and a body of no lines at all', () => {
    const details = goodLines.lastIndexOf('<details>');
    expect(errorOf([...goodLines.slice(0, details - 1), ...goodLines.slice(details)].join('\n'))).toMatchObject({ line: details - 1, column: 1 });
    const noBody = [...goodLines.slice(0, 7), ...goodLines.slice(details - 1)].join('\n');
    expect(errorOf(noBody)).toMatchObject({ line: 9, expected: expect.stringMatching(/^the assessment text/) });
  });

  it('the end of the file: "\\n\\n" exactly', () => {
    expect(errorOf(good.slice(0, -1))).toMatchObject({ line: goodLines.length - 1, expected: expect.stringMatching(/^an empty line ending the file/), found: 'end of file' });
    expect(errorOf(good.slice(0, -2))).toMatchObject({ line: goodLines.length - 2, found: 'end of file' });
    expect(errorOf(`${good}\n`)).toMatchObject({ line: goodLines.length, expected: 'the end of the file after the reference list' });
    expect(errorOf(`${good}x`)).toMatchObject({ line: goodLines.length, found: 'x' });
  });

  it('a file with CRLF line ends says so', () => {
    const error = errorOf(good.replaceAll('\n', '\r\n'));
    expect(error.line).toBe(2);
    expect(error.message).toMatch(/CR: the format uses LF line ends only/);
  });

  it('a file with a byte order mark says so', () => {
    expect(errorOf(`\uFEFF${good}`).expected).toMatch(/byte order mark/);
  });

  it('half a surrogate pair', () => {
    const text = withLine(8, `Tekst \uD83D en meer`);
    expect(errorOf(text)).toMatchObject({ line: 9, column: 7, expected: expect.stringMatching(/^valid Unicode text/) });
  });

  it('errors on long lines show the text at the problem, not the line start', () => {
    const long = 'x'.repeat(3000);
    const error = errorOf(withLine(4, `${IND}<p>${long}`));
    expect(error.column).toBe(3012);
    expect(error.found).toBe(`...${'x'.repeat(10)}`);
  });
});
