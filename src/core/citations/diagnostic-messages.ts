// A diagnostic's message, rendered from its code and data in the reader's language. The
// checker uses it to fill `message`; the CLI and the renderer use it to show a diagnostic
// that came from elsewhere (the backend, a JSON file) in their own language.

import type { DiagnosticDataMap, LinkProblemData, ReferenceName } from '../../shared/diagnostic-data';
import type { Diagnostic, DiagnosticCode } from '../../shared/models';
import type { MessageValues, Translator } from '../i18n';
import { isMessageKey } from '../i18n';
import { cite, describeReference, quoteTitle, quoteTitlePair } from './wording';

type Render<C extends DiagnosticCode> = (tr: Translator, data: DiagnosticDataMap[C]) => MessageValues;

const ref = (r: ReferenceName) => describeReference(r);

/** ICU select keys cannot hold hyphens: `cited-before` selects `citedBefore`. */
const selector = (value: string) => value.replace(/-(\w)/g, (_m, c: string) => c.toUpperCase());

const RENDER: { [C in DiagnosticCode]: Render<C> } = {
  'citation-missing-reference': (_tr, d) => ({
    citation: cite(d.number),
    list: d.list,
    first: d.first === null ? null : cite(d.first),
    last: d.last === null ? null : cite(d.last),
    count: d.count,
  }),
  'citation-malformed': (tr, d) => {
    const key = `checker.malformed.${d.reason}`;
    const reason = isMessageKey(key) ? tr.t(key, { suggestion: d.suggestion, letters: d.letters, digits: d.digits }) : '';
    return { text: d.text, reason };
  },
  'citation-order': (_tr, d) => ({ citation: cite(d.number), expected: cite(d.expected), cause: selector(d.cause), skipped: ref(d.skipped) }),
  'reference-numbering': (_tr, d) => ({
    entry: d.entry,
    got: cite(d.number),
    expected: cite(d.expected),
    repeated: d.repeated ? 'yes' : 'no',
    outOfSequence: d.outOfSequence,
  }),
  'reference-duplicate': (_tr, d) => ({ reference: ref(d.reference), duplicateOf: cite(d.duplicateOf), same: selector(d.same) }),
  'reference-uncited': (_tr, d) => ({ reference: ref(d.reference) }),
  'reference-empty-title': (_tr, d) => ({
    reference: ref(d.reference),
    hasLinkTitle: d.linkTitle ? 'yes' : 'no',
    linkTitle: d.linkTitle ? quoteTitle(d.linkTitle) : null,
  }),
  'reference-no-link': (_tr, d) => ({ reference: ref(d.reference) }),
  'reference-link-mismatch': (tr, d) => ({
    reference: ref(d.reference),
    problems: d.problems.map((p) => linkProblem(tr, p)).join(tr.t('checker.link.separator')),
  }),
  'reference-external-link': (_tr, d) => ({ reference: ref(d.reference), host: d.host ?? `“${d.url.length > 40 ? d.url.slice(0, 39) + '…' : d.url}”` }),
  'reference-date-invalid': (tr, d) => ({
    reference: ref(d.reference),
    date: d.date,
    problem: d.problem,
    hasLinkDate: d.linkDate ? 'yes' : 'no',
    linkDate: d.linkDate ? tr.date(d.linkDate) : null,
  }),
  'reference-date-future': (tr, d) => ({ reference: ref(d.reference), date: tr.date(d.date), today: tr.date(d.today) }),
  'reference-date-outside-term': (tr, d) => ({
    reference: ref(d.reference),
    date: tr.date(d.date),
    term: d.termStart && d.termEnd ? 'both' : d.termStart ? 'start' : 'end',
    termStart: d.termStart ? tr.date(d.termStart) : null,
    termEnd: d.termEnd ? tr.date(d.termEnd) : null,
  }),
  'reference-before-term': (tr, d) => ({ reference: ref(d.reference), date: tr.date(d.date), termStart: tr.date(d.termStart) }),
  'verdict-without-evidence': (tr, d) => ({ verdict: verdictName(tr, d.verdict) }),
  'verdict-in-progress-after-term': (tr, d) => ({ verdict: verdictName(tr, d.verdict), termEnd: tr.date(d.termEnd) }),
  'agreement-changed': () => ({}),
  'commitment-not-mentioned': (tr, d) => ({ commitment: d.commitment, found: d.found.length, keyWords: d.keyWords, missing: d.missing.join(', ') }),
};

function linkProblem(tr: Translator, p: LinkProblemData): string {
  switch (p.kind) {
    case 'title': {
      const [linkTitle, entryTitle] = quoteTitlePair(p.linkTitle, p.entryTitle);
      return tr.t('checker.link.title', { linkTitle, entryTitle });
    }
    case 'date':
      return tr.t('checker.link.date', { linkDate: tr.date(p.linkDate), entryDate: tr.date(p.entryDate) });
    case 'bad-start':
      return tr.t('checker.link.bad-start', { meetingStart: p.meetingStart });
    case 'start-end':
      return tr.t('checker.link.start-end', { meetingStart: p.meetingStart, meetingEnd: p.meetingEnd });
    case 'encoding':
      return tr.t('checker.link.encoding');
  }
}

function verdictName(tr: Translator, verdict: string): string {
  const key = `verdict.${verdict}`;
  return isMessageKey(key) ? tr.t(key) : verdict;
}

/** The message for `code` with `data`, in `tr`'s language. */
export function renderDiagnosticMessage<C extends DiagnosticCode>(tr: Translator, code: C, data: DiagnosticDataMap[C]): string {
  const render = RENDER[code] as Render<C>;
  return tr.t(`checker.${code}`, render(tr, data));
}

/** A diagnostic's message in `tr`'s language; one without data (an older peer's) keeps its own. */
export function diagnosticMessage(tr: Translator, d: Diagnostic): string {
  if (!d.data || !(d.code in RENDER)) return d.message;
  return renderDiagnosticMessage(tr, d.code, d.data as DiagnosticDataMap[typeof d.code]);
}

/** The same diagnostics, their messages in `tr`'s language. */
export function localizeDiagnostics(tr: Translator, diagnostics: readonly Diagnostic[]): Diagnostic[] {
  return diagnostics.map((d) => ({ ...d, message: diagnosticMessage(tr, d) }));
}

/** Builds a diagnostic with its data and its message in `tr`'s language. */
export function makeDiagnostic<C extends DiagnosticCode>(
  tr: Translator,
  code: C,
  data: DiagnosticDataMap[C],
  rest: Omit<Diagnostic, 'code' | 'data' | 'message'>,
): Diagnostic {
  return { code, ...rest, message: renderDiagnosticMessage(tr, code, data), data };
}
