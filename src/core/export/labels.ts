// The words on exported pages (HTML export, the printed/PDF page, the report site and Word),
// in the project's language, from the `publish` and vocabulary catalogues (core/i18n). The
// reports' own text (agreement, assessment, titles) is Dutch whatever is chosen here; only
// the labels around it change.
import { translator } from '../i18n';
import type { Language, Translator } from '../i18n';
import { VERDICTS, WORKFLOW_STATUSES } from '../../shared/models';
import type { Verdict, WorkflowStatus } from '../../shared/models';

export interface PageLabels {
  tr: Translator;
  /** The page's `lang` (its labels); Dutch content inside carries its own `lang="nl"`. */
  lang: Language;
  verdicts: Record<Verdict, string>;
  workflow: Record<WorkflowStatus, string>;
  verdict: string;
  status: string;
  justification: string;
  agreement: string;
  references: string;
  noReferences: string;
  untitled: string;
  backToCitation: string;
  backToCitationN: (k: number) => string;
  breadcrumbs: string;
  generated: (when: string) => string;
  government: string;
  term: string;
  termUnknown: string;
  verdictsHeading: string;
  sectionsHeading: string;
  sectionCount: (n: number) => string;
  referenceCount: (n: number) => string;
  noSections: string;
  noPage: string;
  notExported: (why: string) => string;
}

const made = new Map<Language, PageLabels>();

/** The labels for a project's language; Dutch for anything unknown (a newer file). */
export function pageLabels(language: Language | undefined): PageLabels {
  const lang: Language = language === 'en' ? 'en' : 'nl';
  let labels = made.get(lang);
  if (labels) return labels;
  const tr = translator(lang);
  const t = tr.t;
  labels = {
    tr,
    lang,
    verdicts: Object.fromEntries(VERDICTS.map((v) => [v, t(`verdict.${v}`)])) as Record<Verdict, string>,
    workflow: Object.fromEntries(WORKFLOW_STATUSES.map((s) => [s, t(`workflow.${s}`)])) as Record<WorkflowStatus, string>,
    verdict: t('verdict.label'),
    status: t('workflow.label'),
    justification: t('publish.justification'),
    agreement: t('publish.agreement'),
    references: t('publish.references'),
    noReferences: t('publish.noReferences'),
    untitled: t('publish.untitled'),
    backToCitation: t('publish.backToCitation'),
    backToCitationN: (k) => t('publish.backToCitationN', { k }),
    breadcrumbs: t('publish.breadcrumbs'),
    generated: (when) => t('publish.generated', { when }),
    government: t('publish.government'),
    term: t('publish.term'),
    termUnknown: t('publish.termUnknown'),
    verdictsHeading: t('publish.verdictsHeading'),
    sectionsHeading: t('publish.sectionsHeading'),
    sectionCount: (count) => t('publish.sectionCount', { count }),
    referenceCount: (count) => t('publish.referenceCount', { count }),
    noSections: t('publish.noSections'),
    noPage: t('publish.noPage'),
    notExported: (why) => t('publish.notExported', { why }),
  };
  made.set(lang, labels);
  return labels;
}

/** `2020-11-27T09:14:00Z` as a person reads it in the labels' language, Brussels time. */
export function formatGeneratedAt(iso: string, labels: PageLabels): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return labels.tr.dateTime(d, { timeZone: 'Europe/Brussels' });
}

/** The `@page` rule of every exported page: A4, margins, "Pagina 3 van 12" at the foot of each page. */
export function printPageRule(labels: PageLabels): string {
  return `@page { size: A4; margin: 18mm 17mm 20mm; @bottom-center { content: ${pageCounterContent(labels)}; font: 9pt system-ui, sans-serif; color: #555; } }`;
}

/**
 * The running footer of a printed page as CSS `content` (`"Pagina " counter(page) " van "
 * counter(pages)`), so the browser fills in the numbers. Only catalogue text goes into it.
 */
export function pageCounterContent(labels: PageLabels): string {
  const PAGE = '\uE000';
  const PAGES = '\uE001';
  const template = labels.tr.t('publish.pageOf', { page: PAGE, pages: PAGES });
  const css = (s: string) => `"${s.replace(/[\\"]/g, '\\$&').replace(/[<>\n]/g, ' ')}"`;
  return template
    .split(new RegExp(`(${PAGE}|${PAGES})`))
    .filter((p) => p !== '')
    .map((p) => (p === PAGE ? 'counter(page)' : p === PAGES ? 'counter(pages)' : css(p)))
    .join(' ');
}
