import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Report, Section } from '../../shared/models';
import { parseReport } from '../format';
import { expectSafe, parseDocument, parseFragment } from '../../../test/support/dom-test-helpers';
import { renderBodyHtml, renderIndexPage, renderReferencesHtml, renderSectionPage } from './index';

const root = path.resolve(__dirname, '../../../../shared/fixtures/reports');
const exists = fs.existsSync(root);
if (!exists) console.warn(`Skipping the export fixture tests: ${root} is missing.`);

interface Fixture {
  file: string;
  folders: string[];
  name: string;
  report: Report;
}

function readFixtures(): Fixture[] {
  const walk = (dir: string): string[] =>
    fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) return walk(full);
      return entry.isFile() && entry.name.endsWith('.md') ? [full] : [];
    });
  return walk(root)
    .sort()
    .map((full) => {
      const file = path.relative(root, full);
      const parsed = parseReport(fs.readFileSync(full, 'utf8'));
      if (!parsed.ok) throw new Error(`${file}: ${parsed.error.message}`);
      const parts = file.split(path.sep);
      return { file, folders: parts.slice(0, -1), name: parts[parts.length - 1].replace(/\.md$/, ''), report: parsed.report };
    });
}

function toSection(f: Fixture, i: number): Section {
  return {
    ...f.report,
    id: `fixture-${i}`,
    path: f.folders,
    name: f.name,
    order: i,
    verdict: 'in-progress',
    verdictNote: '',
    status: 'draft',
    agreementChecksum: null,
    createdAt: '2024-01-01T00:00:00Z',
    updatedAt: '2024-01-01T00:00:00Z',
    revision: 1,
  };
}

/** Citations as the edit form writes them, outside code: what the renderer must link. */
const CITATION = /(?<!\\)\[(0|[1-9][0-9]*)\]/g;

describe.skipIf(!exists)('rendering the fixture reports', () => {
  const fixtures = exists ? readFixtures() : [];

  it('finds the fixture tree', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(5);
  });

  it.each(fixtures.map((f) => [f.file, f] as const))('%s: every citation links to an existing #ref-N, and back', (_file, f) => {
    const { body, references } = f.report;
    const html = renderBodyHtml(body, references) + renderReferencesHtml(references, { body });
    const doc = parseFragment(html);
    expectSafe(doc);

    const known = new Set(references.map((r) => r.number));
    const written = Array.from(body.matchAll(CITATION), (m) => Number(m[1]));
    expect(written.length).toBeGreaterThan(0);
    const linked = Array.from(doc.querySelectorAll('sup.cite > a'));
    const missing = Array.from(doc.querySelectorAll('.cite.missing'));
    // Every citation in the text became either a link or a "missing" flag, in order.
    expect([...linked, ...missing].length).toBe(written.length);
    expect(linked.length).toBe(written.filter((n) => known.has(n)).length);

    for (const a of linked) {
      const target = doc.getElementById((a.getAttribute('href') ?? '').slice(1));
      expect(target?.tagName).toBe('LI');
      expect(target?.querySelector('.ref-number')?.textContent).toBe(a.textContent);
    }
    for (const span of missing) expect(known.has(Number(span.textContent?.slice(1, -1)))).toBe(false);

    const backs = Array.from(doc.querySelectorAll('a.backref'));
    expect(backs.length).toBe(linked.length);
    for (const b of backs) expect(doc.getElementById((b.getAttribute('href') ?? '').slice(1))?.closest('sup.cite')).not.toBeNull();

    // The body's own `[Regeerakkoord]`-style brackets stay text.
    expect(doc.body.textContent).not.toContain('\\[');
  });

  it.each(fixtures.map((f, i) => [f.file, f, i] as const))('%s: the section page is safe and complete', (_file, f, i) => {
    const section = toSection(f, i);
    const doc = parseDocument(renderSectionPage(section, { project, indexHref: '../'.repeat(section.path.length) + 'index.html' }));
    expectSafe(doc, { allowRelativeHrefs: true });
    expect(doc.querySelector('h1')?.textContent).toBe(f.report.heading);
    expect(doc.querySelectorAll('ol.references > li')).toHaveLength(f.report.references.length);
    const agreement = doc.querySelector('details.agreement > p')?.textContent;
    expect(agreement).toBe(f.report.agreement);
    for (const r of f.report.references) {
      const li = doc.getElementById(`ref-${r.number}`);
      expect(li?.querySelector('.ref-title')?.textContent).toBe(r.title.replace(/\n$/, '') || '(zonder titel)');
      if (r.url) expect(li?.querySelector('a.ref-title')?.getAttribute('href')).toBe(r.url);
    }
  });

  it('indexes the fixture tree by folder', () => {
    const sections = fixtures.map(toSection);
    const doc = parseDocument(renderIndexPage(project, sections));
    expectSafe(doc, { allowRelativeHrefs: true });
    expect(Array.from(doc.querySelectorAll('.contents > section.folder > h3')).map((h) => h.textContent)).toEqual([
      'Bestuurzaken',
      'Brussel',
      'Vlaamse rand',
    ]);
    expect(doc.querySelectorAll('ul.sections a')).toHaveLength(fixtures.length);
    expect(doc.querySelector('.verdict-counts li[data-verdict="in-progress"] .count')?.textContent).toBe(String(fixtures.length));
  });
});

const project = {
  name: 'Vlaams regeerakkoord 2019-2024',
  government: 'Vlaamse Regering Jambon (2019-2024)',
  termStart: '2019-10-02',
  termEnd: '2024-09-30',
  language: 'nl' as const,
  createdAt: '2024-01-01T00:00:00Z',
};
