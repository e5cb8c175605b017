// An in-memory inverted index of the decision library, built from the store's rows with
// the analyzer (see docs/adr/0012). Postings hold per document the term's frequency in
// the title and in the text; the term order of each field is kept too, for phrases,
// "more like these" and exact-title matches. Everything is in typed arrays: 50,000
// decisions take a few tens of megabytes and a query touches only the postings of its
// terms.
import { termOf } from './analyzer';
import { splitCompound } from './compounds';
import { foldWord } from './fold';
import { IndexBuilder, squeeze } from './index-builder';
import type { IndexDoc } from './index-builder';
import { ABSENT } from './word-table';
import type { WordTable } from './word-table';

export { IndexBuilder, squeeze } from './index-builder';
export type { IndexDoc } from './index-builder';

/** BM25F parameters: a title occurrence counts `titleWeight` times a text occurrence. */
export const BM25 = { k1: 1.2, b: 0.75, titleWeight: 3 };

/** At most this many vocabulary terms stand in for one typed prefix or one compound part. */
const MAX_EXPANSIONS = 40;
/** Titles folded per `prepare` call: about ten milliseconds of work. */
const TITLES_PER_SLICE = 2_500;

export class SearchIndex {
  readonly size: number;
  readonly keys: Int32Array;
  readonly dates: (string | null)[];
  /** Titles with runs of white space made one space: what exact-title matching compares. */
  readonly titles: string[];
  readonly terms: string[];
  readonly avgTitleLength: number;
  readonly avgTextLength: number;

  private readonly termIds: Map<string, number>;
  /** Every folded word seen, with its term (-1: a stop word). */
  private readonly words: WordTable;
  private readonly postStart: Uint32Array;
  private readonly postDocs: Uint32Array;
  private readonly postTitleTf: Uint16Array;
  private readonly postTextTf: Uint16Array;
  private readonly titleNorm: Float32Array;
  private readonly textNorm: Float32Array;
  private readonly titleSeqStart: Uint32Array;
  private readonly titleSeq: Uint32Array;
  private readonly textSeqStart: Uint32Array;
  private readonly textSeq: Uint32Array;
  private readonly byKey: Map<number, number>;
  private sortedWords: string[] | null = null;
  private readonly byFoldedTitle = new Map<string, number[]>();
  /** Titles (from the first) in `byFoldedTitle` so far. */
  private titlesFolded = 0;
  private partOf: Map<number, number[]> | null = null;
  private byDate: Int32Array | null = null;

  /** Indexes `docs`, or takes what a builder has indexed (a library built in slices). */
  constructor(source: readonly IndexDoc[] | IndexBuilder) {
    let builder: IndexBuilder;
    if (source instanceof IndexBuilder) builder = source;
    else {
      builder = new IndexBuilder();
      for (const d of source) builder.add(d);
    }
    const built = builder.finish();
    const count = built.keys.length;
    this.size = count;
    this.keys = built.keys;
    this.dates = built.dates;
    this.titles = built.titles;
    this.byKey = new Map();
    for (let d = 0; d < count; d++) this.byKey.set(built.keys[d], d);
    this.terms = built.terms;
    this.termIds = built.termIds;
    this.words = built.words;
    this.postStart = built.postStart;
    this.postDocs = built.postDocs;
    this.postTitleTf = built.postTitleTf;
    this.postTextTf = built.postTextTf;
    this.titleSeqStart = built.titleSeqStart;
    this.titleSeq = built.titleSeq;
    this.textSeqStart = built.textSeqStart;
    this.textSeq = built.textSeq;
    const n = Math.max(1, count);
    let titleTotal = 0;
    let textTotal = 0;
    for (let d = 0; d < count; d++) {
      titleTotal += built.titleLength[d];
      textTotal += built.textLength[d];
    }
    this.avgTitleLength = Math.max(1, titleTotal / n);
    this.avgTextLength = Math.max(1, textTotal / n);
    this.titleNorm = new Float32Array(count);
    this.textNorm = new Float32Array(count);
    for (let d = 0; d < count; d++) {
      this.titleNorm[d] = 1 - BM25.b + (BM25.b * built.titleLength[d]) / this.avgTitleLength;
      this.textNorm[d] = 1 - BM25.b + (BM25.b * built.textLength[d]) / this.avgTextLength;
    }
  }

  /** The document number of a library key, or -1. */
  docOf(key: number): number {
    return this.byKey.get(key) ?? -1;
  }

  termId(term: string): number {
    return this.termIds.get(term) ?? -1;
  }

