// Word folding shared by index and query: lower case, no diacritics (`België` is
// `belgie`), no soft hyphens or zero-width characters (the PDF and the decisions
// database leave them inside words).

const INVISIBLE = /[\u00ad\u200b-\u200d\u2060\ufeff]/g;
const MARKS = /\p{M}/gu;

const PLAIN = /^[a-z0-9]*$/;

export function foldWord(word: string): string {
  // Most words are plain ASCII already; normalising them is most of the tokenizer's time.
  const lower = word.toLowerCase();
  if (PLAIN.test(lower)) return lower;
  return word.normalize('NFD').replace(MARKS, '').replace(INVISIBLE, '').toLowerCase();
}
