import type { Translation } from './area';
import type { checkerNl } from './checker.nl';

export const checkerEn: Translation<typeof checkerNl> = {
  'checker.citation-missing-reference':
    'Citation {citation} has no entry in the reference list ({list, select, empty {the list is empty} one {it has only {first}} range {it has {first} to {last}} other {it has {count, plural, one {# entry} other {# entries}}}}).',
  'checker.citation-malformed': '“{text}” is not a valid citation. {reason}',
  'checker.malformed.negative': 'A reference number cannot be negative; numbers run from [0].',
  'checker.malformed.letters': 'A citation holds only a number; “{letters}” after {digits} is not allowed.',
  'checker.malformed.sign': 'Write the number without a sign: {suggestion}.',
  'checker.malformed.spaces': 'No spaces inside the brackets: write {suggestion}.',
  'checker.malformed.leading-zeros': 'No leading zeros: write {suggestion}.',
  'checker.malformed.list': 'One number per pair of brackets: write {suggestion}.',
  'checker.malformed.range': 'Cite each number of a range in its own brackets: {suggestion}.',
  'checker.malformed.escaped-close': 'The closing bracket is escaped; write {suggestion}.',
  'checker.malformed.unclosed': 'Missing closing bracket: write {suggestion}.',
  'checker.citation-order':
    'Citation {citation} is out of order: {cause, select, citedBefore {it is first cited before {expected}} other {{skipped}, numbered before it, is never cited}}. References should be numbered in order of first citation.',
  'checker.reference-numbering':
    'Entry {entry} of the reference list {repeated, select, yes {repeats the number {got} of an earlier entry} other {is numbered {got}}}; expected {expected}. Numbers must run 0, 1, 2, … in list order without gaps or repeats.{outOfSequence, plural, =0 {} =1 {} other { # entries are out of sequence.}}',
  'checker.reference-duplicate':
    'Reference {reference} duplicates {duplicateOf} ({same, select, titleDateLink {same title, date and link} titleDate {same title and date} other {same link}}).',
  'checker.reference-uncited': 'Reference {reference} is never cited in the text.',
  'checker.reference-empty-title': 'Reference {reference} has no title.{hasLinkTitle, select, yes { Its link names {linkTitle}.} other {}}',
  'checker.reference-no-link': 'Reference {reference} has no link to the decisions database.',
  'checker.reference-link-mismatch': 'The link of reference {reference} does not match it: {problems}.',
  'checker.link.title': 'the link’s title is {linkTitle}, the entry’s is {entryTitle}',
  'checker.link.date': 'the link’s date is {linkDate}, the entry’s is {entryDate}',
  'checker.link.bad-start': 'the link’s start “{meetingStart}” is not a date and time',
  'checker.link.start-end': 'the link’s start ({meetingStart}) and end ({meetingEnd}) differ',
  'checker.link.encoding': 'title and date agree, but the link is not written in the canonical encoding',
  'checker.link.separator': '; ',
  'checker.reference-external-link': 'Reference {reference} links to {host}, not to the decisions database.',
  'checker.reference-date-invalid':
    'Reference {reference}: the date “{date}” {problem, select, format {is not written as YYYY-MM-DD} other {is not a real calendar date}}.{hasLinkDate, select, yes { Its link says {linkDate}.} other {}}',
  'checker.reference-date-future': 'Reference {reference} is dated {date}, which is after today ({today}).',
  'checker.reference-date-outside-term':
    'Reference {reference} is dated {date}, outside the government’s term ({term, select, both {{termStart} to {termEnd}} start {from {termStart}} other {until {termEnd}}}).',
  'checker.reference-before-term':
    'Reference {reference} ({date}) is cited as evidence but predates the term, which began {termStart}: it was decided by an earlier government.',
  'checker.verdict-without-evidence': 'The verdict is “{verdict}”, but the text cites no reference from the list as evidence.',
  'checker.verdict-in-progress-after-term':
    'The verdict is “{verdict}”, but the term ended on {termEnd}: the commitment was kept, partially kept or broken.',
  'checker.agreement-changed': 'The agreement text differs from the text as imported; the agreement is quoted verbatim and should not be edited.',
  'checker.commitment-not-mentioned':
    'The commitment “{commitment}” does not seem to be addressed in the text: {found} of its {keyWords, plural, one {# key word} other {# key words}} occur (missing: {missing}).',
};
