// Word (.docx) export: pure, built on the `docx` package (no Node built-ins).
export { renderProjectDocx, renderSectionDocx } from './document';
export { docxLabels } from './labels';
export type { DocxLabels } from './labels';
