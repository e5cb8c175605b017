import { describe, expect, it } from 'vitest';
import { SAMPLE_PROJECT } from '../../../test/support/export-samples';
import type { ProjectInfo } from '../../shared/models';
import { expectSafe, parseDocument } from '../../../test/support/dom-test-helpers';
import { countVerdicts, renderIndexPage } from './index-page';
import type { IndexSection } from './index-page';

const project: ProjectInfo = SAMPLE_PROJECT;

let n = 0;
const s = (path: string[], name: string, verdict: IndexSection['verdict'], extra: Partial<IndexSection> = {}): IndexSection => ({
  id: `id-${++n}`,
  path,
  name,
  heading: name,
  verdict,
  status: 'draft',
  ...extra,
});

const sections: IndexSection[] = [
  s(['Bestuurzaken', 'Concrete voorstellen'], 'ICT en Informatie', 'kept', { referenceCount: 30 }),
  s(['Bestuurzaken', 'Concrete voorstellen'], 'HR', 'in-progress', { referenceCount: 1 }),
  s(['Brussel'], 'Cultuur en toerisme', 'kept'),
  s(['Brussel'], 'Vlaamse feestdag', 'partially-kept'),
  s(['Vlaamse rand', 'Extra maatregelen'], 'Stand van de Rand', 'not-rated', { status: 'final' }),
  s([], 'Inleiding', 'broken'),
];

