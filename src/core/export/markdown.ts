// The one Markdown renderer behind both the HTML export and the editor's live preview.
// Citations (`[12]` in the edit form) are recognised by an inline rule, so they are never
// rewritten inside code spans, fenced code, link text or link destinations.

import MarkdownIt from 'markdown-it';
import type { RendererRule, StateCore, StateInline, Token } from 'markdown-it';
import type { Reference } from '../../shared/models';
import { escapeHtml, safeHref } from './escape';

export interface BodyRenderOptions {
  /** Prepended to every id this renderer emits (`cite-…`, and the `#ref-…` targets it links to). */
  idPrefix?: string;
  /** Put `data-line="N"` (1-based body line) on block elements, for preview scroll sync. */
  sourceLines?: boolean;
}

/** Per-render state, carried in markdown-it's `env`. */
interface RenderEnv {
  known: ReadonlySet<number>;
  idPrefix: string;
  sourceLines: boolean;
  /** Citation number -> how many linked occurrences were emitted so far. */
  occurrences: Map<number, number>;
}

export interface RenderedBody {
  html: string;
  /** Citation number -> number of linked occurrences (`cite-N-1` … `cite-N-K`), known references only. */
  occurrences: Map<number, number>;
}

const CITATION_TOKEN = 'citation';
// Canonical numbers only, as the citation checker (core/citations/scan) reads them: `[007]`
// is reported there as malformed and stays text here. Sticky, so it matches at `lastIndex`.
const CITATION_AT = /\[(0|[1-9][0-9]*)\]/y;

/**
 * Two placements of one rule: before `link` it claims `[N]` unless a `(` follows (so `[3][4]`
 * stays two citations rather than a reference link); after `link` it claims `[N](…)` that did
 * not turn out to be a valid link (`[3](2021)`, `[3](javascript:…)`).
 */
function citationRule(beforeLink: boolean) {
  return (state: StateInline, silent: boolean): boolean => {
    // Silent mode is only used while scanning link/image labels (parseLinkLabel); a citation
    // token there would make `[see [3]](url)` fail as a "nested link", so stay transparent.
    if (silent) return false;
    if (state.src.charCodeAt(state.pos) !== 0x5b /* [ */) return false;
    // Inside link text a citation would nest one anchor in another.
    if (((state as StateInline & { linkLevel?: number }).linkLevel ?? 0) > 0) return false;
    CITATION_AT.lastIndex = state.pos;
    const m = CITATION_AT.exec(state.src);
    if (!m || state.pos + m[0].length > state.posMax) return false;
    const end = state.pos + m[0].length;
    if (beforeLink && end < state.posMax && state.src.charCodeAt(end) === 0x28 /* ( */) return false;
    const token = state.push(CITATION_TOKEN, '', 0);
    token.meta = { number: Number(m[1]) };
    token.markup = m[0];
    state.pos = end;
    return true;
  };
}

/** Marks images that sit inside link text, so they are not rendered as a nested link. */
function markImagesInLinks(state: StateCore): void {
  for (const block of state.tokens) {
    if (block.type !== 'inline' || !block.children) continue;
    let depth = 0;
    for (const t of block.children) {
      if (t.type === 'link_open') depth++;
      else if (t.type === 'link_close') depth--;
      else if (t.type === 'image') t.meta = { ...(t.meta ?? {}), insideLink: depth > 0 };
    }
  }
}

/**
 * The page's title is its only h1, so the body's headings step down beneath it: the
 * levels the body uses become h2, h3, … in order (`#` and `###` → h2 and h3; `###` alone
 * → h2). The outline stays as written, without the gaps a screen reader's heading list
 * would show (WCAG 1.3.1); the Markdown itself is untouched.
 */
function nestHeadings(state: StateCore): void {
  const headings = state.tokens.filter((t) => t.type === 'heading_open' || t.type === 'heading_close');
  const levels = [...new Set(headings.map((t) => Number(t.tag.slice(1))))].sort((a, b) => a - b);
  for (const t of headings) t.tag = `h${Math.min(6, 2 + levels.indexOf(Number(t.tag.slice(1))))}`;
}

function addSourceLines(state: StateCore): void {
  if (!(state.env as RenderEnv).sourceLines) return;
  for (const t of state.tokens) {
    if (t.map && t.nesting !== -1 && t.type !== 'inline') t.attrSet('data-line', String(t.map[0] + 1));
  }
}

