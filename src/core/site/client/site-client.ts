// The report site's one script (assets/site.js): verdict and domain filters on the index,
// and full-text search over the prebuilt index in assets/search-index.js.
//
// It is shipped as the source text of `siteClient` (see siteClientScript), so the function
// must be self-contained: it may use only the browser's globals and what it declares
// itself — no imports, no module-level helpers. It runs as a classic script (not a module)
// because from file:// a browser refuses module scripts and fetch. Every element is built
// with the DOM (never innerHTML): report text stays text.

/** The slice of MiniSearch's API the page uses (loaded by assets/minisearch.js). */
interface LoadedIndex {
  search(query: string, options: object): { id: number; terms: string[] }[];
}
interface MiniSearchGlobal {
  loadJS(js: unknown, options: { fields: readonly string[]; processTerm: (t: string) => string }): LoadedIndex;
}
interface SearchData {
  fields: readonly string[];
  index: unknown;
  docs: { title: string; href: string; where: string; verdict: string; text: string }[];
  /** `[word, stem]` for the site's words whose Dutch stem differs from them. */
  stems?: [string, string][];
}
type SiteWindow = Window & {
  MiniSearch?: MiniSearchGlobal;
  PWB_SEARCH?: SearchData;
  /** Runs a search at once (no typing pause) and returns the hits shown; for `npm run bench`. */
  PWB_SITE_SEARCH?: (query: string) => number;
};

