// The preview's HTML for a body and its references, exactly as the preview pane shows it:
// rendered by the export's renderer, then sanitised. Its own file so the XSS campaign of
// `npm run fuzz` loads the very same code into a browser.
import type { Reference } from '../../../../shared/models';
import type { Language } from '../../../../shared/languages';
import { escapeHtml, pageLabels, renderBody, renderReferencesHtml } from '../../../../core/export';
import { sanitizePreviewHtml } from './sanitize';

const PREVIEW_ID_PREFIX = 'pv-';

export function previewHtml(body: string, references: readonly Reference[], language: Language): string {
  const { html: bodyHtml, occurrences } = renderBody(body, references, { sourceLines: true, idPrefix: PREVIEW_ID_PREFIX });
  const labels = pageLabels(language);
  const refsHtml = renderReferencesHtml(references, { idPrefix: PREVIEW_ID_PREFIX, citations: occurrences, labels });
  return sanitizePreviewHtml(`${bodyHtml}<h2 class="references-heading">${escapeHtml(labels.references)}</h2>${refsHtml}`);
}
