// The library query builder from before issue 8, kept only so that the benchmark can
// measure the old search against the new one (bench/search-quality.ts).
//
// Turns what a person typed into an FTS5 query that cannot be a syntax error:
// every term becomes a quoted string (inside quotes FTS5 syntax — NEAR, AND, *, -,
// parentheses, column filters — is plain text), and the last term matches as a prefix
// so results follow the typing. Quotes are dropped rather than escaped: the tokenizer
// treats them as separators anyway, so the tokens are the same.

/** Terms after the first 32 are ignored: nobody types more, and each costs a doclist read. */
const MAX_TERMS = 32;
const WORD_CHAR = /[\p{L}\p{N}]/u;
const MIN_PREFIX = 3;

/**
 * The FTS5 MATCH expression for `input`, or null when nothing searchable is left
 * (empty input, or only punctuation). A last term shorter than three letters is
 * matched whole: as a prefix ("de", "v") it matches a large part of the vocabulary,
 * and merging all those lists is the most expensive thing a search can ask for.
 */
export function buildFtsQuery(input: string): string | null {
  const terms = input
    .normalize('NFC')
    .split(/\s+/u)
    .map((t) => t.replace(/"/g, ''))
    .filter((t) => WORD_CHAR.test(t))
    .slice(0, MAX_TERMS);
  if (terms.length === 0) return null;
  return terms
    .map((t, i) => {
      const quoted = `"${t}"`;
      if (i < terms.length - 1) return quoted;
      const wordChars = [...t].filter((c) => WORD_CHAR.test(c)).length;
      return wordChars >= MIN_PREFIX ? `${quoted}*` : quoted;
    })
    .join(' ');
}