export function siteClient(): void {
  const win = window as SiteWindow;
  // Must equal normalizeTerm in search-text.ts (a test compares the two).
  // eslint-disable-next-line no-control-regex
  const normalizeTerm = (term: string): string => (/^[\x00-\x7f]*$/.test(term) ? term.toLowerCase() : term.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase());
  // Filled from the index: a word the site does not hold is searched as it is typed.
  let stemOf = new Map<string, string>();
  const processTerm = (term: string): string => {
    const word = normalizeTerm(term);
    return stemOf.get(word) ?? word;
  };
  const bare = (word: string): string => processTerm(word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''));
  const SEARCH_OPTIONS = {
    prefix: (term: string) => term.length >= 3,
    fuzzy: (term: string) => (term.length >= 6 ? 0.15 : 0),
    combineWith: 'AND',
    boost: { title: 4, domain: 2, agreement: 1.2 },
  };
  // More hits than a person reads; each costs a snippet, and the count above says how many there are.
  const MAX_RESULTS = 30;
  const SNIPPET_WORDS = 16;

  const el = (tag: string, attrs: Record<string, string>, children: (Node | string)[] = []): HTMLElement => {
    const node = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
    for (const c of children) node.appendChild(typeof c === 'string' ? document.createTextNode(c) : c);
    return node;
  };

  /** Words around the first word that matched (by stem), the matches marked. */
  const snippet = (text: string, terms: Set<string>): HTMLElement => {
    const words = text.split(/\s+/);
    let hit = words.findIndex((w) => terms.has(bare(w)));
    if (hit < 0) hit = 0;
    const start = Math.max(0, hit - 5);
    const part = words.slice(start, start + SNIPPET_WORDS);
    const p = el('p', { class: 'snippet', lang: 'nl' });
    if (start > 0) p.appendChild(document.createTextNode('… '));
    part.forEach((word, k) => {
      p.appendChild(terms.has(bare(word)) ? el('mark', {}, [word]) : document.createTextNode(word));
      if (k < part.length - 1) p.appendChild(document.createTextNode(' '));
    });
    if (start + SNIPPET_WORDS < words.length) p.appendChild(document.createTextNode(' …'));
    return p;
  };

  const setUpSearch = (tools: HTMLElement, MiniSearch: MiniSearchGlobal, data: SearchData): void => {
    const input = document.getElementById('site-search') as HTMLInputElement;
    const out = document.getElementById('search-results') as HTMLElement;
    const status = document.getElementById('search-status') as HTMLElement;
    const contents = document.querySelector<HTMLElement>('.contents');
    const verdictLabels = JSON.parse(tools.getAttribute('data-verdict-labels') ?? '{}') as Record<string, string>;
    // Finished sentences by count, plurals done by the catalogue when the site was made.
    const resultCounts = JSON.parse(tools.getAttribute('data-result-counts') ?? '[]') as string[];
    stemOf = new Map(data.stems ?? []);
    const index = MiniSearch.loadJS(data.index, { fields: data.fields, processTerm });

    const run = (): void => {
      const query = input.value.trim();
      out.replaceChildren();
      if (query === '') {
        out.hidden = true;
        status.textContent = '';
        if (contents) contents.hidden = false;
        return;
      }
      const results = index.search(query, SEARCH_OPTIONS);
      out.hidden = false;
      if (contents) contents.hidden = true;
      status.textContent = resultCounts[Math.min(results.length, resultCounts.length - 1)] ?? String(results.length);
      const list = el('ol', { class: 'search-hits' });
      for (const r of results.slice(0, MAX_RESULTS)) {
        const doc = data.docs[r.id];
        list.appendChild(
          el('li', { class: 'search-hit' }, [
            el('a', { href: doc.href, lang: 'nl' }, [doc.title]),
            ' ',
            el('span', { class: `badge verdict verdict-${doc.verdict}` }, [verdictLabels[doc.verdict] ?? doc.verdict]),
            ' ',
            el('span', { class: 'meta', lang: 'nl' }, [doc.where]),
            snippet(doc.text, new Set(r.terms)),
          ]),
        );
      }
      out.appendChild(list);
    };

    let timer: ReturnType<typeof setTimeout> | undefined;
    input.addEventListener('input', () => {
      clearTimeout(timer);
      timer = setTimeout(run, 60);
    });
    input.form?.addEventListener('submit', (e) => {
      e.preventDefault();
      clearTimeout(timer);
      run();
    });
    win.PWB_SITE_SEARCH = (query: string): number => {
      input.value = query;
      run();
      return out.querySelectorAll('.search-hit').length;
    };
    const q = new URLSearchParams(win.location.search).get('q');
    if (q) {
      input.value = q;
      run();
    }
  };

  const setUpFilters = (tools: HTMLElement): void => {
    const verdict = document.getElementById('filter-verdict') as HTMLSelectElement;
    const domain = document.getElementById('filter-domain') as HTMLSelectElement;
    const count = document.getElementById('filter-count') as HTMLElement;
    const items = Array.from(document.querySelectorAll<HTMLElement>('.contents li[data-verdict]'));
    const folders = Array.from(document.querySelectorAll<HTMLElement>('.contents section.folder'));
    const shownText = JSON.parse(tools.getAttribute('data-shown') ?? '[]') as string[];
    const apply = (): void => {
      let shown = 0;
      for (const li of items) {
        const ok = (verdict.value === '' || li.dataset.verdict === verdict.value) && (domain.value === '' || li.dataset.domain === domain.value);
        li.hidden = !ok;
        if (ok) shown++;
      }
      // Deepest folders first, so a parent sees whether any child folder still shows something.
      for (const f of folders.slice().reverse()) f.hidden = !f.querySelector('li[data-verdict]:not([hidden])');
      count.textContent = shownText[shown] ?? `${shown}/${items.length}`;
    };
    verdict.addEventListener('change', apply);
    domain.addEventListener('change', apply);
    apply();
  };

  const start = (): void => {
    const tools = document.getElementById('site-tools');
    if (!tools) return;
    tools.hidden = false;
    setUpFilters(tools);
    if (win.MiniSearch && win.PWB_SEARCH) setUpSearch(tools, win.MiniSearch, win.PWB_SEARCH);
  };

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
  else start();
}

/** The script file: the function's own source, called at once. */
export function siteClientScript(): string {
  return `"use strict";\n(${siteClient.toString()})();\n`;
}
