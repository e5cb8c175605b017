// Folded words → numbers (term ids), in an open-addressing hash table that can also be
// asked about a slice of a text without making a string of it. Building the library index
// and marking matches in snippets look up every word of every text; with a `Map` each
// lookup first cut the word out of the text, lower-cased it (a second string) and hashed
// it, and that was most of the time. Here a plain ASCII word (letters and digits, the
// bulk of Dutch text) is hashed and compared in place, its letters lower-cased on the
// fly; a string is made only for a word the table does not hold yet.

/** What `get` and `getSlice` answer for a word the table does not hold. */
export const ABSENT = -2;

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

export class WordTable {
  private keys: string[] = [];
  private values: Int32Array<ArrayBuffer> = new Int32Array(64);
  private hashes: Int32Array<ArrayBuffer> = new Int32Array(64);
  /** Entry number + 1 per slot; 0 is an empty slot. */
  private slots = new Int32Array(128);
  private mask = 127;

  get size(): number {
    return this.keys.length;
  }

  /** The value of a folded word, or ABSENT. */
  get(word: string): number {
    const h = hashString(word);
    for (let s = h & this.mask; ; s = (s + 1) & this.mask) {
      const e = this.slots[s] - 1;
      if (e < 0) return ABSENT;
      if (this.hashes[e] === h && this.keys[e] === word) return this.values[e];
    }
  }

  /**
   * The value of the word `text[start, end)`, which must be plain ASCII letters and digits
   * (see `scanWordSpans`), compared lower-cased; ABSENT when the table does not hold it.
   */
  getSlice(text: string, start: number, end: number): number {
    let h = FNV_OFFSET;
    // `| 0x20` lower-cases A–Z and leaves a–z and 0–9 as they are.
    for (let i = start; i < end; i++) h = Math.imul(h ^ (text.charCodeAt(i) | 0x20), FNV_PRIME);
    const length = end - start;
    for (let s = h & this.mask; ; s = (s + 1) & this.mask) {
      const e = this.slots[s] - 1;
      if (e < 0) return ABSENT;
      if (this.hashes[e] !== h) continue;
      const key = this.keys[e];
      if (key.length !== length) continue;
      let same = true;
      for (let i = 0; i < length; i++) {
        if (key.charCodeAt(i) !== (text.charCodeAt(start + i) | 0x20)) {
          same = false;
          break;
        }
      }
      if (same) return this.values[e];
    }
  }

  /** Adds a word the table does not hold yet (callers ask `get` first). */
  add(word: string, value: number): void {
    const e = this.keys.length;
    if (e === this.values.length) {
      this.values = grown(this.values);
      this.hashes = grown(this.hashes);
    }
    if ((e + 1) * 2 > this.slots.length) this.rehash(this.slots.length * 2);
    const h = hashString(word);
    this.keys.push(word);
    this.values[e] = value;
    this.hashes[e] = h;
    this.place(e, h);
  }

  /** Every word with its value, in the order they were added. */
  forEach(fn: (word: string, value: number) => void): void {
    for (let e = 0; e < this.keys.length; e++) fn(this.keys[e], this.values[e]);
  }

  words(): readonly string[] {
    return this.keys;
  }

  private place(e: number, h: number): void {
    let s = h & this.mask;
    while (this.slots[s] !== 0) s = (s + 1) & this.mask;
    this.slots[s] = e + 1;
  }

  private rehash(size: number): void {
    this.slots = new Int32Array(size);
    this.mask = size - 1;
    for (let e = 0; e < this.keys.length; e++) this.place(e, this.hashes[e]);
  }
}

function hashString(word: string): number {
  let h = FNV_OFFSET;
  for (let i = 0; i < word.length; i++) h = Math.imul(h ^ word.charCodeAt(i), FNV_PRIME);
  return h;
}

function grown(a: Int32Array): Int32Array<ArrayBuffer> {
  const b = new Int32Array(a.length * 2);
  b.set(a);
  return b;
}
