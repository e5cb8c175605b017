import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Reference } from '../../shared/models';
import { expectSafe, parseFragment, safetyProblems } from '../../../test/support/dom-test-helpers';
import { countCitations, renderBody, renderBodyHtml } from './markdown';

const ref = (number: number, title = `Besluit ${number}`, url = `https://example.org/${number}`): Reference => ({
  number,
  date: '2021-03-26',
  title,
  url,
});
const refs = [ref(0), ref(1), ref(2), ref(3)];

const citeLinks = (doc: Document) =>
  Array.from(doc.querySelectorAll('sup.cite > a')).map((a) => ({ href: a.getAttribute('href'), id: a.id, text: a.textContent }));

describe('renderBodyHtml: citations', () => {
  it('links every citation to its reference with an occurrence id for back-links', () => {
    const doc = parseFragment(renderBodyHtml('Eerst [0], dan [2][0] en [1].', refs));
    expect(citeLinks(doc)).toEqual([
      { href: '#ref-0', id: 'cite-0-1', text: '[0]' },
      { href: '#ref-2', id: 'cite-2-1', text: '[2]' },
      { href: '#ref-0', id: 'cite-0-2', text: '[0]' },
      { href: '#ref-1', id: 'cite-1-1', text: '[1]' },
    ]);
    expect(doc.body.textContent).toBe('Eerst [0], dan [2][0] en [1].\n');
  });

  it('renders the exact markup the preview and export rely on', () => {
    expect(renderBodyHtml('[3]', refs)).toBe('<p><sup class="cite"><a href="#ref-3" id="cite-3-1">[3]</a></sup></p>\n');
  });

  it('reports linked occurrences per number', () => {
    const { occurrences } = renderBody('[0][0][2] [7] `[1]`', refs);
    expect(Object.fromEntries(occurrences)).toEqual({ 0: 2, 2: 1 });
    expect(Object.fromEntries(countCitations('[1] en [1]', refs))).toEqual({ 1: 2 });
  });

  it('flags a citation to a missing reference, without a link', () => {
    const html = renderBodyHtml('Zie [9] en [0].', refs);
    expect(html).toContain('<span class="cite missing" title="No reference [9]">[9]</span>');
    const doc = parseFragment(html);
    expect(doc.querySelectorAll('a[href="#ref-9"]')).toHaveLength(0);
    expect(citeLinks(doc).map((c) => c.id)).toEqual(['cite-0-1']);
  });

  it('does not replace citations inside code spans or code blocks', () => {
    const body = 'Tekst `[0]` en\n\n```\n[1] in fence\n```\n\n    [2] indented code\n\nWel [3].';
    const doc = parseFragment(renderBodyHtml(body, refs));
    expect(citeLinks(doc).map((c) => c.text)).toEqual(['[3]']);
    expect(doc.querySelector('p code')?.textContent).toBe('[0]');
    expect(Array.from(doc.querySelectorAll('pre code')).map((c) => c.textContent)).toEqual(['[1] in fence\n', '[2] indented code\n']);
  });

  it('does not replace citations inside link text or link destinations', () => {
    const body = '[zie [0] hier](https://example.org/[1]) en [2](https://example.org/x) en <https://example.org/[3]>';
    const doc = parseFragment(renderBodyHtml(body, refs));
    expect(citeLinks(doc)).toEqual([]);
    const links = Array.from(doc.querySelectorAll('a')).map((a) => [a.textContent, a.getAttribute('href')]);
    expect(links).toEqual([
      ['zie [0] hier', 'https://example.org/%5B1%5D'],
      ['2', 'https://example.org/x'],
      ['https://example.org/[3]', 'https://example.org/%5B3%5D'],
    ]);
  });

  it('keeps a citation followed by text in parentheses that is not a valid link', () => {
    const doc = parseFragment(renderBodyHtml('In 2021 [1](2021) en [2](javascript:alert(1)).', refs));
    expect(citeLinks(doc).map((c) => c.text)).toEqual(['[1]', '[2]']);
    expect(doc.body.textContent).toContain('[2](javascript:alert(1))');
    expect(doc.querySelectorAll('a[href^="javascript"]')).toHaveLength(0);
  });

  it('renders an escaped literal \\[3] as the text "[3]", not a citation', () => {
    const doc = parseFragment(renderBodyHtml('Artikel \\[3] en \\[2\\] maar wel [1].', refs));
    expect(doc.body.textContent).toBe('Artikel [3] en [2] maar wel [1].\n');
    expect(citeLinks(doc).map((c) => c.text)).toEqual(['[1]']);
  });

  it('leaves bracketed words and non-canonical numbers as text', () => {
    const doc = parseFragment(renderBodyHtml('[Regeerakkoord] [007] [1a] [ 1] [-1]', refs));
    expect(doc.querySelectorAll('.cite')).toHaveLength(0);
    expect(doc.body.textContent).toBe('[Regeerakkoord] [007] [1a] [ 1] [-1]\n');
  });

  it('links citations in headings, lists, emphasis and tables', () => {
    const body = '### Titel [0]\n\n- punt [1]\n- *nadruk [2]*\n\n| a | b |\n|---|---|\n| [3] | x |\n';
    const doc = parseFragment(renderBodyHtml(body, refs));
    expect(citeLinks(doc).map((c) => c.id)).toEqual(['cite-0-1', 'cite-1-1', 'cite-2-1', 'cite-3-1']);
    expect(doc.querySelector('h2 sup.cite')).not.toBeNull();
    expect(doc.querySelector('td sup.cite')).not.toBeNull();
  });

  it('prefixes ids and targets with idPrefix', () => {
    const html = renderBodyHtml('[1] [5]', refs, { idPrefix: 'pv-' });
    expect(html).toContain('<a href="#pv-ref-1" id="pv-cite-1-1">[1]</a>');
    const evil = parseFragment(renderBodyHtml('[1]', refs, { idPrefix: '"><script>x</script>' }));
    expectSafe(evil);
  });
});

