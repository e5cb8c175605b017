import { describe, expect, it } from 'vitest';
import type { Reference } from '../../shared/models';
import { expectSafe, parseFragment } from '../../../test/support/dom-test-helpers';
import { renderReferencesHtml } from './references';

const url = 'https://beslissingenvlaamseregering.vlaanderen.be/?search=COVID-19%3A%20x&dateOption=select&startDate=2021-03-26T09%3A00%3A00Z&endDate=2021-03-26T09%3A00%3A00Z';

describe('renderReferencesHtml', () => {
  it('lists entries with explicit numbers, ids, dates, linked titles and back-links', () => {
    const refs: Reference[] = [
      { number: 2, date: '2021-03-26', title: 'COVID-19: x', url },
      { number: 5, date: '2020-01-01', title: 'Zonder link' },
    ];
    const doc = parseFragment(renderReferencesHtml(refs, { body: '[5] en [2] en weer [2]' }));
    const items = Array.from(doc.querySelectorAll('ol.references > li'));
    expect(items.map((li) => li.id)).toEqual(['ref-2', 'ref-5']);
    expect(items.map((li) => li.querySelector('.ref-number')?.textContent)).toEqual(['[2]', '[5]']);
    expect(items.map((li) => li.getAttribute('value'))).toEqual(['2', '5']);
    expect(items[0].querySelector('.ref-date')?.textContent).toBe('2021-03-26');
    const link = items[0].querySelector('a.ref-title');
    expect(link?.getAttribute('href')).toBe(url);
    expect(link?.getAttribute('rel')).toBe('noopener noreferrer');
    expect(link?.textContent).toBe('COVID-19: x');
    expect(items[1].querySelector('a.ref-title')).toBeNull();
    expect(items[1].querySelector('.ref-title')?.textContent).toBe('Zonder link');
    expect(Array.from(items[0].querySelectorAll('a.backref')).map((a) => a.getAttribute('href'))).toEqual(['#cite-2-1', '#cite-2-2']);
    expect(Array.from(items[1].querySelectorAll('a.backref')).map((a) => [a.getAttribute('href'), a.textContent])).toEqual([['#cite-5-1', '↩']]);
  });

  it('takes counts from `citations` and honours idPrefix', () => {
    const html = renderReferencesHtml([{ number: 0, date: '2020-01-01', title: 't', url }], { citations: new Map([[0, 1]]), idPrefix: 'pv-' });
    const doc = parseFragment(html);
    expect(doc.querySelector('li')?.id).toBe('pv-ref-0');
    expect(doc.querySelector('a.backref')?.getAttribute('href')).toBe('#pv-cite-0-1');
  });

  it('marks an uncited entry and gives it no back-links', () => {
    const doc = parseFragment(renderReferencesHtml([{ number: 0, date: '2020-01-01', title: 't' }], { body: 'geen citaten' }));
    expect(doc.querySelector('li')?.classList.contains('uncited')).toBe(true);
    expect(doc.querySelectorAll('a.backref')).toHaveLength(0);
  });

  it('shows a title\'s raw line breaks as one space each (none at the ends), and an empty title as such', () => {
    const doc = parseFragment(
      renderReferencesHtml([
        { number: 0, date: '2020-03-27', title: 'Steunpunt: werkingssubsidie 2020-2024\n', url: url.replace('x', 'x%0A') },
        { number: 1, date: '2020-03-28', title: '' },
        { number: 2, date: '2020-03-29', title: 'Beheer van de Binnenwateren\n \n' },
        { number: 3, date: '2020-03-29', title: 'Een bestuurder en \nregeringscommissaris' },
        { number: 4, date: '2020-03-29', title: '\n\n' },
      ]),
    );
    expect(doc.querySelector('#ref-0 .ref-title')?.textContent).toBe('Steunpunt: werkingssubsidie 2020-2024');
    expect(doc.querySelector('#ref-2 .ref-title')?.textContent).toBe('Beheer van de Binnenwateren');
    expect(doc.querySelector('#ref-3 .ref-title')?.textContent).toBe('Een bestuurder en regeringscommissaris');
    expect(doc.querySelector('#ref-4 .ref-untitled')?.textContent).toBe('(untitled)');
    expect(doc.querySelector('#ref-1 .ref-untitled')?.textContent).toBe('(untitled)');
  });

  it('shows a non-http link as text, never as an href', () => {
    const refs: Reference[] = [
      { number: 0, date: 'd', title: 't', url: 'javascript:alert(1)' },
      { number: 1, date: 'd', title: 't', url: 'mailto:x@y.be' },
      { number: 2, date: 'd', title: 't', url: 'https://a.be/ spatie' },
    ];
    const doc = parseFragment(renderReferencesHtml(refs));
    expect(doc.querySelectorAll('a')).toHaveLength(0);
    expect(Array.from(doc.querySelectorAll('.ref-url')).map((s) => s.textContent)).toEqual(['javascript:alert(1)', 'mailto:x@y.be', 'https://a.be/ spatie']);
  });

  it('escapes titles, dates and urls', () => {
    const refs: Reference[] = [
      { number: 0, date: '<b>2020</b>', title: `<script>alert(1)</script> "q" 'a' & “–”`, url: 'https://a.be/?a=1&b="><script>x</script>' },
    ];
    const html = renderReferencesHtml(refs);
    expect(html).not.toMatch(/<script/i);
    const doc = parseFragment(html);
    expectSafe(doc);
    expect(doc.querySelector('.ref-title')?.textContent).toBe(`<script>alert(1)</script> "q" 'a' & “–”`);
    expect(doc.querySelector('.ref-date')?.textContent).toBe('<b>2020</b>');
  });

  it('keeps ids unique when a number is listed twice', () => {
    const refs: Reference[] = [
      { number: 1, date: 'd', title: 'a' },
      { number: 1, date: 'd', title: 'b' },
    ];
    const doc = parseFragment(renderReferencesHtml(refs, { body: '[1]' }));
    expect(doc.querySelectorAll('#ref-1')).toHaveLength(1);
    expect(doc.querySelectorAll('a.backref')).toHaveLength(1);
    expect(doc.querySelectorAll('li')).toHaveLength(2);
  });
});
