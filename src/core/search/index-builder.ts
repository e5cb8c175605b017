// Builds the arrays of the library index (search-index.ts) one document at a time, so a
// large library can be indexed in slices between other work (docs/adr/0024). Everything
// grows in flat typed arrays: per document its distinct terms with their frequencies,
// then `finish` turns those into posting lists by counting sort (documents stay in
// order). Per-term JavaScript arrays, as before, cost more in garbage collection than
// the analysis itself on 50,000 decisions.
import { foldSpan, scanWordSpans, termOf } from './analyzer';
import { ABSENT, WordTable } from './word-table';

export interface IndexDoc {
  key: number;
  title: string;
  text: string;
  date: string | null;
}

export interface BuiltIndex {
  keys: Int32Array;
  dates: (string | null)[];
  /** Titles with runs of white space made one space. */
  titles: string[];
  terms: string[];
  termIds: Map<string, number>;
  words: WordTable;
  postStart: Uint32Array;
  postDocs: Uint32Array;
  postTitleTf: Uint16Array;
  postTextTf: Uint16Array;
  titleLength: Uint32Array;
  textLength: Uint32Array;
  titleSeqStart: Uint32Array;
  titleSeq: Uint32Array;
  textSeqStart: Uint32Array;
  textSeq: Uint32Array;
}

export class IndexBuilder {
  private readonly terms: string[] = [];
  private readonly termIds = new Map<string, number>();
  private readonly words = new WordTable();
  private readonly keys = new Growing(Int32Array);
  private readonly dates: (string | null)[] = [];
  private readonly titles: string[] = [];
  /** Per document, its distinct terms and their frequencies in title and text. */
  private readonly docTerms = new Growing(Uint32Array);
  private readonly docTitleTf = new Growing(Uint16Array);
  private readonly docTextTf = new Growing(Uint16Array);
  private readonly docTermsStart = new Growing(Uint32Array);
  private readonly titleLength = new Growing(Uint32Array);
  private readonly textLength = new Growing(Uint32Array);
  private readonly titleSeq = new Growing(Uint32Array);
  private readonly titleSeqStart = new Growing(Uint32Array);
  private readonly textSeq = new Growing(Uint32Array);
  private readonly textSeqStart = new Growing(Uint32Array);
  /** Documents per term. */
  private df = new Uint32Array(1024);
  private countTitle = new Uint32Array(1024);
  private countText = new Uint32Array(1024);
  private readonly touched: number[] = [];

  constructor() {
    this.docTermsStart.push(0);
    this.titleSeqStart.push(0);
    this.textSeqStart.push(0);
  }

  get size(): number {
    return this.dates.length;
  }

  add(d: IndexDoc): void {
    this.keys.push(d.key);
    this.dates.push(d.date);
    this.titles.push(squeeze(d.title));
    const touched = this.touched;
    touched.length = 0;
    this.titleLength.push(this.field(d.title, this.countTitle, this.titleSeq));
    this.titleSeqStart.push(this.titleSeq.length);
    this.textLength.push(this.field(d.text, this.countText, this.textSeq));
    this.textSeqStart.push(this.textSeq.length);
    for (const t of touched) {
      this.docTerms.push(t);
      this.docTitleTf.push(Math.min(0xffff, this.countTitle[t]));
      this.docTextTf.push(Math.min(0xffff, this.countText[t]));
      this.df[t]++;
      this.countTitle[t] = 0;
      this.countText[t] = 0;
    }
    this.docTermsStart.push(this.docTerms.length);
  }

