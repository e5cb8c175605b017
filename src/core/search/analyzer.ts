// The Dutch text analyzer shared by the library index, library queries and the evidence
// finder: one function decides what a "term" is, so index and query always agree.
//
// A word is a run of letters, digits and combining marks (invisible characters inside a
// word are dropped, see fold.ts). Each word is folded, stop words (stopwords-iso, nl) and
// single letters are dropped, and the rest is reduced by the Snowball Dutch stemmer
// (dutch-stemmer.ts):
// `zorgtoeslagen` and `zorgtoeslag` are one term, `scholen` and `school` too. Words joined
// by a hyphen without spaces (`HR-beleid`, `infor-matie` from the PDF's line breaks,
// `COVID-19`) give their parts as terms and, besides them, the joined word (`hrbeleid`,
// `informatie`), so both spellings meet.
import { DUTCH_STOP_WORDS } from './dutch-stop-words';
import { stemDutch } from './dutch-stemmer';
import { foldWord } from './fold';

export interface WordToken {
  /** The folded word (`belgie` for `België`). */
  word: string;
  /** UTF-16 offsets of the word in the analysed text, end exclusive. */
  start: number;
  end: number;
  /** The word continues after a hyphen with no space (`HR-` of `HR-beleid`). */
  hyphenNext: boolean;
}

export interface AnalyzedText {
  /** Terms of the words in order, stop words left out: what phrases are matched against. */
  terms: string[];
  /** Terms of hyphen-joined words (`hrbeleid`), counted but outside the word order. */
  joined: string[];
}

const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
/** Stems of this many distinct words are remembered; a larger vocabulary starts over. */
const STEM_CACHE_LIMIT = 300_000;
const DIGITS = /^\p{N}+$/u;
/**
 * Longer than any real word (Dutch compounds stay well under it): such a run (a pasted
 * blob, a hostile file's 2 MB "word") is its own term, neither stemmed nor split into a
 * compound's parts, because both take time growing with the square of the length (the
 * stemmer 0.4 s at 64,000 letters; the two took minutes on a 2 MB word in `npm run fuzz`).
 */
export const LONGEST_WORD = 100;

const stemCache = new Map<string, string | null>();

/** 0: not part of a word; 1: ASCII letter or digit; 2: another word character; 3: invisible, dropped. */
function charKind(code: number, ch: string): number {
  if (code < 0x80) return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || (code >= 0x30 && code <= 0x39) ? 1 : 0;
  if (code === 0xad || (code >= 0x200b && code <= 0x200d) || code === 0x2060 || code === 0xfeff) return 3;
  return WORD_CHAR.test(ch) ? 2 : 0;
}

/** `charKind` + 1 of each UTF-16 unit met so far (0: not yet known): a regular expression per character was most of a scan. */
const KINDS = new Uint8Array(0x10000);
for (let c = 0; c < 0x80; c++) KINDS[c] = charKind(c, '') + 1;

const isSurrogate = (code: number) => code >= 0xd800 && code <= 0xdfff;

/** The kind of the character at `i` and its length in UTF-16 units (astral characters, rare, are a surrogate pair). */
function kindAt(text: string, i: number, code: number): number {
  if (!isSurrogate(code)) {
    let k = KINDS[code];
    if (k === 0) KINDS[code] = k = charKind(code, text[i]) + 1;
    return k - 1;
  }
  return charKind(code, code <= 0xdbff ? text.slice(i, i + 2) : text[i]);
}

const unitsAt = (text: string, i: number, code: number) => (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length ? 2 : 1);

const isHyphen = (code: number) => code === 0x2d || code === 0x2010 || code === 0x2011;

/**
 * Calls `visit` for every run of word characters in `text` with its offsets, whether it
 * is plain ASCII letters and digits (`plain`: its folded form is its lower case, which
 * `WordTable.getSlice` compares in place), and whether a hyphen joins it to the next word.
 * A hand-written scanner: the library index runs it over millions of words, and a Unicode
 * regular expression per word cost most of the build. A run that is not plain may fold to
 * nothing (marks only); `scanWords` skips those.
 */
