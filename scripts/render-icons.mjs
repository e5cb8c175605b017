// Renders resources/icon.svg, the one drawing of the icon, into resources/icon.png
// (1024 pixels): the window icon, and the image electron-builder turns into every
// platform's icon when packaging.
// Needs Debian's Chromium (apt-get install chromium) for the SVG rendering.
// Usage: node scripts/render-icons.mjs
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const resources = resolve(import.meta.dirname, '..', 'resources');
const chromium = process.env.PWB_CHROMIUM ?? '/usr/bin/chromium';
const work = mkdtempSync(join(tmpdir(), 'pwb-icons-'));

function render(size) {
  const html = join(work, `icon-${size}.html`);
  // Inlined: a file:// page may not load images from another folder.
  const svg = readFileSync(join(resources, 'icon.svg'), 'utf8').replace('width="512" height="512"', `width="${size}" height="${size}"`);
  writeFileSync(html, `<!doctype html><html><body style="margin:0;background:transparent">${svg}</body></html>`);
  const png = join(work, `icon-${size}.png`);
  execFileSync(chromium, [
    '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync', `--user-data-dir=${join(work, 'profile')}`, '--hide-scrollbars',
    '--default-background-color=00000000', `--window-size=${size},${size}`, `--screenshot=${png}`, pathToFileURL(html).href,
  ], { stdio: 'ignore' });
  return readFileSync(png);
}

try {
  // One image; electron-builder makes the Windows .ico and the macOS .icns from it when
  // packaging (it wants at least 512 pixels; 1024 gives the Retina sizes too).
  writeFileSync(join(resources, 'icon.png'), render(1024));
  console.log('Wrote resources/icon.png');
} finally {
  rmSync(work, { recursive: true, force: true });
}