describe('renderBodyHtml: links and images', () => {
  it('keeps http(s), mailto and in-page links, each with rel="noopener noreferrer"', () => {
    const doc = parseFragment(renderBodyHtml('[a](https://a.be) [b](http://b.be) [c](mailto:x@y.be) [d](#ref-1) <x@y.be>', refs));
    const links = Array.from(doc.querySelectorAll('a'));
    expect(links.map((a) => a.getAttribute('href'))).toEqual(['https://a.be', 'http://b.be', 'mailto:x@y.be', '#ref-1', 'mailto:x@y.be']);
    for (const a of links) expect(a.getAttribute('rel')).toBe('noopener noreferrer');
  });

  it('drops relative, file, ftp and protocol-relative links (rendered as text)', () => {
    const doc = parseFragment(renderBodyHtml('[a](foo.html) [b](file:///etc/passwd) [c](ftp://x) [d](//evil.example) [e](/root)', refs));
    expect(doc.querySelectorAll('a')).toHaveLength(0);
    expect(doc.body.textContent).toContain('[a](foo.html)');
  });

  it('never loads an image: alt text shown, linked to an http(s) source', () => {
    const body = '![Grafiek [1]](https://example.org/g.png "titel") ![lokaal](plaatje.png) [![badge](https://i.example/b.svg)](https://example.org/)';
    const doc = parseFragment(renderBodyHtml(body, refs));
    expect(doc.querySelectorAll('img')).toHaveLength(0);
    const imageLink = doc.querySelector('a.image-link');
    expect(imageLink?.getAttribute('href')).toBe('https://example.org/g.png');
    expect(imageLink?.textContent).toBe('Image: Grafiek [1]');
    // A relative image source fails validateLink and stays Markdown text.
    expect(doc.body.textContent).toContain('![lokaal](plaatje.png)');
    // An image inside a link becomes text inside that link, never a nested anchor.
    const outer = doc.querySelector('a[href="https://example.org/"]');
    expect(outer?.querySelector('a')).toBeNull();
    expect(outer?.textContent).toBe('Image: badge');
    expectSafe(doc);
  });
});

