// "Export PDF" on the desktop: the section's print page, printed by Chromium itself in a
// hidden, script-less window. Everything to decide is in pdf-options.ts; this file only
// wires it to Electron.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BrowserWindow } from 'electron';
import { buildPrintWindowOptions, PDF_OPTIONS } from './pdf-options';

export async function printPageToPdf(html: string): Promise<Uint8Array> {
  // A file, not a data: URL: a long report would pass Chromium's URL length limit.
  const dir = await mkdtemp(join(tmpdir(), 'pwb-print-'));
  const file = join(dir, 'page.html');
  const win = new BrowserWindow(buildPrintWindowOptions());
  try {
    await writeFile(file, html, 'utf8');
    await win.loadFile(file);
    return new Uint8Array(await win.webContents.printToPDF(PDF_OPTIONS));
  } finally {
    win.destroy();
    await rm(dir, { recursive: true, force: true });
  }
}