export function scanWordSpans(text: string, visit: (start: number, end: number, plain: boolean, hyphenNext: boolean) => void): void {
  const n = text.length;
  let i = 0;
  while (i < n) {
    let code = text.charCodeAt(i);
    let kind = kindAt(text, i, code);
    if (kind === 0 || kind === 3) {
      i += unitsAt(text, i, code);
      continue;
    }
    const start = i;
    let plain = true;
    while (i < n) {
      code = text.charCodeAt(i);
      kind = code < 0x80 ? KINDS[code] - 1 : kindAt(text, i, code);
      if (kind === 0) break;
      if (kind !== 1) {
        plain = false;
        i += unitsAt(text, i, code);
      } else i++;
    }
    const hyphenNext = i + 1 < n && isHyphen(text.charCodeAt(i)) && LETTER_OR_DIGIT.test(text[i + 1]);
    visit(start, i, plain, hyphenNext);
  }
}

/** The folded form of a run of word characters found by `scanWordSpans` ('' when nothing is left). */
export function foldSpan(text: string, start: number, end: number, plain: boolean): string {
  const raw = text.slice(start, end);
  return plain ? raw.toLowerCase() : foldWord(raw);
}

/** Calls `visit` for every word of `text` with its folded form and offsets. */
export function scanWords(text: string, visit: (word: string, start: number, end: number, hyphenNext: boolean) => void): void {
  scanWordSpans(text, (start, end, plain, hyphenNext) => {
    const word = foldSpan(text, start, end, plain);
    if (word !== '') visit(word, start, end, hyphenNext);
  });
}

export function wordTokens(text: string): WordToken[] {
  const out: WordToken[] = [];
  scanWords(text, (word, start, end, hyphenNext) => out.push({ word, start, end, hyphenNext }));
  return out;
}

/**
 * The term a folded word stands for, or null for stop words and single letters. Numbers
 * stay as they are; everything else is stemmed.
 */
export function termOf(word: string): string | null {
  const cached = stemCache.get(word);
  if (cached !== undefined) return cached;
  let term: string | null;
  if (DIGITS.test(word)) term = word;
  else if (word.length < 2 || DUTCH_STOP_WORDS.has(word)) term = null;
  else term = word.length > LONGEST_WORD ? word : stemDutch(word);
  if (stemCache.size >= STEM_CACHE_LIMIT) stemCache.clear();
  stemCache.set(word, term);
  return term;
}

export function isStopWord(word: string): boolean {
  return DUTCH_STOP_WORDS.has(foldWord(word));
}

/** The terms of a text, in order, plus the terms of its hyphen-joined words. */
export function analyze(text: string): AnalyzedText {
  const tokens = wordTokens(text);
  const terms: string[] = [];
  const joined: string[] = [];
  let chain = '';
  for (const t of tokens) {
    const term = termOf(t.word);
    if (term !== null) terms.push(term);
    if (t.hyphenNext) {
      chain += t.word;
      continue;
    }
    if (chain !== '') {
      const whole = termOf(chain + t.word);
      if (whole !== null) joined.push(whole);
      chain = '';
    }
  }
  return { terms, joined };
}

/** Every term of a text once, the joined ones included. */
export function termSet(text: string): Set<string> {
  const { terms, joined } = analyze(text);
  return new Set([...terms, ...joined]);
}

/** Hyphen-joined words of `tokens` with the offsets they span: `[startIndex, endIndex, word]`. */
export function joinedWords(tokens: WordToken[]): [number, number, string][] {
  const out: [number, number, string][] = [];
  let from = -1;
  let chain = '';
  tokens.forEach((t, i) => {
    if (t.hyphenNext) {
      if (from < 0) from = i;
      chain += t.word;
      return;
    }
    if (from >= 0) out.push([from, i, chain + t.word]);
    from = -1;
    chain = '';
  });
  return out;
}