describe('renderBodyHtml: hostile input', () => {
  const cases: Array<[string, string]> = [
    ['script element', '<script>alert(1)</script>'],
    ['img onerror', '<img src=x onerror=alert(1)>'],
    ['inline html', 'tekst <b onmouseover="alert(1)">vet</b> <a href="javascript:alert(1)">x</a>'],
    ['javascript link', '[x](javascript:alert(1))'],
    ['uppercase javascript link', '[x](JAVASCRIPT:alert(1))'],
    ['javascript with entity', '[x](jav&#x61;script:alert(1))'],
    ['javascript with tab', '[x](<java\tscript:alert(1)>)'],
    ['vbscript link', '[x](vbscript:msgbox(1))'],
    ['data link', '[x](data:text/html,<script>alert(1)</script>)'],
    ['data image', '![x](data:image/svg+xml,<svg onload=alert(1)>)'],
    ['javascript autolink', '<javascript:alert(1)>'],
    ['reference-style javascript', '[x][r]\n\n[r]: javascript:alert(1)'],
    ['html block', '<div onclick="alert(1)">\n\n*x*\n\n</div>'],
    ['iframe', '<iframe src="https://evil.example"></iframe>'],
    ['link title breakout', '[x](https://a.be "\\"><script>alert(1)</script>")'],
    ['fence info breakout', '```"><script>alert(1)</script>\ncode\n```'],
  ];

  it.each(cases)('%s: no script, no on* attribute, no unsafe href', (_name, body) => {
    const html = renderBodyHtml(body, refs, { sourceLines: true });
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/<(?:img|iframe|svg|div|b)\b/i);
    expect(html).not.toMatch(/<[^>]*\son\w+\s*=/i);
    expect(html).not.toMatch(/href="\s*(?:javascript|vbscript|data):/i);
    const doc = parseFragment(html);
    expect(doc.querySelectorAll('script')).toHaveLength(0);
    expectSafe(doc);
  });

  it('escapes raw HTML so it shows as text', () => {
    const doc = parseFragment(renderBodyHtml('<script>alert(1)</script>', refs));
    expect(doc.body.textContent?.trim()).toBe('<script>alert(1)</script>');
  });

  it('stays safe for any mix of Markdown, HTML and URL fragments (property)', () => {
    const pieces = [
      '[', ']', '(', ')', '<', '>', '"', "'", '`', '*', '_', '!', '\\', '&', '#', ':', ' ', '\n', '\n\n', '    ',
      'javascript:', 'JaVaScRiPt:', 'data:', 'vbscript:', 'http://x', 'https:', 'mailto:', '//', 'on', 'onerror=',
      '<script>', '<img src=x ', '<a href=', '[0]', '[1]', '[99]', '\\[2]', 'alert(1)', '&#x6A;', '%0A', '```', '~~~',
    ];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 40 }), (parts) => {
        const doc = parseFragment(renderBodyHtml(parts.join(''), refs, { sourceLines: true }));
        expect(safetyProblems(doc)).toEqual([]);
      }),
      { numRuns: 400 },
    );
  });
});

describe('renderBodyHtml: headings', () => {
  const levels = (body: string) => Array.from(parseFragment(renderBodyHtml(body, refs)).querySelectorAll('h1, h2, h3, h4, h5, h6')).map((h) => h.tagName.toLowerCase());

  it('nests the body under the page title: the levels used become h2, h3, … in order', () => {
    expect(levels('### Acties\n\ntekst\n\n### Conclusie\n')).toEqual(['h2', 'h2']);
    expect(levels('# Evaluatie\n\n### Detail\n\n#### Fijner\n\n# Besluit\n')).toEqual(['h2', 'h3', 'h4', 'h2']);
    expect(levels('## a\n\n###### b\n')).toEqual(['h2', 'h3']);
  });

  it('never goes past h6', () => {
    expect(levels('# 1\n\n## 2\n\n### 3\n\n#### 4\n\n##### 5\n\n###### 6\n')).toEqual(['h2', 'h3', 'h4', 'h5', 'h6', 'h6']);
  });
});

describe('renderBodyHtml: source lines', () => {
  it('puts 1-based body line numbers on block elements when asked', () => {
    const body = 'Samenvatting\n\n### Kop\n\n- een\n- twee\n\n> citaat\n\n```\ncode\n```\n\n---\n';
    const doc = parseFragment(renderBodyHtml(body, refs, { sourceLines: true }));
    const lines = Array.from(doc.querySelectorAll('[data-line]')).map((el) => [el.tagName.toLowerCase(), el.getAttribute('data-line')]);
    expect(lines).toEqual([
      ['p', '1'],
      ['h2', '3'],
      ['ul', '5'],
      ['li', '5'],
      ['li', '6'],
      ['blockquote', '8'],
      ['p', '8'],
      ['code', '10'],
      ['hr', '14'],
    ]);
  });

  it('adds no data-line attributes by default', () => {
    expect(renderBodyHtml('a\n\nb', refs)).not.toContain('data-line');
  });
});
