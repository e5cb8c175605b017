// Commitments marked in the agreement text (`[We stellen data maximaal ... ter beschikking]`)
// and whether the assessment mentions them.
//
// "Mentions" is deliberately loose, because the body paraphrases: both texts are folded to
// lower case without diacritics, hyphens (so the PDF's `infor-matie` is `informatie`) and
// apostrophes; a commitment's key words are its words of five letters or more that are not
// stop words; a key word counts as found when its stem (its first 60 %, at least six
// letters) occurs anywhere in the body, which also catches Dutch inflections and compounds
// (`beschikking` / `beschikbaar`, `informatie` / `informatiedoorstroming`). A commitment is
// mentioned when at least half of its key words are found.

export interface Commitment {
  /** The text between the brackets, verbatim. */
  text: string;
  /** Offset of `[` in the agreement. */
  start: number;
  /** Offset just past `]`. */
  end: number;
  /** Folded key words, in order of first appearance, without repeats. */
  keyWords: string[];
}

export interface MentionResult {
  found: string[];
  missing: string[];
  mentioned: boolean;
}

const MIN_WORD = 5;

// Function words, generic verbs and words every report on this government uses, so they
// would make any commitment look mentioned. Folded spelling (no diacritics).
const STOP_WORDS = new Set(
  (
    'zodat zoals waarbij waarin waardoor waarop waarvan waaronder hebben heeft worden wordt werden kunnen zullen ' +
    'moeten mogen willen onder tussen tegen zonder binnen buiten omdat verder andere ander eigen welke hierbij ' +
    'daarbij daarom daarna daarnaast ervoor tevens alsook echter vooral steeds reeds zelfs iedere hetzelfde dezelfde ' +
    'diverse enkele vanuit naast sinds volgens tijdens doordat wanneer indien zowel alsmede bovendien ongeveer ' +
    'maken stellen zetten blijven nemen komen geven laten brengen zorgen voeren gaan ' +
    'vlaams vlaamse vlaanderen overheid overheden regering regeerakkoord beleid'
  ).split(' '),
);

/** Lower case, no diacritics, no hyphens, soft hyphens or apostrophes. */
export function foldText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[-\u00ad'’‘]/g, '');
}

export function keyWordsOf(text: string): string[] {
  const seen = new Set<string>();
  for (const word of foldText(text).split(/[^a-z0-9]+/)) {
    if (word.length >= MIN_WORD && !STOP_WORDS.has(word) && !/^\d+$/.test(word)) seen.add(word);
  }
  return [...seen];
}

/** The part of a folded key word that must occur in the body. */
export function stemOf(word: string): string {
  return word.slice(0, Math.min(word.length, Math.max(6, Math.ceil(word.length * 0.6))));
}

/** Bracketed passages of the agreement that hold at least one key word. */
export function findCommitments(agreement: string): Commitment[] {
  const out: Commitment[] = [];
  let from = 0;
  for (;;) {
    const open = agreement.indexOf('[', from);
    if (open < 0) break;
    const close = agreement.indexOf(']', open + 1);
    if (close < 0) break;
    const nested = agreement.lastIndexOf('[', close);
    from = close + 1;
    const start = nested > open ? nested : open;
    const text = agreement.slice(start + 1, close);
    const keyWords = keyWordsOf(text);
    if (keyWords.length > 0) out.push({ text, start, end: close + 1, keyWords });
  }
  return out;
}

/** `foldedBody` is `foldText(body)`. */
export function mentionOf(commitment: Commitment, foldedBody: string): MentionResult {
  const found: string[] = [];
  const missing: string[] = [];
  for (const word of commitment.keyWords) (foldedBody.includes(stemOf(word)) ? found : missing).push(word);
  return { found, missing, mentioned: found.length * 2 >= commitment.keyWords.length };
}
