// Dutch writes compounds as one word (`zorgtoeslag`, `rechtentoekenning`), so a person
// searching `toeslag` or `automatische toekenning van rechten` misses them. A compound is
// split into words the library itself uses, the way Koehn & Knight (2003) split German:
// every split into known words (optionally joined by the linking `s`: `rechtsbijstand`),
// scored by the geometric mean of the parts' frequencies, is taken only when that score
// beats the frequency of the whole word. A common word is therefore never split into
// rarer look-alikes (`onderwijs` stays whole although `wijs` is a word), while a rare
// compound of common words is. Stop words are never parts.
import { LONGEST_WORD } from './analyzer';
import { DUTCH_STOP_WORDS } from './dutch-stop-words';

/** How often a folded word occurs (documents holding it); 0 when unknown. */
export type WordFrequency = (word: string) => number;

const MIN_PART = 4;
const MAX_DEPTH = 3;

interface Split {
  parts: string[];
  score: number;
}

/**
 * The parts of a folded compound word, longest first within each split (a part that is
 * itself a compound is listed with its own parts), or null when it is not a compound of
 * known words. Words shorter than eight letters are never split, nor longer than any real word.
 */
export function splitCompound(word: string, frequency: WordFrequency): string[] | null {
  if (word.length > LONGEST_WORD) return null;
  const split = bestSplit(word, frequency, 0);
  return split && split.score > frequency(word) ? split.parts : null;
}

function bestSplit(word: string, frequency: WordFrequency, depth: number): Split | null {
  if (word.length < 2 * MIN_PART || depth >= MAX_DEPTH) return null;
  let best: Split | null = null;
  for (let i = MIN_PART; i <= word.length - MIN_PART; i++) {
    const head = word.slice(0, i);
    if (DUTCH_STOP_WORDS.has(head)) continue;
    const fHead = frequency(head);
    if (fHead === 0) continue;
    const tails = word[i] === 's' && word.length - i - 1 >= MIN_PART ? [word.slice(i), word.slice(i + 1)] : [word.slice(i)];
    for (const tail of tails) {
      const candidate = joinParts(head, fHead, tail, frequency, depth);
      if (candidate && (!best || candidate.score > best.score)) best = candidate;
    }
  }
  return best;
}

function joinParts(head: string, fHead: number, tail: string, frequency: WordFrequency, depth: number): Split | null {
  if (DUTCH_STOP_WORDS.has(tail)) return null;
  const fTail = frequency(tail);
  const tailSplit = fTail === 0 ? bestSplit(tail, frequency, depth + 1) : null;
  if (fTail === 0 && !tailSplit) return null;
  const headSplit = bestSplit(head, frequency, depth + 1);
  const headParts = headSplit && headSplit.score > fHead ? [head, ...headSplit.parts] : [head];
  const tailParts = tailSplit ? tailSplit.parts : [tail];
  const tailScore = tailSplit ? tailSplit.score : fTail;
  return { parts: [...headParts, ...tailParts], score: Math.sqrt(fHead * tailScore) };
}
