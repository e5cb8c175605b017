import type { AreaMessages } from './area';

// The citation checker's diagnostics, one message per code (`checker.{code}`) plus the
// parts some of them are built from. Filled from the diagnostic's data by
// core/citations/diagnostic-messages.ts; {reference} is `[3] “Titel”`, dates are formatted.
export const checkerNl = {
  'checker.citation-missing-reference':
    'Verwijzing {citation} heeft geen referentie in de lijst ({list, select, empty {de lijst is leeg} one {die bevat alleen {first}} range {die loopt van {first} tot {last}} other {die telt {count, plural, one {# referentie} other {# referenties}}}}).',
  'checker.citation-malformed': '“{text}” is geen geldige verwijzing. {reason}',
  'checker.malformed.negative': 'Een referentienummer kan niet negatief zijn; de nummers beginnen bij [0].',
  'checker.malformed.letters': 'Een verwijzing bevat alleen een nummer; “{letters}” na {digits} mag niet.',
  'checker.malformed.sign': 'Schrijf het nummer zonder teken: {suggestion}.',
  'checker.malformed.spaces': 'Geen spaties tussen de haken: schrijf {suggestion}.',
  'checker.malformed.leading-zeros': 'Geen voorloopnullen: schrijf {suggestion}.',
  'checker.malformed.list': 'Eén nummer per paar haken: schrijf {suggestion}.',
  'checker.malformed.range': 'Zet elk nummer van een reeks tussen eigen haken: {suggestion}.',
  'checker.malformed.escaped-close': 'Voor het sluithaakje staat een backslash; schrijf {suggestion}.',
  'checker.malformed.unclosed': 'Het sluithaakje ontbreekt: schrijf {suggestion}.',
  'checker.citation-order':
    'Verwijzing {citation} staat niet in volgorde: {cause, select, citedBefore {ze komt in de tekst vóór de eerste vermelding van {expected}} other {{skipped}, met een lager nummer, wordt nergens vermeld}}. Referenties worden genummerd in de volgorde waarin ze voor het eerst vermeld worden.',
  'checker.reference-numbering':
    'Item {entry} van de referentielijst {repeated, select, yes {herhaalt het nummer {got} van een eerder item} other {heeft het nummer {got}}}; verwacht: {expected}. De nummers lopen 0, 1, 2, … in de volgorde van de lijst, zonder gaten of herhalingen.{outOfSequence, plural, =0 {} =1 {} other { # items staan niet in volgorde.}}',
  'checker.reference-duplicate':
    'Referentie {reference} is een dubbel van {duplicateOf} ({same, select, titleDateLink {zelfde titel, datum en link} titleDate {zelfde titel en datum} other {zelfde link}}).',
  'checker.reference-uncited': 'Referentie {reference} wordt nergens in de tekst vermeld.',
  'checker.reference-empty-title': 'Referentie {reference} heeft geen titel.{hasLinkTitle, select, yes { De link noemt {linkTitle}.} other {}}',
  'checker.reference-no-link': 'Referentie {reference} heeft geen link naar de beslissingendatabank.',
  'checker.reference-link-mismatch': 'De link van referentie {reference} klopt niet: {problems}.',
  'checker.link.title': 'de titel in de link is {linkTitle}, die van de referentie {entryTitle}',
  'checker.link.date': 'de datum in de link is {linkDate}, die van de referentie {entryDate}',
  'checker.link.bad-start': 'het begin in de link, “{meetingStart}”, is geen datum en tijd',
  'checker.link.start-end': 'begin ({meetingStart}) en einde ({meetingEnd}) in de link verschillen',
  'checker.link.encoding': 'titel en datum kloppen, maar de link is niet in de standaardcodering geschreven',
  'checker.link.separator': '; ',
  'checker.reference-external-link': 'Referentie {reference} linkt naar {host}, niet naar de beslissingendatabank.',
  'checker.reference-date-invalid':
    'Referentie {reference}: de datum “{date}” {problem, select, format {is niet geschreven als JJJJ-MM-DD} other {bestaat niet}}.{hasLinkDate, select, yes { De link zegt {linkDate}.} other {}}',
  'checker.reference-date-future': 'Referentie {reference} is gedateerd op {date}, na vandaag ({today}).',
  'checker.reference-date-outside-term':
    'Referentie {reference} is gedateerd op {date}, buiten de regeerperiode ({term, select, both {{termStart} tot {termEnd}} start {vanaf {termStart}} other {tot {termEnd}}}).',
  'checker.reference-before-term':
    'Referentie {reference} ({date}) wordt als bewijs vermeld, maar dateert van vóór de regeerperiode, die begon op {termStart}: een vorige regering nam die beslissing.',
  'checker.verdict-without-evidence': 'Het oordeel is “{verdict}”, maar de tekst vermeldt geen enkele referentie uit de lijst als bewijs.',
  'checker.verdict-in-progress-after-term':
    'Het oordeel is “{verdict}”, maar de regeerperiode eindigde op {termEnd}: de belofte is nagekomen, gedeeltelijk nagekomen of niet nagekomen.',
  'checker.agreement-changed':
    'De tekst van het regeerakkoord verschilt van de geïmporteerde tekst; het regeerakkoord wordt letterlijk geciteerd en hoort niet bewerkt te worden.',
  'checker.commitment-not-mentioned':
    'Het engagement “{commitment}” lijkt niet behandeld in de tekst: {found} van de {keyWords, plural, one {# kernwoord} other {# kernwoorden}} komen voor (ontbreken: {missing}).',
} satisfies AreaMessages<'checker'>;
