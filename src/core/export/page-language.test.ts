// Exported pages speak the project's language only (issue 10 §1): every HTML page the
// exports write — a section page (screen and print), the index, the whole report site — has
// no catalogue text of the other language; in English, Dutch only inside `lang="nl"` content.
import { describe, expect, it } from 'vitest';
import { foreignPhrases } from '../i18n/foreign-phrases';
import type { Language } from '../i18n';
import type { Section } from '../../shared/models';
import { buildSite } from '../site';
import { parseDocument } from '../../../test/support/dom-test-helpers';
import { SAMPLE_PROJECT } from '../../../test/support/export-samples';
import { renderIndexPage } from './index-page';
import { renderSectionPage } from './section-page';

function section(id: string, name: string, overrides: Partial<Section> = {}): Section {
  return {
    id,
    path: ['Bestuurszaken'],
    name,
    order: 0,
    heading: name,
    agreement: `1.1 ${name} [We doen iets]`,
    body: 'Samenvatting\n\nDe regering besliste [0] en later [1].\n',
    references: [
      { number: 0, date: '2021-03-05', title: 'Een beslissing', url: 'https://example.org/a' },
      { number: 1, date: '2022-07-08', title: '' },
    ],
    verdict: 'partially-kept',
    verdictNote: 'Grotendeels.',
    status: 'in-review',
    agreementChecksum: null,
    createdAt: 'x',
    updatedAt: 'x',
    revision: 1,
    ...overrides,
  };
}

const SECTIONS = [section('a', 'Open data'), section('b', 'Leerplicht', { verdict: 'not-rated', status: 'draft', references: [], body: 'Nog niets.\n' })];

/** What a reader gets from a page: its text and attributes, the Dutch content left out for an English page. */
function readerText(html: string, language: Language): string {
  const doc = parseDocument(html);
  expect(doc.documentElement.getAttribute('lang')).toBe(language);
  if (language === 'en') doc.querySelectorAll('[lang="nl"]').forEach((el) => el.remove());
  doc.querySelectorAll('script, style').forEach((el) => el.remove());
  const attrs = [...doc.querySelectorAll('[title], [aria-label], [alt], [placeholder]')].flatMap((el) => ['title', 'aria-label', 'alt', 'placeholder'].map((a) => el.getAttribute(a) ?? ''));
  return [doc.title, doc.body.textContent ?? '', ...attrs].join('\n');
}

describe.each(['nl', 'en'] as const)('exported pages in %s', (language) => {
  const project = { ...SAMPLE_PROJECT, language };

  it('section pages, on screen and in print, carry no text of the other language', () => {
    for (const print of [false, true]) {
      const html = renderSectionPage(SECTIONS[0], { project, generatedAt: '2024-05-01T10:00:00Z', indexHref: '../index.html', print });
      expect(foreignPhrases(readerText(html, language), language), `print: ${print}`).toEqual([]);
    }
  });

  it('the index carries no text of the other language', () => {
    expect(foreignPhrases(readerText(renderIndexPage(project, SECTIONS), language), language)).toEqual([]);
  });

  it('every page of the report site carries no text of the other language', () => {
    const pages = buildSite(SECTIONS, project, { generatedAt: '2024-05-01T10:00:00Z', minisearchScript: '' }).filter((f) => f.segments.at(-1)?.endsWith('.html'));
    expect(pages.length).toBeGreaterThan(2);
    for (const page of pages) expect(foreignPhrases(readerText(page.render(), language), language), page.segments.join('/')).toEqual([]);
  });
});
