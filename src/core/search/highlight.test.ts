import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { joinedWords, wordTokens } from './analyzer';
import { foldWord } from './fold';
import { MARK_END, MARK_START, markMatches, snippetOf } from './highlight';
import type { SearchIndex } from './search-index';
import { fixtureDocs, indexOf } from './testing';

const DECISIONS = resolve(__dirname, '../../../../shared/fixtures/decisions/decisions-sample.jsonl');
const marked = (s: string) => s.replaceAll(MARK_START, '<').replaceAll(MARK_END, '>');

/** The matched spans and words, written plainly over the token list: the oracle for the in-place scanner. */
function spansPlainly(index: SearchIndex, text: string, terms: ReadonlySet<number>) {
  const tokens = wordTokens(text);
  const spans: { start: number; end: number }[] = [];
  const covered = new Set<number>();
  for (const [from, to, word] of joinedWords(tokens)) {
    if (terms.has(index.wordTerm(word))) {
      spans.push({ start: tokens[from].start, end: tokens[to].end });
      for (let i = from; i <= to; i++) covered.add(i);
    }
  }
  tokens.forEach((t, i) => {
    if (!covered.has(i) && terms.has(index.wordTerm(t.word))) spans.push(t);
  });
  spans.sort((a, b) => a.start - b.start);
  return { tokens, spans };
}

function markPlainly(text: string, spans: { start: number; end: number }[], from = 0, to = text.length): string {
  let out = '';
  let at = from;
  for (const s of spans.filter((x) => x.start >= from && x.end <= to)) {
    out += `${text.slice(at, s.start)}<${text.slice(s.start, s.end)}>`;
    at = s.end;
  }
  return out + text.slice(at, to);
}

const markedPlainly = (index: SearchIndex, text: string, terms: ReadonlySet<number>) => markPlainly(text, spansPlainly(index, text, terms).spans);

/** The snippet by its definition: every window of 32 words starting 3 words before a match, scored by distinct terms, then matches. */
function snippetPlainly(index: SearchIndex, text: string, terms: ReadonlySet<number>): string {
  const { tokens, spans } = spansPlainly(index, text, terms);
  const size = 32;
  if (tokens.length <= size) return markPlainly(text, spans).trim();
  let best = { first: 0, score: -1 };
  for (const s of spans) {
    const first = Math.max(0, Math.min(tokens.length - size, tokens.findIndex((t) => t.start >= s.start) - 3));
    const inside = spans.filter((x) => x.start >= tokens[first].start && x.end <= tokens[first + size - 1].end);
    const terms = new Set(inside.map((x) => index.wordTerm(foldWord(text.slice(x.start, x.end).replace(/[-\u2010\u2011]/g, '')))));
    const score = terms.size * 1000 + inside.length;
    if (score > best.score) best = { first, score };
  }
  const from = best.first === 0 ? 0 : tokens[best.first].start;
  const last = best.first + size - 1;
  const to = last >= tokens.length - 1 ? text.length : tokens[last].end;
  return `${from > 0 ? '…' : ''}${markPlainly(text, spans, from, to).trim()}${to < text.length ? '…' : ''}`;
}

describe('markMatches and snippetOf', () => {
  const library = indexOf([
    { title: 'Zorgtoeslagen voor gezinnen', text: 'De infor-matie over de ZORGTOESLAG, België en HR-beleid; COVID-19.' },
    { title: 'Informatie', text: 'Informatie en Belgie.' },
  ]);
  const terms = (...words: string[]) => new Set(words.map((w) => library.wordTerm(w)));

  it('marks inflected, upper-case, accented and hyphen-joined forms of the terms', () => {
    const text = 'De infor-matie over de ZORGTOESLAG, België en HR-beleid; COVID-19.';
    expect(marked(markMatches(library, text, terms('zorgtoeslag', 'informatie', 'belgie')))).toBe(
      'De <infor-matie> over de <ZORGTOESLAG>, <België> en HR-beleid; COVID-19.',
    );
    expect(marked(markMatches(library, text, terms('beleid', 'covid')))).toBe('De infor-matie over de ZORGTOESLAG, België en HR-<beleid>; <COVID>-19.');
    expect(marked(markMatches(library, text, terms('hrbeleid')))).toBe('De infor-matie over de ZORGTOESLAG, België en <HR-beleid>; COVID-19.');
  });

  it('cuts a long text around the passage holding the most distinct terms', () => {
    const filler = Array.from({ length: 60 }, (_, i) => `woord${i}`).join(' ');
    const text = `Zorgtoeslag aan het begin. ${filler} gezinnen en zorgtoeslagen samen. ${filler}`;
    const snippet = marked(snippetOf(library, text, terms('zorgtoeslag', 'gezinnen')));
    expect(snippet.startsWith('…')).toBe(true);
    expect(snippet).toContain('<gezinnen> en <zorgtoeslagen> samen');
    expect(snippet.endsWith('…')).toBe(true);
  });

  it.skipIf(!existsSync(DECISIONS))('marks the fixture decisions exactly as the plain definition does', () => {
    const docs = fixtureDocs(readFileSync(DECISIONS, 'utf8'));
    const index = indexOf(docs);
    // Terms of several kinds: common, rare, hyphen-joined, numbers.
    const picked = new Set<number>();
    for (let t = 0; t < index.terms.length; t += 7) picked.add(t);
    for (const word of ['informatie', 'covid', '19', 'vlaamse', 'onderwijs', 'hrbeleid']) picked.add(index.wordTerm(word));
    for (const d of docs) {
      expect(marked(markMatches(index, d.text, picked))).toBe(markedPlainly(index, d.text, picked));
      expect(marked(markMatches(index, d.title, picked))).toBe(markedPlainly(index, d.title, picked));
      expect(marked(snippetOf(index, d.text, picked))).toBe(snippetPlainly(index, d.text, picked));
    }
  });
});
