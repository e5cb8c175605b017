import { describe, expect, it } from 'vitest';
import { SAMPLE_PROJECT } from '../../../test/support/export-samples';
import type { ProjectInfo, Section } from '../../shared/models';
import { expectSafe, parseDocument } from '../../../test/support/dom-test-helpers';
import { renderAgreementHtml, renderSectionPage } from './section-page';

const project: ProjectInfo = SAMPLE_PROJECT;

const link = 'https://beslissingenvlaamseregering.vlaanderen.be/?search=x&dateOption=select&startDate=2020-11-27T09%3A00%3A00Z&endDate=2020-11-27T09%3A00%3A00Z';

function section(overrides: Partial<Section> = {}): Section {
  return {
    id: '0b9f3c1e-0000-4000-8000-000000000001',
    path: ['Bestuurzaken', 'Concrete voorstellen'],
    name: 'ICT en Informatie',
    order: 0,
    heading: 'ICT en Informatie',
    agreement: '3.2.3 ICT en Informatie ... [We stellen data maximaal en via API’s open ter beschikking]: de ontwikkeling ... ',
    body: 'Samenvatting\n\nVRD2 \\[0] werd goedgekeurd [0][1].\n',
    references: [
      { number: 0, date: '2020-11-27', title: 'Programma VRD2', url: link },
      { number: 1, date: '2021-12-17', title: 'Uitvoeringsjaar 2022' },
    ],
    verdict: 'partially-kept',
    verdictNote: 'Grotendeels uitgevoerd.\nMAGDA nog niet.',
    status: 'in-review',
    agreementChecksum: null,
    createdAt: '2024-01-01T00:00:00Z',
    updatedAt: '2024-01-02T00:00:00Z',
    revision: 3,
    ...overrides,
  };
}

