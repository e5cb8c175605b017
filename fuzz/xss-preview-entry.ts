// Bundled for the XSS campaign's browser page: the preview's own code, nothing else.
import { previewHtml } from '../src/renderer/features/workbench/preview/preview-html';

(window as unknown as { pwbPreview: typeof previewHtml }).pwbPreview = previewHtml;
