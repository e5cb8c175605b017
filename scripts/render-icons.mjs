// Renders resources/icon.svg into the icons packaging needs: icon.png (512, the app and
// Linux icon), icon.ico (Windows) and icon.icns (macOS), both made of PNG entries.
// Needs Debian's Chromium (apt-get install chromium) for the SVG rendering.
// Usage: node scripts/render-icons.mjs
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Buffer } from 'node:buffer';

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

/** ICO with PNG-compressed entries (Windows Vista and later). */
function ico(images) {
  const header = Buffer.alloc(6);
  header.writeUInt16LE(0, 0);
  header.writeUInt16LE(1, 2);
  header.writeUInt16LE(images.length, 4);
  let offset = 6 + 16 * images.length;
  const entries = images.map(({ size, data }) => {
    const e = Buffer.alloc(16);
    e.writeUInt8(size >= 256 ? 0 : size, 0);
    e.writeUInt8(size >= 256 ? 0 : size, 1);
    e.writeUInt16LE(1, 4);
    e.writeUInt16LE(32, 6);
    e.writeUInt32LE(data.length, 8);
    e.writeUInt32LE(offset, 12);
    offset += data.length;
    return e;
  });
  return Buffer.concat([header, ...entries, ...images.map((i) => i.data)]);
}

/** ICNS with PNG entries: ic07 = 128, ic08 = 256, ic09 = 512 pixels. */
function icns(images) {
  const types = { 128: 'ic07', 256: 'ic08', 512: 'ic09' };
  const chunks = images.map(({ size, data }) => {
    const head = Buffer.alloc(8);
    head.write(types[size], 0, 'ascii');
    head.writeUInt32BE(8 + data.length, 4);
    return Buffer.concat([head, data]);
  });
  const body = Buffer.concat(chunks);
  const head = Buffer.alloc(8);
  head.write('icns', 0, 'ascii');
  head.writeUInt32BE(8 + body.length, 4);
  return Buffer.concat([head, body]);
}

try {
  const png = Object.fromEntries([16, 32, 48, 128, 256, 512].map((s) => [s, render(s)]));
  writeFileSync(join(resources, 'icon.png'), png[512]);
  writeFileSync(join(resources, 'icon.ico'), ico([16, 32, 48, 256].map((size) => ({ size, data: png[size] }))));
  writeFileSync(join(resources, 'icon.icns'), icns([128, 256, 512].map((size) => ({ size, data: png[size] }))));
  console.log('Wrote resources/icon.png, icon.ico and icon.icns');
} finally {
  rmSync(work, { recursive: true, force: true });
}
