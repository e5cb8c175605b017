// The fixed lines of a section report, shared by parse and render so the two can never
// disagree (see /work/shared/docs/report-format.md, "Layout, byte by byte").

export const INDENT = '        ';

export const HEADING_PREFIX = '# ';
export const DETAILS_OPEN = '<details>';
export const AGREEMENT_SUMMARY = `${INDENT}<summary>Regeerakkoord Sectie </summary>`;
export const AGREEMENT_OPEN = `${INDENT}<p>`;
export const AGREEMENT_CLOSE = '</p>';
export const DETAILS_CLOSE = `${INDENT}</details> `;
export const REFERENCES_SUMMARY = `${INDENT}<summary> Referenties</summary>`;
/** The line of exactly eight spaces that opens the reference list. */
export const REFERENCES_GAP = INDENT;

export const ENTRY_OPEN = '**[\\[';
export const ENTRY_NUMBER_CLOSE = '\\]]';
/** Ends the link (if any) and opens the date: `...)** : **(`. */
export const LINK_TO_DATE = ')** : **(';
/** Opens the date when the entry has no link. */
export const NO_LINK_TO_DATE = '** : **(';
export const DATE_CLOSE = ')** ';

/** 0-based index of the first body line: heading, empty, 4 agreement-block lines, empty. */
export const BODY_FIRST_LINE = 7;

/** Half of a surrogate pair: cannot come from, nor be written to, a UTF-8 file. */
export const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
