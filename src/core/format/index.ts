// The section report format (docs/report-format.md): read and write the published
// Markdown byte for byte, and map the body between its published and edit forms.
export { parseReport } from './parse';
export { renderReport, validateForRender } from './render';
export { escapeBody, unescapeBody } from './body-escape';
export { reportFileName } from './file-name';
export type { FormatError, ParseResult } from './errors';
