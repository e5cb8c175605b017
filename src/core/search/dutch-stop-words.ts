// The Dutch stop-word list of `stopwords-iso`, folded like every token. A named import
// from its JSON: the bundler keeps only the `nl` list, not the other 50-odd languages.
import { nl } from 'stopwords-iso/stopwords-iso.json';
import { foldWord } from './fold';

export const DUTCH_STOP_WORDS: ReadonlySet<string> = new Set((nl as string[]).map(foldWord));
