import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Diagnostic, Report } from '../../shared/models';
import { parseReport } from '../format';
import { checkSection } from './check';
import { applySafeFixes } from './fixes';

const root = path.resolve(__dirname, '../../../../shared/fixtures/reports');
const exists = fs.existsSync(root);
if (!exists) console.warn(`Skipping the citation checks on the report fixtures: ${root} is missing.`);

function readReports(): Map<string, Report> {
  const walk = (dir: string): string[] =>
    fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
      const full = path.join(dir, e.name);
      return e.isDirectory() ? walk(full) : e.isFile() && e.name.endsWith('.md') ? [full] : [];
    });
  const reports = new Map<string, Report>();
  for (const file of walk(root).sort()) {
    const parsed = parseReport(fs.readFileSync(file, 'utf8'));
    if (!parsed.ok) throw new Error(`${file}: ${parsed.error.message}`);
    reports.set(path.relative(root, file), parsed.report);
  }
  return reports;
}

// The Jambon government's term, which the fixtures assess.
const TERM = { termStart: '2019-10-02', termEnd: '2024-09-30', today: '2025-01-01' };
const NUMBERING: ReadonlySet<Diagnostic['code']> = new Set([
  'citation-missing-reference',
  'reference-uncited',
  'reference-numbering',
  'citation-order',
  'citation-malformed',
]);

describe.skipIf(!exists)('the checker on the report fixtures', () => {
  const reports = exists ? readReports() : new Map<string, Report>();
  const check = (name: string, extra: object = {}) => {
    const report = reports.get(name);
    if (!report) throw new Error(`fixture ${name} is missing`);
    return checkSection({ ...report, ...TERM, verdict: 'kept', ...extra });
  };

  it('reads all five reports', () => {
    expect(reports.size).toBe(5);
  });

  it('finds no numbering, citation or link problem in any of them', () => {
    for (const name of reports.keys()) {
      const found = check(name).filter((d) => NUMBERING.has(d.code) || d.code === 'reference-link-mismatch' || d.code === 'reference-duplicate');
      expect(found, name).toEqual([]);
    }
  });

  it('notes what it does find: an entry without title or link, and one unaddressed commitment', () => {
    const found = [...reports.keys()].flatMap((name) => check(name).map((d) => `${name}: ${d.severity} ${d.code}${d.referenceIndex === undefined ? '' : ` #${String(d.referenceIndex)}`}`));
    expect(found).toEqual([
      'Bestuurzaken/Concrete voorstellen/ICT en Informatie.md: info commitment-not-mentioned',
      'Vlaamse rand/Extra maatregelen/Stand van de Rand.md: error reference-empty-title #0',
      'Vlaamse rand/Extra maatregelen/Stand van de Rand.md: info reference-no-link #0',
    ]);
    const [commitment] = check('Bestuurzaken/Concrete voorstellen/ICT en Informatie.md');
    const agreement = reports.get('Bestuurzaken/Concrete voorstellen/ICT en Informatie.md')?.agreement ?? '';
    const range = commitment.agreementRange ?? { start: 0, end: 0 };
    expect(agreement.slice(range.start, range.end)).toBe('[We stellen data maximaal en via API’s open ter beschikking]');
  });

  it('accepts a title ending in a raw line break, whose link carries %0A', () => {
    const report = reports.get('Brussel/Cultuur en toerisme.md');
    expect(report?.references[9].title.endsWith('\n')).toBe(true);
    expect(check('Brussel/Cultuur en toerisme.md')).toEqual([]);
  });

  it('leaves every report as it is under the safe fixes', () => {
    for (const report of reports.values()) {
      expect(applySafeFixes(report)).toEqual({ body: report.body, references: report.references, changes: [] });
    }
  });

  it('puts a shuffled reference list back in order without touching the text', () => {
    const report = reports.get('Bestuurzaken/Concrete voorstellen/ICT en Informatie.md') as Report;
    const shuffled = { ...report, references: [...report.references].reverse() };
    expect(checkSection({ ...shuffled, ...TERM }).filter((d) => NUMBERING.has(d.code)).map((d) => d.code)).toEqual(['reference-numbering']);
    const fixed = applySafeFixes(shuffled);
    expect(fixed.body).toBe(report.body);
    expect(fixed.references).toEqual(report.references);
  });

  it('catches a citation with no entry and an entry nobody cites', () => {
    const report = reports.get('Brussel/Vlaamse feestdag.md') as Report;
    const damaged = { ...report, body: report.body.replace('[12]', '[13]') };
    const found = checkSection({ ...damaged, ...TERM }).filter((d) => NUMBERING.has(d.code));
    expect(found.map((d) => [d.code, d.referenceIndex ?? d.range?.startLine])).toEqual([
      ['citation-missing-reference', 13],
      ['reference-uncited', 12],
    ]);
  });
});