  /** The term id of a folded word as the index analysed it (-1: unknown or a stop word). */
  wordTerm(word: string): number {
    const known = this.words.get(word);
    if (known !== ABSENT) return known;
    const term = termOf(word);
    return term === null ? -1 : this.termId(term);
  }

  /** `wordTerm` of the plain ASCII word `text[start, end)` (see `scanWordSpans`), read in place. */
  sliceTerm(text: string, start: number, end: number): number {
    const known = this.words.getSlice(text, start, end);
    return known !== ABSENT ? known : this.wordTerm(text.slice(start, end).toLowerCase());
  }

  df(termId: number): number {
    return this.postStart[termId + 1] - this.postStart[termId];
  }

  /** BM25's inverse document frequency, always positive. */
  idf(termId: number): number {
    const df = this.df(termId);
    return Math.log(1 + (this.size - df + 0.5) / (df + 0.5));
  }

  /** How many documents hold a folded word (through its term); 0 for unknown and stop words. */
  wordFrequency = (word: string): number => {
    const t = this.words.get(word);
    return t < 0 ? 0 : this.df(t);
  };

  /**
   * Adds (or, with `max`, keeps the larger of) `weight` × the BM25F score of `termId` for
   * every document that holds it.
   */
  score(termId: number, weight: number, into: ScoreMap, max = false): void {
    const idf = this.idf(termId) * weight;
    const { k1, titleWeight } = BM25;
    const end = this.postStart[termId + 1];
    for (let p = this.postStart[termId]; p < end; p++) {
      const d = this.postDocs[p];
      const tf = (titleWeight * this.postTitleTf[p]) / this.titleNorm[d] + this.postTextTf[p] / this.textNorm[d];
      const s = (idf * tf * (k1 + 1)) / (k1 + tf);
      if (max) into.max(d, s);
      else into.add(d, s);
    }
  }

  /** Calls `fn` for every document holding `termId`, with its title and text frequency. */
  forEachPosting(termId: number, fn: (doc: number, titleTf: number, textTf: number) => void): void {
    const end = this.postStart[termId + 1];
    for (let p = this.postStart[termId]; p < end; p++) fn(this.postDocs[p], this.postTitleTf[p], this.postTextTf[p]);
  }

  /** The term ids of a document's title or text, in order (stop words left out). */
  sequence(doc: number, field: 'title' | 'text'): Uint32Array {
    return field === 'title'
      ? this.titleSeq.subarray(this.titleSeqStart[doc], this.titleSeqStart[doc + 1])
      : this.textSeq.subarray(this.textSeqStart[doc], this.textSeqStart[doc + 1]);
  }

  /** Whether `phrase` (term ids) occurs contiguously in the title or the text of `doc`. */
  hasPhrase(doc: number, phrase: readonly number[], field?: 'title' | 'text'): boolean {
    if (field !== 'text' && containsRun(this.sequence(doc, 'title'), phrase)) return true;
    return field !== 'title' && containsRun(this.sequence(doc, 'text'), phrase);
  }

  /**
   * Makes one of the tables that queries build on first use (folded titles, sorted words,
   * compounds); false while some are left. The background build (docs/adr/0024) calls it
   * until true, so that the first search does not pay for them either.
   */
  prepare(): boolean {
    if (this.titlesFolded < this.size) this.foldTitles(TITLES_PER_SLICE);
    else if (!this.sortedWords) this.wordsInOrder();
    else if (!this.partOf) this.compoundIndex();
    else if (!this.byDate) this.newestFirst();
    return this.titlesFolded === this.size && this.sortedWords !== null && this.partOf !== null && this.byDate !== null;
  }

  /**
   * Document numbers, the newest decision first: by date, then key, both descending,
   * undated last (SQLite's `ORDER BY date DESC, key DESC`). The library listed without a
   * query; sorting 50,000 rows with their texts in SQLite took longer than any search.
   */
  newestFirst(): Int32Array {
    if (!this.byDate) {
      const order = Int32Array.from({ length: this.size }, (_, i) => i);
      this.byDate = order.sort((a, b) => compareDates(this.dates[b], this.dates[a]) || this.keys[b] - this.keys[a]);
    }
    return this.byDate;
  }

  /** Documents whose title is `text` but for case, diacritics and white space. */
  titled(text: string): number[] {
    this.foldTitles(this.size);
    return this.byFoldedTitle.get(foldWord(squeeze(text))) ?? [];
  }

  /** Adds up to `count` more titles to the folded-title table (50,000 take a fifth of a second). */
  private foldTitles(count: number): void {
    const end = Math.min(this.size, this.titlesFolded + count);
    for (let doc = this.titlesFolded; doc < end; doc++) {
      const key = foldWord(this.titles[doc]);
      const list = this.byFoldedTitle.get(key);
      if (list) list.push(doc);
      else this.byFoldedTitle.set(key, [doc]);
    }
    this.titlesFolded = end;
  }

