import fc from 'fast-check';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseReport, renderReport, validateForRender } from './index';

const root = path.resolve(__dirname, '../../../../shared/fixtures/reports');
const exists = fs.existsSync(root);
if (!exists) console.warn(`Skipping the report fixture tests: ${root} is missing.`);

/** Every `.md` under `root`, at any depth, as [relative path, text]. */
function readFixtures(): Array<[string, string]> {
  const walk = (dir: string): string[] =>
    fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) return walk(full);
      return entry.isFile() && entry.name.endsWith('.md') ? [full] : [];
    });
  return walk(root)
    .sort()
    .map((file) => [path.relative(root, file), fs.readFileSync(file, 'utf8')]);
}

describe.skipIf(!exists)('report fixtures', () => {
  const fixtures = exists ? readFixtures() : [];
  const text = (name: string): string => {
    const found = fixtures.find(([file]) => file === name);
    if (!found) throw new Error(`fixture ${name} is missing`);
    return found[1];
  };

  it('finds the fixture tree', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(5);
  });

  it.each(fixtures)('%s: parse then render gives back the same bytes', (_file, published) => {
    const result = parseReport(published);
    if (!result.ok) throw new Error(result.error.message);
    expect(renderReport(result.report)).toBe(published);
    expect(validateForRender(result.report)).toBeNull();
    expect(result.report.body).not.toMatch(/\\\[[0-9]+\\\]/);
  });

  it('reads the content of ICT en Informatie', () => {
    const result = parseReport(text(path.join('Bestuurzaken', 'Concrete voorstellen', 'ICT en Informatie.md')));
    if (!result.ok) throw new Error(result.error.message);
    const { heading, agreement, body, references } = result.report;
    expect(heading).toBe('ICT en Informatie');
    expect(agreement.startsWith('3.2.3 ICT en Informatie Programma Vlaanderen Radicaal Digitaal II')).toBe(true);
    expect(agreement).toContain('[We stellen data maximaal en via API’s open ter beschikking]');
    expect(agreement.endsWith('gebeurt voortaan digitaal. ')).toBe(true);
    expect(body.startsWith('Samenvatting\n\nDe Vlaamse regering heeft')).toBe(true);
    expect(body).toContain('(VRD2) [0].');
    expect(body).toContain('VRD-oplossingen [3][4][5].');
    expect(body).toContain('de gezondheidszorg [21][19].');
    expect(body).not.toContain('\\[');
    expect(body).not.toContain('\\]');
    expect(references).toHaveLength(35);
    expect(references.map((r) => r.number)).toEqual([...Array(35).keys()]);
    expect(references[0]).toEqual({
      number: 0,
      date: '2020-11-27',
      title: 'Stuurorgaan Vlaams Informatie- en ICT-beleid: invulling Programma Vlaanderen Radicaal Digitaal 2',
      url: 'https://beslissingenvlaamseregering.vlaanderen.be/?search=Stuurorgaan%20Vlaams%20Informatie-%20en%20ICT-beleid%3A%20invulling%20Programma%20Vlaanderen%20Radicaal%20Digitaal%202&dateOption=select&startDate=2020-11-27T09%3A00%3A00Z&endDate=2020-11-27T09%3A00%3A00Z',
      meetingStart: '2020-11-27T09:00:00Z',
    });
    expect(references[34]).toMatchObject({
      number: 34,
      date: '2023-11-17',
      title: 'Oproep 2023 “Digitale transformatieprojecten voor maatwerkbedrijven',
      meetingStart: '2023-11-17T09:00:00Z',
    });
  });

  it('reads the odd entries of the other fixtures', () => {
    const rand = parseReport(text(path.join('Vlaamse rand', 'Extra maatregelen', 'Stand van de Rand.md')));
    const cultuur = parseReport(text(path.join('Brussel', 'Cultuur en toerisme.md')));
    if (!rand.ok || !cultuur.ok) throw new Error('fixture did not parse');
    expect(rand.report.references[0]).toEqual({ number: 0, date: '2020-07-10', title: '' });
    expect(cultuur.report.references[9].title).toBe('Steunpunt voor Bovenlokale Cultuur vzw: werkingssubsidie 2020-2024\n');
    expect(cultuur.report.references[9].url).toContain('%0A&dateOption');
    expect(cultuur.report.body).toContain('\\[21].\n   \n2. Specifieke'.replace('\\[21]', '[21]'));
  });


  // Damaged copies of real reports: the parser must answer with a report that renders back
  // to exactly the damaged text, or with a FormatError that points inside the text.
  const edit = fc.record({
    kind: fc.constantFrom('delete', 'insert', 'replace'),
    at: fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }),
    char: fc.constantFrom('\n', ' ', '\\', '[', ']', '(', ')', '*', '<', '>', '/', 'p', '0', '7', 'a', '\r', '“', '#', ':', '        '),
  });
  function damage(published: string, edits: Array<{ kind: string; at: number; char: string }>): string {
    let text = published;
    for (const { kind, at, char } of edits) {
      const i = Math.floor(at * (text.length + (kind === 'insert' ? 1 : 0)));
      if (kind === 'insert') text = text.slice(0, i) + char + text.slice(i);
      else if (kind === 'delete') text = text.slice(0, i) + text.slice(i + 1);
      else text = text.slice(0, i) + char + text.slice(i + 1);
    }
    return text;
  }

  it('answers every damaged fixture with a faithful report or a FormatError inside the text (property)', () => {
    let reports = 0;
    let errors = 0;
    fc.assert(
      fc.property(fc.constantFrom(...fixtures.map(([, published]) => published)), fc.array(edit, { minLength: 1, maxLength: 4 }), (published, edits) => {
        const text = damage(published, edits);
        const result = parseReport(text);
        if (result.ok) {
          reports++;
          expect(renderReport(result.report)).toBe(text);
          expect(validateForRender(result.report)).toBeNull();
        } else {
          errors++;
          const lines = text.split('\n');
          const { line, column, message, expected, found } = result.error;
          expect(line).toBeGreaterThanOrEqual(1);
          expect(line).toBeLessThanOrEqual(lines.length);
          expect(column).toBeGreaterThanOrEqual(1);
          expect(column).toBeLessThanOrEqual(lines[line - 1].length + 1);
          expect(message.startsWith(`line ${line}: expected ${expected}, found `)).toBe(true);
          expect(found.length).toBeLessThanOrEqual(66);
        }
      }),
      { numRuns: 3_000 },
    );
    // Both outcomes must actually be exercised, or the property proves little.
    expect(reports).toBeGreaterThan(100);
    expect(errors).toBeGreaterThan(100);
  });
});