  finish(): BuiltIndex {
    const termCount = this.terms.length;
    const postStart = new Uint32Array(termCount + 1);
    for (let t = 0; t < termCount; t++) postStart[t + 1] = postStart[t] + this.df[t];
    const total = postStart[termCount];
    const postDocs = new Uint32Array(total);
    const postTitleTf = new Uint16Array(total);
    const postTextTf = new Uint16Array(total);
    const next = postStart.slice(0, termCount);
    const terms = this.docTerms.view();
    const titleTf = this.docTitleTf.view();
    const textTf = this.docTextTf.view();
    const starts = this.docTermsStart.view();
    for (let doc = 0; doc < this.size; doc++) {
      for (let i = starts[doc]; i < starts[doc + 1]; i++) {
        const p = next[terms[i]]++;
        postDocs[p] = doc;
        postTitleTf[p] = titleTf[i];
        postTextTf[p] = textTf[i];
      }
    }
    return {
      keys: this.keys.copy(),
      dates: this.dates,
      titles: this.titles,
      terms: this.terms,
      termIds: this.termIds,
      words: this.words,
      postStart,
      postDocs,
      postTitleTf,
      postTextTf,
      titleLength: this.titleLength.copy(),
      textLength: this.textLength.copy(),
      titleSeqStart: this.titleSeqStart.copy(),
      titleSeq: this.titleSeq.copy(),
      textSeqStart: this.textSeqStart.copy(),
      textSeq: this.textSeq.copy(),
    };
  }

  /** Counts a field's terms into `counts` and appends them to `seq`; returns its length in terms. */
  private field(text: string, counts: Uint32Array, seq: Growing<Uint32Array>): number {
    let length = 0;
    let chain = '';
    scanWordSpans(text, (start, end, plain, hyphenNext) => {
      // Only words outside the table, and hyphen-joined ones, are made into strings.
      let t = plain ? this.words.getSlice(text, start, end) : ABSENT;
      let word = '';
      if (t === ABSENT || hyphenNext || chain !== '') {
        word = foldSpan(text, start, end, plain);
        if (word === '') return;
        if (t === ABSENT) t = this.wordId(word);
      }
      if (t >= 0) {
        length++;
        seq.push(t);
        this.count(t, counts);
      }
      // Hyphen-joined words count as terms of their own (outside the word order).
      if (hyphenNext) chain += word;
      else if (chain !== '') {
        const whole = this.wordId(chain + word);
        if (whole >= 0) this.count(whole, counts);
        chain = '';
      }
    });
    return length;
  }

  private count(t: number, counts: Uint32Array): void {
    if (this.countTitle[t] === 0 && this.countText[t] === 0) this.touched.push(t);
    counts[t]++;
  }

  private wordId(word: string): number {
    const known = this.words.get(word);
    if (known !== ABSENT) return known;
    const term = termOf(word);
    let id = -1;
    if (term !== null) {
      id = this.termIds.get(term) ?? -1;
      if (id < 0) {
        id = this.terms.length;
        this.terms.push(term);
        this.termIds.set(term, id);
        if (id >= this.df.length) this.grow();
      }
    }
    this.words.add(word, id);
    return id;
  }

  private grow(): void {
    const size = this.df.length * 2;
    const widen = (a: Uint32Array) => {
      const b = new Uint32Array(size);
      b.set(a);
      return b;
    };
    this.df = widen(this.df);
    this.countTitle = widen(this.countTitle);
    this.countText = widen(this.countText);
  }
}

/** NFC, runs of white space as one space, trimmed. */
export function squeeze(text: string): string {
  return text.normalize('NFC').replace(/\s+/g, ' ').trim();
}

type NumberArray = Int32Array | Uint32Array | Uint16Array;

/** A typed array that doubles as it fills. */
class Growing<A extends NumberArray> {
  private data: A;
  length = 0;

  constructor(private readonly make: { new (size: number): A }) {
    this.data = new make(1024);
  }

  push(v: number): void {
    if (this.length === this.data.length) {
      const bigger = new this.make(this.data.length * 2);
      bigger.set(this.data);
      this.data = bigger;
    }
    this.data[this.length++] = v;
  }

  /** The filled part, sharing storage (valid until the next push). */
  view(): A {
    return this.data.subarray(0, this.length) as A;
  }

  /** The filled part as an array of its own size. */
  copy(): A {
    return this.data.slice(0, this.length) as A;
  }
}