  private wordsInOrder(): string[] {
    return (this.sortedWords ??= [...this.words.words()].sort());
  }

  /** Terms of the known words that start with a folded prefix, the most common first. */
  prefixTerms(prefix: string): number[] {
    const words = this.wordsInOrder();
    let lo = 0;
    let hi = words.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (words[mid] < prefix) lo = mid + 1;
      else hi = mid;
    }
    const found = new Set<number>();
    for (let i = lo; i < words.length && words[i].startsWith(prefix); i++) {
      const t = this.words.get(words[i]);
      if (t >= 0) found.add(t);
    }
    return this.mostCommon([...found]);
  }

  /**
   * Terms of longer known words that contain a folded word the library does not know as
   * such (`toeslag` in `zorgtoeslagen`), the most common first.
   */
  termsContaining(word: string): number[] {
    const found = new Set<number>();
    this.words.forEach((w, t) => {
      if (t >= 0 && w.length > word.length && w.includes(word)) found.add(t);
    });
    return this.mostCommon([...found]);
  }

  /** Compound terms of the library that hold `termId` as a part (`zorgtoeslag` for `toeslag`). */
  compoundsOf(termId: number): number[] {
    return this.compoundIndex().get(termId) ?? [];
  }

  /** The part terms of a folded word the library does not know as such (`rechtentoekenning`). */
  partsOf(word: string): number[] {
    const parts = splitCompound(word, this.wordFrequency);
    if (!parts) return [];
    const ids = new Set<number>();
    for (const p of parts) {
      const t = this.wordTerm(p);
      if (t >= 0) ids.add(t);
    }
    return [...ids];
  }

  private mostCommon(ids: number[]): number[] {
    return ids.sort((a, b) => this.df(b) - this.df(a)).slice(0, MAX_EXPANSIONS);
  }

  /** Built on first use: splitting every long word of a large library takes a moment. */
  private compoundIndex(): Map<number, number[]> {
    if (this.partOf) return this.partOf;
    const partOf = new Map<number, Set<number>>();
    this.words.forEach((word, term) => {
      if (term < 0 || word.length < 8) return;
      const parts = splitCompound(word, this.wordFrequency);
      if (!parts) return;
      for (const p of parts) {
        const pt = this.wordTerm(p);
        if (pt < 0 || pt === term) continue;
        let set = partOf.get(pt);
        if (!set) partOf.set(pt, (set = new Set()));
        set.add(term);
      }
    });
    this.partOf = new Map([...partOf].map(([p, set]) => [p, this.mostCommon([...set])]));
    return this.partOf;
  }
}

/** Sparse scores over the documents of an index: dense storage, a list of the touched ones. */
export class ScoreMap {
  readonly values: Float64Array;
  readonly touched: number[] = [];
  private readonly seen: Uint8Array;

  constructor(size: number) {
    this.values = new Float64Array(size);
    this.seen = new Uint8Array(size);
  }

  add(doc: number, s: number): void {
    if (!this.seen[doc]) {
      this.seen[doc] = 1;
      this.touched.push(doc);
    }
    this.values[doc] += s;
  }

  max(doc: number, s: number): void {
    if (!this.seen[doc]) {
      this.seen[doc] = 1;
      this.touched.push(doc);
      this.values[doc] = s;
    } else if (s > this.values[doc]) this.values[doc] = s;
  }

  get(doc: number): number {
    return this.values[doc];
  }

  has(doc: number): boolean {
    return this.seen[doc] === 1;
  }

  /** Adds `factor` × every score of `other` into this map. */
  addAll(other: ScoreMap, factor = 1): void {
    for (const d of other.touched) this.add(d, other.values[d] * factor);
  }

  /** Keeps the larger of this and `factor` × `other`, per document. */
  maxAll(other: ScoreMap, factor = 1): void {
    for (const d of other.touched) this.max(d, other.values[d] * factor);
  }
}

/** `YYYY-MM-DD` dates in order, a missing date before any. */
export function compareDates(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return -1;
  if (b === null) return 1;
  return a < b ? -1 : 1;
}

function containsRun(seq: Uint32Array, run: readonly number[]): boolean {
  const n = run.length;
  if (n === 0) return true;
  outer: for (let i = 0; i + n <= seq.length; i++) {
    for (let j = 0; j < n; j++) if (seq[i + j] !== run[j]) continue outer;
    return true;
  }
  return false;
}
