// The package ships no types; the part of its API that the stemmer test compares with.
declare module 'snowball-stemmers' {
  interface Stemmer {
    stem(word: string): string;
  }
  export function newStemmer(language: string): Stemmer;
  const lib: { newStemmer(language: string): Stemmer } | undefined;
  export default lib;
}
