// Marks the words a search matched (by term, so `zorgtoeslagen` is marked for the query
// `zorgtoeslag`) with \u0002 … \u0003, and cuts a text to the passage that holds the
// most of them. The marks are plain characters, never HTML; the renderer turns them
// into <mark> elements.
import { foldSpan, scanWordSpans } from './analyzer';
import type { SearchIndex } from './search-index';

export const MARK_START = '\u0002';
export const MARK_END = '\u0003';
const SNIPPET_WORDS = 32;

interface Span {
  start: number;
  end: number;
  term: number;
}

/**
 * Spans of `text` (UTF-16 offsets) whose term is one of `terms`: each word, and each
 * hyphen-joined word (`infor-matie`) as one span when the joined word matches. Words are
 * looked up in place (`SearchIndex.sliceTerm`): snippets of a page of long decisions
 * read tens of thousands of words per search.
 */
function matchedSpans(index: SearchIndex, text: string, terms: ReadonlySet<number>): { words: number; spans: Span[] } {
  const starts = termStarts(index, terms);
  const spans: Span[] = [];
  let words = 0;
  // The words of a hyphen-joined run, with their terms, until the run ends.
  let chain = '';
  let chainFrom = -1;
  const chainTerms: number[] = [];
  const single = (i: number, term: number) => {
    if (term >= 0 && terms.has(term)) spans.push({ start: wordStarts[i], end: wordEnds[i], term });
  };
  scanWordSpans(text, (start, end, plain, hyphenNext) => {
    const word = plain && !hyphenNext && chainFrom < 0 ? null : foldSpan(text, start, end, plain);
    if (word === '') return;
    const i = words++;
    if (i === wordStarts.length) growWords();
    wordStarts[i] = start;
    wordEnds[i] = end;
    if (word === null) {
      const c0 = text.charCodeAt(start) | 0x20;
      const c1 = end - start > 1 ? text.charCodeAt(start + 1) | 0x20 : 0;
      if (starts[(c0 << 7) | c1] === 1) single(i, index.sliceTerm(text, start, end));
      return;
    }
    if (!hyphenNext && chainFrom < 0) {
      single(i, index.wordTerm(word));
      return;
    }
    if (chainFrom < 0) chainFrom = i;
    chain += word;
    chainTerms.push(index.wordTerm(word));
    if (hyphenNext) return;
    const joined = index.wordTerm(chain);
    if (joined >= 0 && terms.has(joined)) spans.push({ start: wordStarts[chainFrom], end, term: joined });
    else chainTerms.forEach((t, k) => single(chainFrom + k, t));
    chain = '';
    chainFrom = -1;
    chainTerms.length = 0;
  });
  // A run cut short (its last word folded to nothing) counts word by word.
  chainTerms.forEach((t, k) => single(chainFrom + k, t));
  spans.sort((a, b) => a.start - b.start);
  return { words, spans };
}

/**
 * Offsets of the words of the text last marked (`matchedSpans`): shared, grown as needed.
 * A page of hits reads tens of thousands of words, and fresh arrays for each text were
 * most of the garbage a search made.
 */
let wordStarts = new Int32Array(1024);
let wordEnds = new Int32Array(1024);

function growWords(): void {
  const starts = new Int32Array(wordStarts.length * 2);
  const ends = new Int32Array(wordStarts.length * 2);
  starts.set(wordStarts);
  ends.set(wordEnds);
  wordStarts = starts;
  wordEnds = ends;
}

/** Per term set (a search marks every hit with one set): its table, for the index it was made with. */
const startsCache = new WeakMap<ReadonlySet<number>, { index: SearchIndex; size: number; starts: Uint8Array }>();

/**
 * The first two letters of `terms`, as a table over two ASCII codes (a one-letter term:
 * the letter and 0). The stemmer never changes a word's first two letters (it cuts and
 * changes from the third on; analyzer.test.ts checks it), so a plain word that begins no
 * term cannot match one and is not looked up at all: most words of a text.
 */
function termStarts(index: SearchIndex, terms: ReadonlySet<number>): Uint8Array {
  const cached = startsCache.get(terms);
  if (cached?.index === index && cached.size === terms.size) return cached.starts;
  const starts = new Uint8Array(1 << 14);
  for (const t of terms) {
    const term = index.terms[t];
    if (term === undefined || term === '') continue;
    const c0 = term.charCodeAt(0);
    const c1 = term.length > 1 ? term.charCodeAt(1) : 0;
    if (c0 < 0x80 && c1 < 0x80) starts[(c0 << 7) | c1] = 1;
  }
  startsCache.set(terms, { index, size: terms.size, starts });
  return starts;
}

function mark(text: string, spans: Span[], from: number, to: number): string {
  let out = '';
  let at = from;
  for (const s of spans) {
    if (s.start < from || s.end > to) continue;
    out += text.slice(at, s.start) + MARK_START + text.slice(s.start, s.end) + MARK_END;
    at = s.end;
  }
  return out + text.slice(at, to);
}

/** The whole text with every matched word marked. */
export function markMatches(index: SearchIndex, text: string, terms: ReadonlySet<number>): string {
  return mark(text, matchedSpans(index, text, terms).spans, 0, text.length);
}

/**
 * About `SNIPPET_WORDS` words of `text` around the passage with the most distinct
 * matched terms, matches marked, `…` where it was cut. A text without matches gives
 * its start.
 */
export function snippetOf(index: SearchIndex, text: string, terms: ReadonlySet<number>, size = SNIPPET_WORDS): string {
  const { words, spans } = matchedSpans(index, text, terms);
  if (words <= size) return mark(text, spans, 0, text.length).trim();
  let bestFirst = 0;
  let bestScore = -1;
  // Candidate windows start a few words before each match; the one covering the most
  // distinct terms (then the most matches) wins, the earliest on ties. Windows and spans
  // both move forward, so the spans inside a window are a range [a, b) that slides along.
  const inside = new Map<number, number>();
  let a = 0;
  let b = 0;
  for (const s of spans) {
    const first = Math.max(0, Math.min(words - size, lowerBound(wordStarts, words, s.start) - 3));
    const lo = wordStarts[first];
    const hi = wordEnds[first + size - 1];
    for (; b < spans.length && spans[b].end <= hi; b++) inside.set(spans[b].term, (inside.get(spans[b].term) ?? 0) + 1);
    for (; a < b && spans[a].start < lo; a++) {
      const left = inside.get(spans[a].term)! - 1;
      if (left === 0) inside.delete(spans[a].term);
      else inside.set(spans[a].term, left);
    }
    const score = inside.size * 1000 + (b - a);
    if (score > bestScore) {
      bestScore = score;
      bestFirst = first;
    }
  }
  const from = bestFirst === 0 ? 0 : wordStarts[bestFirst];
  const last = bestFirst + size - 1;
  const to = last >= words - 1 ? text.length : wordEnds[last];
  return `${from > 0 ? '…' : ''}${mark(text, spans, from, to).trim()}${to < text.length ? '…' : ''}`;
}

/** The first of the `count` sorted values that is at least `value`. */
function lowerBound(sorted: Int32Array, count: number, value: number): number {
  let lo = 0;
  let hi = count;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
