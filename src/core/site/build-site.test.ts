import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import type { ProjectInfo, Section } from '../../shared/models';
import { buildSite } from './build-site';
import { siteClient } from './client/site-client';
import { bodyPlainText, normalizeTerm } from './search-text';

const require = createRequire(import.meta.url);
const minisearchScript = readFileSync(join(dirname(require.resolve('minisearch')), '..', 'umd', 'index.js'), 'utf8');

const project: ProjectInfo = { name: 'Regeerakkoord', government: 'Vlaamse Regering', termStart: '2019-10-02', termEnd: '2024-09-30', language: 'nl', createdAt: 'x' };

function section(path: string[], name: string, verdict: Section['verdict'], body: string): Section {
  return {
    id: `${path.join('-')}-${name}`,
    path,
    name,
    order: 0,
    heading: name,
    agreement: `1.1 ${name} [Wij doen iets]`,
    body,
    references: [{ number: 0, date: '2020-01-01', title: `Beslissing over ${name}`, url: 'https://example.org/x' }],
    verdict,
    verdictNote: '',
    status: 'draft',
    agreementChecksum: null,
    createdAt: 'x',
    updatedAt: 'x',
    revision: 1,
  };
}

const SECTIONS = [
  section(['Onderwijs', 'Leerplicht'], 'Kleuterschool', 'kept', 'De coördinatie van het **kleuteronderwijs** werd versterkt [0].'),
  section(['Onderwijs', 'Leerplicht'], 'Leerplicht vanaf vijf', 'broken', 'Geen wetsontwerp ingediend; de scholen blijven ongerust.'),
  section(['Wonen'], 'Sociale huur', 'in-progress', 'De wachtlijsten voor sociale woningen blijven lang, ook bij de school in de wijk.'),
];

function site() {
  const files = buildSite(SECTIONS, project, { generatedAt: '2024-01-01T00:00:00Z', minisearchScript });
  const get = (path: string) => {
    const f = files.find((x) => x.segments.join('/') === path);
    if (!f) throw new Error(`no ${path}`);
    return f.render();
  };
  return { files, get };
}

/** The index page with its three scripts run, as a browser would from file://. */
async function openIndex(query = ''): Promise<Window & typeof globalThis> {
  const { get } = site();
  const dom = new JSDOM(get('index.html'), { runScripts: 'outside-only', url: `file:///site/index.html${query}` });
  const w = dom.window as unknown as Window & typeof globalThis & { eval(code: string): unknown };
  w.eval(get('assets/minisearch.js'));
  w.eval(get('assets/search-index.js'));
  w.eval(get('assets/site.js'));
  return w;
}

async function type(w: Window & typeof globalThis, text: string): Promise<void> {
  const input = w.document.getElementById('site-search') as HTMLInputElement;
  input.value = text;
  input.dispatchEvent(new w.Event('input'));
  await new Promise((r) => setTimeout(r, 120));
}

