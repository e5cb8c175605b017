import type { BrowserWindowConstructorOptions, PrintToPDFOptions } from 'electron';

/**
 * The hidden window a section page is printed in: no preload, no Node, sandboxed, and no
 * JavaScript at all (the page has none; a report's text must not get to run any).
 * Kept free of `electron` imports so a test can check every flag.
 */
export function buildPrintWindowOptions(): BrowserWindowConstructorOptions {
  return {
    show: false,
    width: 794,
    height: 1123,
    webPreferences: {
      javascript: false,
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      webSecurity: true,
      images: false,
      spellcheck: false,
      navigateOnDragDrop: false,
    },
  };
}

/**
 * Chromium's printToPDF as the print stylesheet asks: A4 from the page's own `@page` rule
 * (which also writes the numbered footer, in the project's language), backgrounds for the
 * verdict badges, a tagged PDF with an outline from the headings.
 */
export const PDF_OPTIONS: PrintToPDFOptions = {
  pageSize: 'A4',
  preferCSSPageSize: true,
  printBackground: true,
  displayHeaderFooter: false,
  generateTaggedPDF: true,
  generateDocumentOutline: true,
};
