// Published bodies cite as `\[12\]`; people edit them as `[12]`. The mapping must be
// exact on published text, including bodies that hold literal bracketed numbers, so it
// works on whole "citation-shaped" tokens, those matching
//
//   /(\\*)\[([0-9]+)(\\?)\]/g     (the backslash run taken whole)
//
//   unescape (published -> edited): `\[N\]` (one backslash, escaped close) -> `[N]`;
//                                   any other token gets one more leading backslash.
//   escape   (edited -> published): no leading backslash -> `\[N\]`;
//                                   otherwise one leading backslash is dropped.
//
// escape(unescape(p)) === p for every string p: the text between tokens is untouched,
// tokens end in `]` so a rewritten token never changes the backslash run of the next one,
// and each rule above is undone by its partner (proved by a property test). The reverse
// does not hold: `[3\]` and `[3]` both publish as `\[3\]`, so the edited body is
// normalised once, which is harmless.
//
// The scan below finds exactly the regex's matches (tested against it) but walks from
// `[` to `[` with indexOf: a regex with a leading `\\*` is slow to start on every
// character, and bodies are scanned on every load and save.

const BACKSLASH = 92;
const CLOSE = 93; // ]

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

/** Rewrites every citation-shaped token; `rewrite` gets the backslash count, the digits and whether the close was `\]`. */
function rewriteTokens(text: string, rewrite: (slashes: number, digits: string, escapedClose: boolean) => string): string {
  let out = '';
  let copied = 0;
  for (let open = text.indexOf('['); open !== -1; open = text.indexOf('[', open + 1)) {
    let end = open + 1;
    while (end < text.length && isDigit(text.charCodeAt(end))) end++;
    if (end === open + 1) continue;
    const escapedClose = text.charCodeAt(end) === BACKSLASH;
    const close = escapedClose ? end + 1 : end;
    if (text.charCodeAt(close) !== CLOSE) continue;
    // The previous token ends in `]`, so the run can never reach back into it.
    let start = open;
    while (start > copied && text.charCodeAt(start - 1) === BACKSLASH) start--;
    out += text.slice(copied, start) + rewrite(open - start, text.slice(open + 1, end), escapedClose);
    copied = close + 1;
    open = close;
  }
  return copied === 0 ? text : out + text.slice(copied);
}

/** Published body (`\[12\]`) -> the body as a person edits it (`[12]`). */
export function unescapeBody(published: string): string {
  return rewriteTokens(published, (slashes, digits, escapedClose) =>
    slashes === 1 && escapedClose ? `[${digits}]` : `${'\\'.repeat(slashes + 1)}[${digits}${escapedClose ? '\\' : ''}]`,
  );
}

/** Edited body (`[12]`) -> the body as published (`\[12\]`). */
export function escapeBody(edited: string): string {
  return rewriteTokens(edited, (slashes, digits, escapedClose) =>
    slashes === 0 ? `\\[${digits}\\]` : `${'\\'.repeat(slashes - 1)}[${digits}${escapedClose ? '\\' : ''}]`,
  );
}