describe('buildSite', () => {
  it('lays out pages in the tree, an index and the assets', () => {
    const names = site().files.map((f) => f.segments.join('/'));
    expect(names).toEqual([
      'Onderwijs/Leerplicht/Kleuterschool.html',
      'Onderwijs/Leerplicht/Leerplicht vanaf vijf.html',
      'Wonen/Sociale huur.html',
      'index.html',
      'assets/site.css',
      'assets/site.js',
      'assets/minisearch.js',
      'assets/search-index.js',
    ]);
  });

  it('links each page to its neighbours and the index, with the site stylesheet and no script of its own', () => {
    const page = new JSDOM(site().get('Onderwijs/Leerplicht/Leerplicht vanaf vijf.html')).window.document;
    expect(page.querySelector('a[rel="prev"]')?.getAttribute('href')).toBe('../../Onderwijs/Leerplicht/Kleuterschool.html');
    expect(page.querySelector('a[rel="next"]')?.getAttribute('href')).toBe('../../Wonen/Sociale%20huur.html');
    expect(page.querySelector('a[rel="next"] .pager-word')?.textContent).toBe('Volgende →');
    expect(page.querySelector('nav.breadcrumbs a')?.getAttribute('href')).toBe('../../index.html');
    expect(page.querySelector('link[rel="stylesheet"]')?.getAttribute('href')).toBe('../../assets/site.css');
    expect(page.querySelectorAll('script')).toHaveLength(0);
    expect(page.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content')).toContain("script-src 'self'");
    const first = new JSDOM(site().get('Onderwijs/Leerplicht/Kleuterschool.html')).window.document;
    expect(first.querySelector('a[rel="prev"]')).toBeNull();
  });

  it('loads its scripts from files only', () => {
    const index = new JSDOM(site().get('index.html')).window.document;
    const scripts = Array.from(index.querySelectorAll('script'));
    expect(scripts.map((s) => s.getAttribute('src'))).toEqual(['assets/minisearch.js', 'assets/search-index.js', 'assets/site.js']);
    for (const s of scripts) expect(s.textContent).toBe('');
    expect(index.getElementById('site-tools')?.hasAttribute('hidden')).toBe(true);
  });
});

describe('the site in a browser', () => {
  it('shows the tools once its script runs and filters by verdict and domain', async () => {
    const w = await openIndex();
    const doc = w.document;
    expect(doc.getElementById('site-tools')?.hidden).toBe(false);
    expect(doc.getElementById('filter-count')?.textContent).toBe('3 van 3 secties getoond');
    const verdict = doc.getElementById('filter-verdict') as HTMLSelectElement;
    verdict.value = 'kept';
    verdict.dispatchEvent(new w.Event('change'));
    const visible = () => Array.from(doc.querySelectorAll<HTMLElement>('.contents li[data-verdict]')).filter((li) => !li.hidden).map((li) => li.querySelector('a')?.textContent);
    expect(visible()).toEqual(['Kleuterschool']);
    expect(doc.querySelector<HTMLElement>('section.folder[data-domain="Wonen"]')?.hidden).toBe(true);
    verdict.value = '';
    const domain = doc.getElementById('filter-domain') as HTMLSelectElement;
    domain.value = 'Wonen';
    domain.dispatchEvent(new w.Event('change'));
    expect(visible()).toEqual(['Sociale huur']);
    expect(doc.getElementById('filter-count')?.textContent).toBe('1 van 3 secties getoond');
  });

  it('finds sections by a word typed without its accents, and by the start of a word', async () => {
    const w = await openIndex();
    await type(w, 'coordinatie');
    const hits = () => Array.from(w.document.querySelectorAll('.search-hit a')).map((a) => [a.textContent, a.getAttribute('href')]);
    expect(hits()).toEqual([['Kleuterschool', 'Onderwijs/Leerplicht/Kleuterschool.html']]);
    expect(w.document.querySelector('.search-hit mark')?.textContent).toBe('coördinatie');
    expect(w.document.querySelector<HTMLElement>('.contents')?.hidden).toBe(true);
    await type(w, 'wachtl');
    expect(hits()).toEqual([['Sociale huur', 'Wonen/Sociale%20huur.html']]);
    await type(w, 'zzzz');
    expect(hits()).toEqual([]);
    expect(w.document.getElementById('search-status')?.textContent).toBe('Geen secties gevonden.');
    await type(w, '');
    expect(w.document.querySelector<HTMLElement>('.contents')?.hidden).toBe(false);
  });

  it('finds the other forms of a word by its Dutch stem, and marks them', async () => {
    const w = await openIndex();
    const hits = () => Array.from(w.document.querySelectorAll('.search-hit a')).map((a) => a.textContent).sort();
    const marks = () => Array.from(w.document.querySelectorAll('.search-hit mark')).map((m) => m.textContent).sort();
    // `school` and `scholen` share the stem `schol`; neither is the start of the other.
    for (const word of ['school', 'Scholen']) {
      await type(w, word);
      expect(hits()).toEqual(['Leerplicht vanaf vijf', 'Sociale huur']);
      expect(marks()).toEqual(['scholen', 'school']);
    }
  });

  it('runs a search given in the address (?q=)', async () => {
    const w = await openIndex('?q=wetsontwerp');
    expect(Array.from(w.document.querySelectorAll('.search-hit a')).map((a) => a.textContent)).toEqual(['Leerplicht vanaf vijf']);
  });

  it('keeps report text as text in hits', async () => {
    const evil = section(['Wonen'], 'Kwaad', 'kept', 'zoekwoord <img src=x onerror="window.__pwned=1"> <b>vet</b>');
    const files = buildSite([evil], project, { minisearchScript });
    const get = (p: string) => files.find((f) => f.segments.join('/') === p)!.render();
    const dom = new JSDOM(get('index.html'), { runScripts: 'outside-only', url: 'file:///s/index.html' });
    const w = dom.window as unknown as Window & typeof globalThis & { eval(code: string): unknown; __pwned?: number };
    w.eval(get('assets/minisearch.js'));
    w.eval(get('assets/search-index.js'));
    w.eval(get('assets/site.js'));
    await type(w, 'zoekwoord');
    expect(w.document.querySelector('.search-hit img')).toBeNull();
    expect(w.document.querySelector('.snippet')?.textContent).toContain('<img');
    expect(w.__pwned).toBeUndefined();
  });
});

describe('bodyPlainText', () => {
  it('drops Markdown and citations, and the space a citation leaves before punctuation', () => {
    expect(bodyPlainText('## Kop\n\nIn **2020** [1], en in 2022 [2][3].\n\n- punt [4]')).toBe('Kop\nIn 2020, en in 2022.\npunt');
  });
});

describe('the page script', () => {
  it('normalises terms exactly as the index builder does', () => {
    const source = siteClient.toString();
    const fn = /const normalizeTerm = (\(term\) => [^\n]+);\n/.exec(source)?.[1];
    expect(fn).toBeDefined();
    const clientNormalize = new Function(`return ${fn}`)() as (t: string) => string;
    for (const word of ['Coördinatie', 'ÉÉN', 'naïef', 'Ijzer', 'ĳs', 'café', 'Straße', 'Œuvre', '12,5%']) expect(clientNormalize(word)).toBe(normalizeTerm(word));
  });
});
