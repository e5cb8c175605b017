// HTML rendering shared by the HTML export (CLI/backend) and the editor's live preview.
// Pure: no Node built-ins and no DOM, so it runs in both.

export { escapeHtml, isHttpUrl, safeHref, safeRelativeHref } from './escape';
export { CITATION_TOKEN_TYPE, countCitations, parseBodyTokens, renderBody, renderBodyHtml } from './markdown';
export type { BodyRenderOptions, RenderedBody } from './markdown';
export { renderReferencesHtml } from './references';
export type { ReferencesRenderOptions } from './references';
export { renderAgreementHtml, renderSectionPage, sectionTitle } from './section-page';
export type { PageLink, SectionPageContext } from './section-page';
export { countVerdicts, renderIndexPage } from './index-page';
export type { IndexPageOptions, IndexSection } from './index-page';
export { indexHrefFor, sectionFileSegments, sectionHtmlHref, unsafeNameReason } from './file-names';
export type { FileSegmentsResult } from './file-names';
export { verdictBadge, workflowBadge } from './badges';
export { formatGeneratedAt, pageLabels, printPageRule } from './labels';
export type { PageLabels } from './labels';
export { htmlDocument } from './page-shell';
export type { DocumentOptions } from './page-shell';
export { BADGE_CSS, CSP, PAGE_CSS } from './page-style';
