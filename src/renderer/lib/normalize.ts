/** Lower-case, accents stripped: `Économie` and `economie` match (for the filter boxes). */
export function foldForSearch(text: string): string {
  return text.normalize('NFD').replace(/\p{M}+/gu, '').toLocaleLowerCase('nl');
}

/** True when every space-separated word of `query` occurs in `haystack` (both folded). */
export function matchesQuery(haystack: string, query: string): boolean {
  const words = foldForSearch(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return true;
  const folded = foldForSearch(haystack);
  return words.every((w) => folded.includes(w));
}