describe('renderSectionPage', () => {
  const html = renderSectionPage(section(), { project, generatedAt: '2024-05-01T10:00:00Z', indexHref: '../../index.html' });
  const doc = parseDocument(html);

  it('is a standalone HTML5 page with charset and the restrictive CSP', () => {
    expect(html.startsWith('<!DOCTYPE html>\n')).toBe(true);
    expect(doc.querySelector('meta[charset]')?.getAttribute('charset')).toBe('utf-8');
    expect(doc.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content')).toBe(
      "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'",
    );
    expect(doc.title).toBe('ICT en Informatie — Regeerakkoord 2019-2024');
  });

  it('has no scripts and no external resources', () => {
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/\ssrc=/i);
    expect(doc.querySelectorAll('link')).toHaveLength(0);
    expect(doc.querySelectorAll('style')).toHaveLength(1);
    expectSafe(doc, { allowRelativeHrefs: true });
  });

  it('has print rules: agreement expanded, link URLs shown, references not split', () => {
    const css = doc.querySelector('style')?.textContent ?? '';
    expect(css).toContain('@media print');
    expect(css).toMatch(/details\.agreement > :not\(summary\) \{ display: block !important; \}/);
    expect(css).toMatch(/a\[href\^="https:"\]::after[^}]*attr\(href\)/);
    expect(css).toMatch(/ol\.references li[^{]*\{[^}]*break-inside: avoid/);
  });

  it('shows heading, breadcrumbs, verdict, workflow status and the verdict note', () => {
    expect(doc.querySelector('h1')?.textContent).toBe('ICT en Informatie');
    const crumbs = Array.from(doc.querySelectorAll('nav.breadcrumbs li')).map((li) => li.textContent);
    expect(crumbs).toEqual(['Regeerakkoord 2019-2024', 'Bestuurzaken', 'Concrete voorstellen', 'ICT en Informatie']);
    expect(doc.querySelector('nav.breadcrumbs a')?.getAttribute('href')).toBe('../../index.html');
    const verdict = doc.querySelector('.verdict');
    expect(verdict?.classList.contains('verdict-partially-kept')).toBe(true);
    expect(verdict?.textContent).toBe('Gedeeltelijk nagekomen');
    expect(doc.querySelector('.status-line .label')?.textContent).toBe('Oordeel:');
    expect(doc.querySelector('.workflow')?.textContent).toBe('Ter nalezing');
    expect(doc.querySelector('.verdict-justification .label')?.textContent).toBe('Toelichting:');
    expect(doc.querySelector('.verdict-note')?.textContent).toBe('Grotendeels uitgevoerd.\nMAGDA nog niet.');
    // 10:00 UTC is 12:00 in Brussels in May.
    expect(doc.querySelector('footer')?.textContent).toContain('Gemaakt op 1 mei 2024 om 12:00');
  });

  it('labels the page in English when the project says so; the Dutch content keeps lang="nl"', () => {
    const d = parseDocument(renderSectionPage(section(), { project: { ...project, language: 'en' }, generatedAt: '2024-05-01T10:00:00Z' }));
    expect(d.documentElement.getAttribute('lang')).toBe('en');
    expect(d.querySelector('.verdict')?.textContent).toBe('Partially kept');
    expect(d.querySelector('.workflow')?.textContent).toBe('In review');
    expect(d.querySelector('details.agreement summary')?.textContent).toBe('Coalition agreement');
    expect(d.querySelector('#references-heading')?.textContent).toBe('References');
    expect(d.querySelector('footer')?.textContent).toContain('Generated 1 May 2024 at 12:00');
    for (const sel of ['h1', 'article.body', 'details.agreement p', '.verdict-note']) expect(d.querySelector(sel)?.getAttribute('lang')).toBe('nl');
  });

  it('prints the agreement as an open quotation and marks the body for the print stylesheet', () => {
    const d = parseDocument(renderSectionPage(section(), { project, print: true }));
    expect(d.body.classList.contains('print')).toBe(true);
    expect(d.querySelector('details')).toBeNull();
    expect(d.querySelector('style')?.textContent).toContain('@page { size: A4;');
    expect(d.querySelector('style')?.textContent).toContain('content: "Pagina " counter(page) " van " counter(pages);');
    expect(d.querySelector('section.agreement blockquote mark')?.textContent).toBe('[We stellen data maximaal en via API’s open ter beschikking]');
  });

  it('puts the agreement in a collapsed details block with commitments marked', () => {
    const details = doc.querySelector('details.agreement');
    expect(details?.hasAttribute('open')).toBe(false);
    expect(details?.querySelector('summary')?.textContent).toBe('Regeerakkoord');
    expect(details?.querySelector('mark')?.textContent).toBe('[We stellen data maximaal en via API’s open ter beschikking]');
    expect(details?.querySelector('p')?.textContent).toBe(section().agreement);
  });

  it('renders the body with citations that resolve to references, and back-links that resolve to citations', () => {
    const cites = Array.from(doc.querySelectorAll('article.body sup.cite a'));
    expect(cites.map((a) => a.getAttribute('href'))).toEqual(['#ref-0', '#ref-1']);
    for (const a of cites) expect(doc.getElementById((a.getAttribute('href') ?? '').slice(1))).not.toBeNull();
    const backs = Array.from(doc.querySelectorAll('a.backref'));
    expect(backs.map((a) => a.getAttribute('href'))).toEqual(['#cite-0-1', '#cite-1-1']);
    for (const a of backs) expect(doc.getElementById((a.getAttribute('href') ?? '').slice(1))).not.toBeNull();
    expect(doc.querySelector('article.body')?.textContent).toContain('VRD2 [0] werd');
  });

  it('escapes every user string: heading, path, name, agreement, note, project, references', () => {
    const evil = `<script>alert(1)</script>"'&<img src=x onerror=alert(1)>`;
    const page = renderSectionPage(
      section({
        heading: evil,
        name: evil,
        path: [evil, 'a"b'],
        agreement: `${evil} [${evil}]`,
        verdictNote: evil,
        body: `${evil}\n\n[x](javascript:alert(1)) [y](JAVASCRIPT:alert(1)) [z](data:text/html,<script>x</script>) [0]`,
        references: [{ number: 0, date: evil, title: evil, url: `https://a.be/"><script>alert(1)</script>` }],
      }),
      { project: { ...project, name: evil, government: evil }, generatedAt: evil, indexHref: 'javascript:alert(1)' },
    );
    expect(page).not.toMatch(/<script/i);
    expect(page).not.toMatch(/<img/i);
    const d = parseDocument(page);
    expectSafe(d, { allowRelativeHrefs: true });
    expect(d.querySelectorAll('script, img')).toHaveLength(0);
    expect(d.querySelector('h1')?.textContent).toBe(evil);
    expect(d.title).toBe(`${evil} — ${evil}`);
    expect(d.querySelector('.verdict-note')?.textContent).toBe(evil);
    expect(d.querySelector('details.agreement mark')?.textContent).toBe(`[${evil}]`);
    expect(Array.from(d.querySelectorAll('nav.breadcrumbs li')).map((li) => li.textContent)).toEqual([evil, evil, 'a"b', evil]);
    // An index href with a scheme is refused: the project name is shown without a link.
    expect(d.querySelector('nav.breadcrumbs a')).toBeNull();
  });

  it('falls back to the name when the heading is empty, and omits empty parts', () => {
    const d = parseDocument(renderSectionPage(section({ heading: '', agreement: '', verdictNote: '', references: [], body: 'Tekst [0].' }), { project }));
    expect(d.querySelector('h1')?.textContent).toBe('ICT en Informatie');
    expect(d.querySelector('details')).toBeNull();
    expect(d.querySelector('.verdict-note')).toBeNull();
    expect(d.querySelector('.references-section')?.textContent).toContain('Geen referenties.');
    expect(d.querySelector('.cite.missing')?.textContent).toBe('[0]');
    expect(d.querySelector('nav.breadcrumbs a')).toBeNull();
  });
});

describe('renderAgreementHtml', () => {
  it('marks each bracketed commitment and escapes everything', () => {
    expect(renderAgreementHtml('a [b & c] d [e] <f> [ongesloten')).toBe('a <mark>[b &amp; c]</mark> d <mark>[e]</mark> &lt;f&gt; [ongesloten');
  });
});
