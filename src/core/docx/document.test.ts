import { describe, expect, it } from 'vitest';
import { SAMPLE_PROJECT } from '../../../test/support/export-samples';
import type { ProjectInfo, Section } from '../../shared/models';
import { readDocx } from '../../../test/support/docx-reader';
import { renderProjectDocx, renderSectionDocx } from './document';

const project: ProjectInfo = SAMPLE_PROJECT;

const LINK0 = 'https://beslissingenvlaamseregering.vlaanderen.be/?search=Conceptnota%20VRD2&dateOption=select&startDate=2020-11-27T09%3A00%3A00Z&endDate=2020-11-27T09%3A00%3A00Z';

function section(over: Partial<Section> = {}): Section {
  return {
    id: 'id-1',
    path: ['Bestuurzaken', 'Concrete voorstellen'],
    name: 'ICT en Informatie',
    order: 0,
    heading: 'ICT en Informatie',
    agreement: '3.2.3 ICT en Informatie Programma [We stellen data maximaal open ter beschikking] en meer. ',
    body: [
      'Samenvatting',
      '',
      'De regering keurde **VRD2** goed [0] en *later* ook [1][0].',
      '',
      '## Uitvoering',
      '',
      '- eerste punt',
      '- tweede met [een link](https://example.org/a)',
      '',
      '1. stap een',
      '2. stap twee',
      '',
      'Onbekend [7].',
    ].join('\n'),
    references: [
      { number: 0, date: '2020-11-27', title: 'Conceptnota VRD2', url: LINK0 },
      { number: 1, date: '2021-03-05', title: 'Titel met regelbreuk\n', url: 'https://example.org/1' },
      { number: 2, date: '2022-01-01', title: '' },
    ],
    verdict: 'partially-kept',
    verdictNote: 'Grotendeels uitgevoerd.',
    status: 'final',
    agreementChecksum: null,
    createdAt: '2024-01-01T00:00:00Z',
    updatedAt: '2024-01-01T00:00:00Z',
    revision: 1,
    ...over,
  };
}

