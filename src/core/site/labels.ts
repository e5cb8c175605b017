// Words of the report site beyond those every exported page shares (core/export/labels),
// from the `publish.site.*` catalogue keys in the project's language.
import type { Language } from '../i18n';
import { pageLabels } from '../export/labels';

export interface SiteLabels {
  tools: string;
  search: string;
  searchHint: string;
  filters: string;
  domainFilter: string;
  all: string;
  /** "3 of 200 sections shown" for every shown count, 0..total (the page picks by index). */
  shown: (total: number) => string[];
  results: string;
  /** "No sections found" / "12 sections found" for every count 0..max. */
  resultCounts: (max: number) => string[];
  previous: string;
  next: string;
  pager: string;
  noDomain: string;
}

export function siteLabels(language: Language | undefined): SiteLabels {
  const { t } = pageLabels(language).tr;
  const upTo = (n: number) => Array.from({ length: n + 1 }, (_, i) => i);
  return {
    tools: t('publish.site.tools'),
    search: t('publish.site.search'),
    searchHint: t('publish.site.searchHint'),
    filters: t('publish.site.filters'),
    domainFilter: t('publish.site.domainFilter'),
    all: t('publish.site.all'),
    // Plurals are the catalogue's (ICU): the page's script picks a finished sentence by count.
    shown: (total) => upTo(total).map((shown) => t('publish.site.shown', { shown, total })),
    results: t('publish.site.results'),
    resultCounts: (max) => upTo(max).map((count) => t('publish.site.resultCount', { count })),
    previous: t('publish.site.previous'),
    next: t('publish.site.next'),
    pager: t('publish.site.pager'),
    noDomain: t('publish.site.noDomain'),
  };
}
