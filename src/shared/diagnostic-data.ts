// What each diagnostic code carries besides its place: the facts its message is made of.
// Stable: `pwb check --json` prints it as `data`, so scripts can act on a problem without
// parsing its (translated) message. Dates are `YYYY-MM-DD`, instants ISO, numbers plain.

/** A reference as a message names it: its number and (possibly empty) title. */
export interface ReferenceName {
  number: number;
  title: string;
}

export type MalformedReason =
  | 'negative'
  | 'letters'
  | 'sign'
  | 'spaces'
  | 'leading-zeros'
  | 'list'
  | 'range'
  | 'escaped-close'
  | 'unclosed';

export type LinkProblemData =
  | { kind: 'title'; linkTitle: string; entryTitle: string }
  | { kind: 'date'; linkDate: string; entryDate: string }
  | { kind: 'bad-start'; meetingStart: string }
  | { kind: 'start-end'; meetingStart: string; meetingEnd: string }
  | { kind: 'encoding' };

export interface DiagnosticDataMap {
  'citation-missing-reference': {
    number: number;
    /** What the list holds: nothing, one entry, a clean run `first`..`last`, or `count` entries. */
    list: 'empty' | 'one' | 'range' | 'entries';
    first: number | null;
    last: number | null;
    count: number;
  };
  'citation-malformed': {
    text: string;
    reason: MalformedReason;
    /** The citation as it should be written (`[3]`, `[1][2]`), when there is one. */
    suggestion: string | null;
    /** For `letters`: the letters after the number, and the number. */
    letters?: string;
    digits?: string;
  };
  'citation-order': {
    number: number;
    /** The number that should have come first. */
    expected: number;
    /** `cited-before`: `number` is cited before `expected`; `never-cited`: `expected` is not cited at all. */
    cause: 'cited-before' | 'never-cited';
    skipped: ReferenceName;
  };
  'reference-numbering': {
    /** 1-based position in the list. */
    entry: number;
    number: number;
    expected: number;
    repeated: boolean;
    /** How many entries from here on are out of sequence. */
    outOfSequence: number;
  };
  'reference-duplicate': { reference: ReferenceName; duplicateOf: number; same: 'title-date-link' | 'title-date' | 'link' };
  'reference-uncited': { reference: ReferenceName };
  'reference-empty-title': { reference: ReferenceName; linkTitle: string | null };
  'reference-no-link': { reference: ReferenceName };
  'reference-link-mismatch': { reference: ReferenceName; problems: LinkProblemData[] };
  'reference-external-link': { reference: ReferenceName; host: string | null; url: string };
  'reference-date-invalid': { reference: ReferenceName; date: string; problem: 'format' | 'calendar'; linkDate: string | null };
  'reference-date-future': { reference: ReferenceName; date: string; today: string };
  'reference-date-outside-term': { reference: ReferenceName; date: string; termStart: string | null; termEnd: string | null };
  'reference-before-term': { reference: ReferenceName; date: string; termStart: string };
  'verdict-without-evidence': { verdict: string };
  'verdict-in-progress-after-term': { verdict: string; termEnd: string };
  'agreement-changed': Record<string, never>;
  'commitment-not-mentioned': { commitment: string; found: string[]; missing: string[]; keyWords: number };
}
