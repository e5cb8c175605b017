// Citations as reference keys instead of numbers, so the line merge sees `[3]` on one
// side and `[4]` on the other as the same text when both cite the same decision.
import { scanCitations } from '../citations/scan';

/** Key of a citation whose number has no entry on its side; kept as a (still missing) citation. */
export const missingKey = (n: number) => `?${n}`;
export const isMissingKey = (key: string) => key.startsWith('?');
export const missingNumber = (key: string) => Number(key.slice(1));

export interface CitationTokens {
  /** Replaces every citation `[N]` by a token naming its reference key. */
  tokenize(body: string, keyOf: (n: number) => string): string;
  /** Writes tokens back as `[N]`. */
  detokenize(text: string, numberOf: (key: string) => number): string;
  /** Cited keys in order of first use. */
  citedKeys(text: string): string[];
}

const PRIVATE_USE_START = 0xe000;
const PRIVATE_USE_END = 0xf8ff;

/**
 * Tokens are delimited by two private-use characters that occur in none of `texts`, so
 * no text a person wrote can be mistaken for a token.
 */
export function createCitationTokens(texts: readonly string[]): CitationTokens {
  const free: string[] = [];
  for (let c = PRIVATE_USE_START; c <= PRIVATE_USE_END && free.length < 2; c++) {
    const ch = String.fromCharCode(c);
    if (!texts.some((t) => t.includes(ch))) free.push(ch);
  }
  if (free.length < 2) throw new Error('No free private-use characters to mark citations with.');
  const [open, close] = free;
  const token = new RegExp(`${open}([^${open}${close}]*)${close}`, 'g');

  return {
    tokenize(body, keyOf) {
      const { citations } = scanCitations(body);
      if (citations.length === 0) return body;
      let out = '';
      let from = 0;
      for (const c of citations) {
        out += body.slice(from, c.offset) + open + keyOf(c.number) + close;
        from = c.offset + c.length;
      }
      return out + body.slice(from);
    },
    detokenize(text, numberOf) {
      return text.replace(token, (_, key: string) => `[${numberOf(key)}]`);
    },
    citedKeys(text) {
      const seen = new Set<string>();
      for (const m of text.matchAll(token)) seen.add(m[1]);
      return [...seen];
    },
  };
}