describe('renderSectionDocx', () => {
  it('writes heading, quotation, verdict, real headings and lists, and the reference list', async () => {
    const d = readDocx(await renderSectionDocx(section(), project));
    const styled = (style: string) => d.paragraphs.filter((p) => p.style === style).map((p) => p.text);
    expect(styled('Heading1')).toEqual(['ICT en Informatie']);
    expect(styled('Heading2')).toEqual(['Regeerakkoord', 'Beoordeling', 'Referenties']);
    expect(styled('Heading3')).toEqual(['Uitvoering']);
    expect(styled('Quote')).toEqual([section().agreement]);
    expect(d.text).toContain('Oordeel: Gedeeltelijk nagekomen');
    expect(d.text).toContain('Status: Definitief');
    expect(d.text).toContain('Toelichting: Grotendeels uitgevoerd.');
    // The commitment is its own highlighted, bold run.
    expect(d.xml).toMatch(/<w:highlight w:val="yellow"\/>[^]*?We stellen data maximaal open ter beschikking\]/);
    // Bold and italic are real run properties.
    expect(d.xml).toMatch(/<w:b\/>[^<]*(?:<[^>]+>)*?<w:t[^>]*>VRD2<\/w:t>/);
    expect(d.xml).toMatch(/<w:i\/>[^<]*(?:<[^>]+>)*?<w:t[^>]*>later<\/w:t>/);
    // Bulleted and numbered lists use Word numbering.
    const listed = d.paragraphs.filter((p) => ['eerste punt', 'tweede met een link', 'stap een', 'stap twee'].includes(p.text));
    expect(listed).toHaveLength(4);
    expect((d.xml.match(/<w:numPr>/g) ?? []).length).toBeGreaterThanOrEqual(4);
  });

  it('makes citations numbered superscript links to bookmarks on their references', async () => {
    const d = readDocx(await renderSectionDocx(section(), project));
    const cites = d.hyperlinks.filter((h) => h.anchor !== null);
    expect(cites.map((c) => c.text)).toEqual(['[0]', '[1]', '[0]']);
    for (const c of cites) {
      expect(c.superscript).toBe(true);
      expect(d.bookmarks).toContain(c.anchor);
    }
    // A citation without an entry stays plain superscript text, not a broken link.
    const unknown = d.paragraphs.find((p) => p.text.startsWith('Onbekend'));
    expect(unknown?.superscripts).toEqual(['[7]']);
    const entries = d.paragraphs.filter((p) => p.style === 'ReferenceEntry').map((p) => p.text);
    expect(entries).toEqual(['[0]  (2020-11-27)  Conceptnota VRD2', '[1]  (2021-03-05)  Titel met regelbreuk', '[2]  (2022-01-01)  (zonder titel)']);
  });

  it('links reference titles and body links to their URLs', async () => {
    const d = readDocx(await renderSectionDocx(section(), project));
    const external = d.hyperlinks.filter((h) => h.target !== null).map((h) => [h.text, h.target]);
    expect(external).toEqual([
      ['een link', 'https://example.org/a'],
      ['Conceptnota VRD2', LINK0],
      ['Titel met regelbreuk', 'https://example.org/1'],
    ]);
  });

  it('tags the text Dutch and sets the document properties', async () => {
    const d = readDocx(await renderSectionDocx(section(), { ...project, language: 'en' }));
    expect(d.part('word/styles.xml')).toMatch(/<w:lang w:val="nl-BE"\/>/);
    const core = d.part('docProps/core.xml');
    expect(core).toContain('<dc:title>ICT en Informatie</dc:title>');
    expect(core).toContain('<dc:subject>Regeerakkoord 2019-2024</dc:subject>');
    const custom = d.part('docProps/custom.xml');
    expect(custom).toContain('Vlaamse Regering Jambon (2019-2024)');
    expect(custom).toContain('2019-10-02 – 2024-09-30');
    // English labels, Dutch content.
    expect(d.paragraphs.filter((p) => p.style === 'Heading2').map((p) => p.text)).toEqual(['Coalition agreement', 'Assessment', 'References']);
  });

  it('keeps hostile text as text', async () => {
    const evil = '<w:p><script>alert(1)</script>&amp;"\'';
    const d = readDocx(await renderSectionDocx(section({ heading: evil, body: `${evil} [0]`, references: [{ number: 0, date: '2020-01-01', title: evil, url: 'javascript:alert(1)' }] }), project));
    expect(d.paragraphs.find((p) => p.style === 'Heading1')?.text).toBe(evil);
    expect(d.hyperlinks.filter((h) => h.target !== null)).toEqual([]);
  });
});

describe('renderProjectDocx', () => {
  it('puts every section under its domain, after a table of contents, with unique bookmarks', async () => {
    const a = section();
    const b = section({ id: 'id-2', path: ['Brussel'], name: 'Media', heading: 'Media' });
    const d = readDocx(await renderProjectDocx([a, b], project));
    expect(d.paragraphs.find((p) => p.style === 'Title')?.text).toBe('Regeerakkoord 2019-2024');
    expect(d.xml).toContain('TOC \\h \\o &quot;1-2&quot;');
    expect(d.paragraphs.filter((p) => p.style === 'Heading1').map((p) => p.text)).toEqual(['Bestuurzaken', 'Brussel']);
    expect(d.paragraphs.filter((p) => p.style === 'Heading2').map((p) => p.text)).toEqual(['ICT en Informatie', 'Media']);
    expect(d.paragraphs.filter((p) => p.style === 'Heading4').map((p) => p.text)).toEqual(['Uitvoering', 'Uitvoering']);
    // A4 pages.
    expect(d.xml).toContain('<w:pgSz w:w="11906" w:h="16838"');
    expect(new Set(d.bookmarks.filter((b) => b.includes('ref_'))).size).toBe(6);
    for (const c of d.hyperlinks.filter((h) => h.anchor?.includes('ref_'))) expect(d.bookmarks).toContain(c.anchor);
  });
});
