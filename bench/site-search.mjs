// Times searches in a built report site the way a visitor runs them: Chromium opens
// index.html from file://, and each query runs the site's own search (the page's script,
// its MiniSearch and the prebuilt index) and draws the hits. Prints JSON on the last line.
import { pathToFileURL } from 'node:url';
/* global process, console, window, performance -- Node runs this file; the evaluate() callbacks run in the page. */
import { chromium } from '@playwright/test';

const [indexFile, chromiumPath] = process.argv.slice(2);
const QUERIES = ['onderwijs', 'klimaat', 'kinderopvang', 'digitale overheid', 'personeel', 'brussel', 'mobiliteit openbaar', 'erfgoed', 'sport', 'zorg', 'innov', 'woning', 'leerplicht', 'financ', 'toerisme', 'beslissing', 'regering', 'decreet', 'lokale besturen', 'media'];

const browser = await chromium.launch({ executablePath: chromiumPath, args: ['--headless', '--no-sandbox', '--disable-gpu'] });
try {
  const page = await browser.newPage();
  const t0 = Date.now();
  await page.goto(pathToFileURL(indexFile).toString());
  await page.waitForFunction(() => typeof window.PWB_SITE_SEARCH === 'function');
  const readyMs = Date.now() - t0;
  const times = await page.evaluate((queries) => {
    const out = [];
    // One warm-up pass, then the timed ones.
    for (const q of queries) window.PWB_SITE_SEARCH(q);
    for (let round = 0; round < 3; round++) {
      for (const q of queries) {
        const t = performance.now();
        const hits = window.PWB_SITE_SEARCH(q);
        out.push({ ms: performance.now() - t, hits });
      }
    }
    return out;
  }, QUERIES);
  const ms = times.map((x) => x.ms).sort((a, b) => a - b);
  const pick = (p) => ms[Math.min(ms.length - 1, Math.floor(p * ms.length))];
  console.log(JSON.stringify({ readyMs, times: times.map((x) => x.ms), median: pick(0.5), p95: pick(0.95), max: ms[ms.length - 1], queries: times.length, withHits: times.filter((x) => x.hits > 0).length }));
} finally {
  await browser.close();
}
