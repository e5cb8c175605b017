// The static report site (export --format site): pure, file contents only.
export { buildSite, SITE_ASSETS, SITE_CSP } from './build-site';
export type { SiteFile, SiteOptions } from './build-site';
export { siteClientScript } from './client/site-client';
export { siteLabels } from './labels';
export type { SiteLabels } from './labels';
export { buildSearchPayload, searchIndexScript } from './search-index';
export type { SearchDoc, SearchPayload } from './search-index';
export { bodyPlainText, normalizeTerm } from './search-text';
