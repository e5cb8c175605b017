// Word folding shared by index and query: lower case, no diacritics (`België` is
// `belgie`), no soft hyphens or zero-width characters (the PDF and the decisions
// database leave them inside words).

const INVISIBLE = /[\u00ad\u200b-\u200d\u2060\ufeff]/g;
const MARKS = /\p{M}/gu;

/** Anything but printable ASCII and white space: what may need normalising (no mark or invisible character is ASCII). */
const BEYOND_ASCII = /[^ -~\t\n\r\f\v]/;

export function foldWord(word: string): string {
  // Most words (and most titles) are ASCII already; normalising them was most of the time.
  const lower = word.toLowerCase();
  if (!BEYOND_ASCII.test(lower)) return lower;
  return word.normalize('NFD').replace(MARKS, '').replace(INVISIBLE, '').toLowerCase();
}
