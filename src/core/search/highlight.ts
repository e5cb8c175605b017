// Marks the words a search matched (by term, so `zorgtoeslagen` is marked for the query
// `zorgtoeslag`) with \u0002 … \u0003, and cuts a text to the passage that holds the
// most of them. The marks are plain characters, never HTML; the renderer turns them
// into <mark> elements.
import { joinedWords, wordTokens } from './analyzer';
import type { SearchIndex } from './search-index';

export const MARK_START = '\u0002';
export const MARK_END = '\u0003';
const SNIPPET_WORDS = 32;

interface Span {
  start: number;
  end: number;
  term: number;
}

/** Spans of `text` (UTF-16 offsets) whose term is one of `terms`. */
function matchedSpans(index: SearchIndex, text: string, terms: ReadonlySet<number>): { words: number; spans: Span[]; wordStarts: number[]; wordEnds: number[] } {
  const tokens = wordTokens(text);
  const spans: Span[] = [];
  const covered = new Uint8Array(tokens.length);
  for (const [from, to, word] of joinedWords(tokens)) {
    const term = index.wordTerm(word);
    if (term >= 0 && terms.has(term)) {
      spans.push({ start: tokens[from].start, end: tokens[to].end, term });
      covered.fill(1, from, to + 1);
    }
  }
  tokens.forEach((t, i) => {
    if (covered[i]) return;
    const term = index.wordTerm(t.word);
    if (term >= 0 && terms.has(term)) spans.push({ start: t.start, end: t.end, term });
  });
  spans.sort((a, b) => a.start - b.start);
  return { words: tokens.length, spans, wordStarts: tokens.map((t) => t.start), wordEnds: tokens.map((t) => t.end) };
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
  const { words, spans, wordStarts, wordEnds } = matchedSpans(index, text, terms);
  if (words <= size) return mark(text, spans, 0, text.length).trim();
  let bestFirst = 0;
  let bestScore = -1;
  // Candidate windows start a few words before each match; the one covering the most
  // distinct terms (then the most matches) wins, the earliest on ties.
  for (const s of spans.length ? spans : [{ start: 0, end: 0, term: -1 }]) {
    const first = Math.max(0, Math.min(words - size, lowerBound(wordStarts, s.start) - 3));
    const lo = wordStarts[first];
    const hi = wordEnds[first + size - 1];
    const inside = spans.filter((x) => x.start >= lo && x.end <= hi);
    const score = new Set(inside.map((x) => x.term)).size * 1000 + inside.length;
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

function lowerBound(sorted: number[], value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