/** Plain text of inline tokens, citations kept as `[N]` — used for image alt text. */
function inlineText(tokens: Token[] | null): string {
  let out = '';
  for (const t of tokens ?? []) {
    if (t.type === 'text' || t.type === 'code_inline') out += t.content;
    else if (t.type === CITATION_TOKEN) out += t.markup;
    else if (t.type === 'image') out += inlineText(t.children);
    else if (t.type === 'softbreak' || t.type === 'hardbreak') out += ' ';
  }
  return out;
}

const renderCitation: RendererRule = (tokens, idx, _options, env: RenderEnv) => {
  const n = (tokens[idx].meta as { number: number }).number;
  const label = `[${n}]`;
  if (!env.known.has(n)) {
    return `<span class="cite missing" title="No reference ${label}">${label}</span>`;
  }
  const k = (env.occurrences.get(n) ?? 0) + 1;
  env.occurrences.set(n, k);
  const p = escapeHtml(env.idPrefix);
  return `<sup class="cite"><a href="#${p}ref-${n}" id="${p}cite-${n}-${k}">${label}</a></sup>`;
};

// Images are never loaded: the export must read offline with no external file, and the
// preview must not fetch anything. An image shows as its alt text, linked to its source
// when that is an http(s) URL (and the image is not already inside a link).
const renderImage: RendererRule = (tokens, idx) => {
  const t = tokens[idx];
  const alt = inlineText(t.children).trim();
  const src = t.attrGet('src') ?? '';
  const text = `Image: ${escapeHtml(alt || src)}`;
  const href = safeHref(src);
  const insideLink = (t.meta as { insideLink?: boolean } | null)?.insideLink === true;
  if (href && !href.startsWith('#') && !href.toLowerCase().startsWith('mailto:') && !insideLink) {
    return `<a class="image-link" href="${escapeHtml(href)}" rel="noopener noreferrer">${text}</a>`;
  }
  return `<span class="image-alt">${text}</span>`;
};

const renderLinkOpen: RendererRule = (tokens, idx, options, _env, self) => {
  const t = tokens[idx];
  // validateLink already vetted the href; checking again keeps one mistake from being enough.
  const href = safeHref(t.attrGet('href') ?? '');
  if (href === null) t.attrs = (t.attrs ?? []).filter(([name]) => name !== 'href');
  t.attrSet('rel', 'noopener noreferrer');
  return self.renderToken(tokens, idx, options);
};

function createMarkdown(): MarkdownIt {
  const md = new MarkdownIt('default', { html: false, linkify: false, typographer: false });
  md.validateLink = (url: string) => safeHref(url) !== null;
  md.inline.ruler.before('link', 'citation', citationRule(true));
  md.inline.ruler.after('link', 'citation_after_link', citationRule(false));
  md.core.ruler.push('images_in_links', markImagesInLinks);
  md.core.ruler.push('nest_headings', nestHeadings);
  md.core.ruler.push('source_lines', addSourceLines);
  md.renderer.rules[CITATION_TOKEN] = renderCitation;
  md.renderer.rules.image = renderImage;
  md.renderer.rules.link_open = renderLinkOpen;
  return md;
}

const md = createMarkdown();

/** Renders a body (edit form) and reports which citations were linked, for the back-links. */
export function renderBody(body: string, references: readonly Reference[], opts: BodyRenderOptions = {}): RenderedBody {
  const env: RenderEnv = {
    known: new Set(references.map((r) => r.number)),
    idPrefix: opts.idPrefix ?? '',
    sourceLines: opts.sourceLines === true,
    occurrences: new Map(),
  };
  const html = md.render(body, env);
  return { html, occurrences: env.occurrences };
}

/**
 * The body as an HTML fragment: Markdown with raw HTML escaped, citations linked to
 * `#ref-N` (with `id="cite-N-K"` for back-links), unknown citations flagged.
 */
export function renderBodyHtml(body: string, references: readonly Reference[], opts: BodyRenderOptions = {}): string {
  return renderBody(body, references, opts).html;
}

/**
 * The body's markdown-it block tokens, for other output formats (Word): citations are
 * `citation` inline tokens with `meta.number`, links already vetted by `safeHref`.
 */
export function parseBodyTokens(body: string): Token[] {
  return md.parse(body, {});
}

export const CITATION_TOKEN_TYPE = CITATION_TOKEN;

/** How often each known reference is cited (linked) in the body — what the back-links need. */
export function countCitations(body: string, references: readonly Reference[]): Map<number, number> {
  return renderBody(body, references).occurrences;
}