describe('renderIndexPage', () => {
  const html = renderIndexPage(project, sections);
  const doc = parseDocument(html);

  it('is a standalone, script-free page with the CSP', () => {
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/\ssrc=/i);
    expect(doc.querySelector('meta[http-equiv="Content-Security-Policy"]')).not.toBeNull();
    expect(doc.querySelector('meta[charset]')?.getAttribute('charset')).toBe('utf-8');
    expect(doc.querySelectorAll('link')).toHaveLength(0);
    expectSafe(doc, { allowRelativeHrefs: true });
  });

  it('shows project name, government and term', () => {
    expect(doc.querySelector('h1')?.textContent).toBe('Regeerakkoord 2019-2024');
    const facts = doc.querySelector('.project-facts')?.textContent ?? '';
    expect(facts).toContain('Vlaamse Regering Jambon (2019-2024)');
    expect(facts).toContain('2019-10-02 – 2024-09-30');
  });

  it('counts verdicts across the project as badges with a bar each', () => {
    const rows = Array.from(doc.querySelectorAll('.verdict-counts li')).map((li) => [
      li.getAttribute('data-verdict'),
      li.querySelector('.badge')?.textContent,
      li.querySelector('.count')?.textContent,
      li.querySelector('.bar')?.getAttribute('style'),
    ]);
    expect(rows).toEqual([
      ['not-rated', 'Niet beoordeeld', '1', 'width: 16.67%'],
      ['not-started', 'Niet gestart', '0', 'width: 0%'],
      ['in-progress', 'In uitvoering', '1', 'width: 16.67%'],
      ['partially-kept', 'Gedeeltelijk nagekomen', '1', 'width: 16.67%'],
      ['kept', 'Nagekomen', '2', 'width: 33.33%'],
      ['broken', 'Niet nagekomen', '1', 'width: 16.67%'],
    ]);
    expect(doc.querySelectorAll('.stacked > span')).toHaveLength(5);
    expect(doc.querySelector('.verdict-summary .meta')?.textContent).toBe('6 secties');
  });

  it('groups sections by folder with nested headings', () => {
    const top = Array.from(doc.querySelectorAll('.contents > section.folder')).map((f) => f.querySelector('h3')?.textContent);
    expect(top).toEqual(['Bestuurzaken', 'Brussel', 'Vlaamse rand']);
    const nested = doc.querySelector('.contents > section.folder section.folder.level-2');
    expect(nested?.querySelector('h4')?.textContent).toBe('Concrete voorstellen');
    expect(Array.from(nested?.querySelectorAll('ul.sections a') ?? []).map((a) => a.textContent)).toEqual(['ICT en Informatie', 'HR']);
    // A section without a folder is listed before the folders.
    expect(doc.querySelector('.contents > ul.sections a')?.textContent).toBe('Inleiding');
  });

  it('links each section to its page, one percent-encoded segment per folder', () => {
    const hrefs = Array.from(doc.querySelectorAll('ul.sections a')).map((a) => a.getAttribute('href'));
    expect(hrefs).toEqual([
      'Inleiding.html',
      'Bestuurzaken/Concrete%20voorstellen/ICT%20en%20Informatie.html',
      'Bestuurzaken/Concrete%20voorstellen/HR.html',
      'Brussel/Cultuur%20en%20toerisme.html',
      'Brussel/Vlaamse%20feestdag.html',
      'Vlaamse%20rand/Extra%20maatregelen/Stand%20van%20de%20Rand.html',
    ]);
  });

  it('shows verdict, workflow and reference count beside each section', () => {
    const ict = doc.querySelector('li[data-section-id="id-1"]');
    expect(ict?.querySelector('.verdict')?.classList.contains('verdict-kept')).toBe(true);
    expect(ict?.querySelector('.workflow')?.textContent).toBe('Ontwerp');
    expect(ict?.textContent).toContain('30 referenties');
    expect(doc.querySelector('li[data-section-id="id-2"]')?.textContent).toContain('1 referentie');
  });

  it('labels everything in English when the project says so, the Dutch content marked nl', () => {
    const d = parseDocument(renderIndexPage({ ...project, language: 'en' }, sections));
    expect(d.documentElement.getAttribute('lang')).toBe('en');
    expect(d.querySelector('#verdicts-heading')?.textContent).toBe('Verdicts');
    expect(d.querySelector('#sections-heading')?.textContent).toBe('Sections');
    expect(d.querySelector('.verdict-summary .meta')?.textContent).toBe('6 sections');
    const ict = d.querySelector('li[data-section-id="id-1"]');
    expect(ict?.querySelector('.verdict')?.textContent).toBe('Kept');
    expect(ict?.querySelector('.workflow')?.textContent).toBe('Draft');
    expect(ict?.textContent).toContain('30 references');
    expect(ict?.querySelector('a')?.getAttribute('lang')).toBe('nl');
    expect(d.querySelector('.project-facts dt')?.textContent).toBe('Government');
  });

  it('marks each item with its verdict and top-level domain, for the site filters', () => {
    const ict = doc.querySelector('li[data-section-id="id-1"]');
    expect(ict?.getAttribute('data-verdict')).toBe('kept');
    expect(ict?.getAttribute('data-domain')).toBe('Bestuurzaken');
    expect(doc.querySelector('section.folder.level-1')?.getAttribute('data-domain')).toBe('Bestuurzaken');
  });

  it('uses hrefFor when given, refusing hrefs with a scheme', () => {
    const d = parseDocument(
      renderIndexPage(project, sections.slice(0, 2), { hrefFor: (x) => (x.name === 'HR' ? 'javascript:alert(1)' : `pages/${x.id}.html`) }),
    );
    expect(Array.from(d.querySelectorAll('ul.sections a')).map((a) => a.getAttribute('href'))).toEqual(['pages/id-1.html']);
    expect(d.querySelector('li[data-section-id="id-2"] .not-exported')).not.toBeNull();
  });

  it('lists a section with an unsafe name without a link, saying why', () => {
    const d = parseDocument(renderIndexPage(project, [s(['Brussel'], 'a/b', 'kept')]));
    expect(d.querySelector('ul.sections a')).toBeNull();
    expect(d.querySelector('.not-exported')?.textContent).toContain('contains "/"');
  });

  it('escapes project, folder, heading and id strings', () => {
    const evil = `<script>alert(1)</script>"'&<img src=x onerror=alert(1)>`;
    const page = renderIndexPage({ ...project, name: evil, government: evil, termStart: null, termEnd: null }, [
      { ...s([evil, `x"y`], 'Veilig', 'kept'), heading: evil, id: `"><script>x</script>` },
    ]);
    expect(page).not.toMatch(/<script/i);
    const d = parseDocument(page);
    expectSafe(d, { allowRelativeHrefs: true });
    expect(d.querySelector('h1')?.textContent).toBe(evil);
    expect(d.querySelector('h3')?.textContent).toBe(evil);
    // The folder name holds "/" and "<", so the page is not exported: title shown, no link.
    expect(d.querySelector('ul.sections a')).toBeNull();
    expect(d.querySelector('ul.sections .section-title')?.textContent).toBe(evil);
    expect(d.querySelector('li.section, ul.sections li')?.getAttribute('data-section-id')).toBe(`"><script>x</script>`);
    expect(d.querySelector('.project-facts')?.textContent).toContain('onbekend');
  });

  it('handles an empty project', () => {
    const d = parseDocument(renderIndexPage(project, []));
    expect(d.querySelector('.contents')?.textContent).toContain('Geen secties.');
    expect(d.querySelector('.stacked')).toBeNull();
    expect(Array.from(d.querySelectorAll('.verdict-counts .count')).map((c) => c.textContent)).toEqual(['0', '0', '0', '0', '0', '0']);
  });
});

describe('countVerdicts', () => {
  it('counts every verdict, zeros included, and ignores unknown values', () => {
    const counts = countVerdicts([{ verdict: 'kept' }, { verdict: 'kept' }, { verdict: 'toString' as never }]);
    expect(counts).toEqual({ 'not-rated': 0, 'not-started': 0, 'in-progress': 0, 'partially-kept': 0, kept: 2, broken: 0 });
  });
});
