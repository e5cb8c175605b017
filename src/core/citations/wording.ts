// Small pieces of diagnostic and change messages, so they read the same everywhere.

const MAX_TITLE = 70;

/** `[12]` */
export function cite(n: number): string {
  return `[${String(n)}]`;
}

/** A title in curly quotes, shortened when long, line breaks shown as spaces. */
export function quoteTitle(title: string): string {
  const flat = title.replace(/\s+/g, ' ').trim();
  return `“${flat.length > MAX_TITLE ? flat.slice(0, MAX_TITLE - 1).trimEnd() + '…' : flat}”`;
}

/** `[3] “Title”`, or just `[3]` when the title is empty. */
export function describeReference(ref: { number: number; title: string }): string {
  return ref.title.trim() ? `${cite(ref.number)} ${quoteTitle(ref.title)}` : cite(ref.number);
}

/**
 * Two titles for a message that compares them: flattened as {@link quoteTitle} when that
 * tells them apart, otherwise with their line breaks shown as ⏎ and spaces kept.
 */
export function quoteTitlePair(a: string, b: string): [string, string] {
  const flat: [string, string] = [quoteTitle(a), quoteTitle(b)];
  if (flat[0] !== flat[1]) return flat;
  const exact = (t: string) => `“${t.replaceAll('\n', '⏎')}”`;
  return [exact(a), exact(b)];
}
