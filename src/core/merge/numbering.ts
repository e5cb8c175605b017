// Numbers for the merged reference list. A side's own numbering is kept when the merged
// list is exactly that side's list (so a merge that changes no references renumbers
// nothing); otherwise references are numbered by first use in the merged body, uncited
// ones after in list order — the checker's renumber-by-first-use rule.
import { isMissingKey, missingNumber } from './citation-tokens';

export interface NumberingInput {
  /** Keys of the references the merged section keeps, in the order uncited ones should come. */
  keys: readonly string[];
  /** Keys the merged body cites, in order of first use (missing citations included). */
  cited: readonly string[];
  /** Each side's numbering (key -> number), tried in order. */
  sides: readonly ReadonlyMap<string, number>[];
}

/** Key -> number for every kept reference and every missing citation in the body. */
export function assignNumbers({ keys, cited, sides }: NumberingInput): Map<string, number> {
  const kept = new Set(keys);
  const numbers = sides.map((side) => fittingNumbering(side, kept)).find((n) => n !== null) ?? numberByFirstUse(keys, cited);
  // A citation that had no entry stays without one: it gets a number past the list.
  const used = new Set(numbers.values());
  let next = keys.length;
  for (const key of cited) {
    if (!isMissingKey(key) || numbers.has(key)) continue;
    let n = missingNumber(key);
    if (n < keys.length || used.has(n)) {
      while (used.has(next)) next++;
      n = next;
    }
    numbers.set(key, n);
    used.add(n);
  }
  return numbers;
}

function fittingNumbering(side: ReadonlyMap<string, number>, kept: ReadonlySet<string>): Map<string, number> | null {
  if (side.size !== kept.size) return null;
  const seen = new Set<number>();
  for (const [key, n] of side) {
    if (!kept.has(key) || n < 0 || n >= kept.size || seen.has(n)) return null;
    seen.add(n);
  }
  return new Map(side);
}

function numberByFirstUse(keys: readonly string[], cited: readonly string[]): Map<string, number> {
  const kept = new Set(keys);
  const numbers = new Map<string, number>();
  for (const key of cited) if (kept.has(key)) numbers.set(key, numbers.size);
  for (const key of keys) if (!numbers.has(key)) numbers.set(key, numbers.size);
  return numbers;
}
