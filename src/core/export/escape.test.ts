import { describe, expect, it } from 'vitest';
import { escapeHtml, isHttpUrl, safeHref, safeRelativeHref } from './escape';

describe('escapeHtml', () => {
  it('escapes the five characters that matter in content and quoted attributes', () => {
    expect(escapeHtml(`<a href="x" title='y'>&amp;</a>`)).toBe('&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;amp;&lt;/a&gt;');
  });

  it('leaves other text, typographic quotes and non-ASCII alone', () => {
    expect(escapeHtml('‘slimmere overheid’ – “Triënnale”')).toBe('‘slimmere overheid’ – “Triënnale”');
  });
});

describe('safeHref', () => {
  it('accepts http, https, mailto and in-page fragments, in any case', () => {
    for (const url of ['http://a.be', 'https://a.be/?q=%0A', 'HTTPS://A.BE', 'mailto:x@y.be', '#ref-3', '#']) {
      expect(safeHref(url)).toBe(url);
    }
  });

  it('refuses other schemes, relative URLs and anything with whitespace or control characters', () => {
    for (const url of [
      'javascript:alert(1)',
      'JAVASCRIPT:alert(1)',
      ' javascript:alert(1)',
      'java\tscript:alert(1)',
      'data:text/html,x',
      'vbscript:x',
      'file:///etc/passwd',
      'ftp://x',
      '//evil.example',
      'foo.html',
      '',
      'https://a.be/\nx',
      'https://a.be/ x',
      '\u0000https://a.be',
    ]) {
      expect(safeHref(url)).toBeNull();
    }
  });
});

describe('isHttpUrl', () => {
  it('wants an absolute http(s) URL with a host', () => {
    expect(isHttpUrl('https://beslissingenvlaamseregering.vlaanderen.be/?search=x%0A')).toBe(true);
    expect(isHttpUrl('https:foo')).toBe(false);
    expect(isHttpUrl('mailto:x@y.be')).toBe(false);
    expect(isHttpUrl('https://a.be/ b')).toBe(false);
  });
});

describe('safeRelativeHref', () => {
  it('accepts relative references and safe absolute ones', () => {
    expect(safeRelativeHref('../../index.html')).toBe('../../index.html');
    expect(safeRelativeHref('Brussel/Vlaamse%20feestdag.html')).toBe('Brussel/Vlaamse%20feestdag.html');
    expect(safeRelativeHref('https://a.be')).toBe('https://a.be');
  });

  it('refuses other schemes and protocol-relative or backslash URLs', () => {
    for (const href of ['javascript:alert(1)', 'data:x', '//evil.example', '\\\\evil', '', 'a b.html']) {
      expect(safeRelativeHref(href)).toBeNull();
    }
  });
});
