// Campaign 3: script payloads through report import → preview → every export. Each round
// writes a folder of reports, each with a payload in every place a colleague writes
// (heading, agreement, body, reference title and link, file and folder name), imports
// it into a fresh project, and loads in headless Chromium: the workbench's preview of
// every section (one page), the HTML export (index and every section), the report site
// (index with searches and filters, every section), the print page of every section,
// and checks the Word file's XML. Anything that runs, or could run on a click, counts.
import fs from 'node:fs';
import path from 'node:path';
import { unzipSync, strFromU8 } from 'fflate';
import type { Page } from '@playwright/test';
import { createBackend } from '../src/main/backend/app-backend';
import type { Backend } from '../src/main/backend/app-backend';
import type { ImportResult, Result, Section, SectionSummary } from '../src/shared/models';
import type { DownloadTicket } from '../src/shared/api';
import type { Rng, Tally } from './common';
import { fail, reportText, seededRandom } from './common';
import { chromiumMissing, previewBundle, XssBrowser } from './xss-browser';
import { payloadFor } from './xss-payloads';
import type { Place } from './xss-payloads';

export interface XssOptions {
  count: number;
  deadline: number;
  seed: number;
  dir: string;
  /** Reports a round imports and loads together (one preview page, one site). */
  perRound: number;
}

export interface XssFigures {
  tried: number;
  imported: number;
  payloads: number;
  /** Payloads in reports the import took, so in the preview and every export. */
  payloadsThrough: number;
  pageLoads: number;
  skipped: string | null;
}

/** A word every payload report holds, so the site's search finds them all. */
const SEARCH_WORD = 'zoekxss';

interface Planned {
  file: string;
  places: Partial<Record<Place, number>>;
}

function writeReport(reportsDir: string, k: number, rng: Rng): Planned {
  const id = (place: Place) => k * 10 + PLACE_NUMBERS[place];
  const places: Partial<Record<Place, number>> = {};
  const put = (place: Place) => {
    places[place] = id(place);
    return payloadFor(place, id(place), rng);
  };
  const heading = put('heading');
  const agreement = `1.${k} Titel ${put('agreement')} [Afspraak ${k}]`;
  const bodyParts = [0, 1, 2].map((i) => payloadFor('body', k * 10 + 7 + i, rng));
  places.body = k * 10 + 7;
  const body = `Samenvatting ${SEARCH_WORD}\n\n${bodyParts.join('\n\n')}\n\nCitaties \\[0\\]\\[1\\].`;
  const refs = [
    { number: 0, date: '2020-01-02', title: put('title'), url: put('url') },
    { number: 1, date: '2021-03-04', title: `Besluit ${k}` },
  ];
  const text = reportText(heading, agreement, body, refs);
  // Half the reports also carry a payload in their file or folder name.
  const folder = rng() < 0.3 ? put('folder') : 'Map';
  const name = rng() < 0.3 ? put('name') : `Rapport ${k}`;
  for (const [f, n] of [
    [folder, name],
    ['Map', name],
    ['Map', `Rapport ${k}`],
  ]) {
    try {
      const dir = path.join(reportsDir, f);
      fs.mkdirSync(dir, { recursive: true });
      const file = path.join(dir, `${n}.md`);
      fs.writeFileSync(file, text);
      return { file, places };
    } catch {
      // A name the disk itself refuses (too long): the next, plainer one.
      delete places.folder;
      if (f === 'Map') delete places.name;
    }
  }
  throw new Error(`could not write report ${k}`);
}

const PLACE_NUMBERS: Record<Place, number> = { heading: 0, agreement: 1, title: 2, url: 3, folder: 4, name: 5, body: 7 };

function filesUnder(dir: string, ext: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return (fs.readdirSync(dir, { recursive: true, encoding: 'utf8' }) as string[]).filter((f) => f.endsWith(ext)).map((f) => path.join(dir, f));
}

async function readDownload(backend: Backend, ticket: DownloadTicket): Promise<Buffer> {
  const source = backend.openDownload(ticket.id);
  if (!source) throw new Error('the print page was not there to fetch');
  const chunks: Uint8Array[] = [];
  for await (const c of source.open(new AbortController().signal)) chunks.push(c);
  source.dispose?.();
  return Buffer.concat(chunks);
}

/** The site's index: searched for the reports' word and for payload words, each filter option tried. */
async function useSiteIndex(page: Page, scan: () => Promise<void>): Promise<void> {
  for (const query of [SEARCH_WORD, 'script', 'onerror', 'javascript', 'img']) {
    await page.fill('#site-search', query, { timeout: 2_000 });
    await page.waitForTimeout(60);
    await scan();
  }
  await page.fill('#site-search', '', { timeout: 2_000 });
  for (const select of ['#filter-domain', '#filter-verdict']) {
    const values = await page.$$eval(`${select} option`, (os) => os.map((o) => (o as HTMLOptionElement).value).slice(0, 6));
    for (const v of values) {
      await page.selectOption(select, v, { timeout: 2_000 });
      await scan();
    }
  }
}

export async function runXssCampaign(tally: Tally, opts: XssOptions): Promise<XssFigures> {
  const figures: XssFigures = { tried: 0, imported: 0, payloads: 0, payloadsThrough: 0, pageLoads: 0, skipped: chromiumMissing() };
  if (figures.skipped) return figures;
  const rng = seededRandom(opts.seed * 7 + 3);
  const bundle = await previewBundle();
  const browser = await XssBrowser.launch();
  try {
    await browser.selfTest(path.join(opts.dir, 'xss', 'canary'));
    for (let round = 0; figures.tried < opts.count && Date.now() < opts.deadline; round++) {
      const dir = path.join(opts.dir, 'xss', `round-${round}`);
      const reportsDir = path.join(dir, 'reports');
      fs.mkdirSync(reportsDir, { recursive: true });
      const planned: Planned[] = [];
      for (let i = 0; i < opts.perRound && figures.tried + i < opts.count; i++) planned.push(writeReport(reportsDir, figures.tried + i, rng));
      figures.tried += planned.length;
      tally.filesTried += planned.length;
      const payloads = (p: Planned) => Object.keys(p.places).length + 2;
      figures.payloads += planned.reduce((n, p) => n + payloads(p), 0);

      const backend = createBackend({ dataDir: path.join(dir, 'data'), transport: 'memory', nativeDialogs: false, recordRecent: false });
      const call = async <T>(method: string, args: unknown): Promise<Result<T>> => {
        const r = (await backend.dispatch(method, args)) as Result<T>;
        if (!r.ok && r.error.code === 'internal') fail(tally, 'crashes', `xss round ${round}: ${method} failed inside: ${r.error.message.slice(0, 200)}`);
        return r;
      };
      let roundFailed = false;
      try {
        // The project's name heads every exported page: a payload too (numbered past the reports').
        const named = await call('project.create', { path: path.join(dir, 'xss.pwb'), name: payloadFor('heading', 1_000_000 + round, rng) });
        if (!named.ok) await call('project.create', { path: path.join(dir, 'xss.pwb'), name: `XSS ${round}` });
        const imported = await call<ImportResult>('import.reports', { paths: [reportsDir] });
        if (!imported.ok) continue;
        if (process.env.PWB_FUZZ_DEBUG) for (const f of imported.value.failed) console.log(`refused ${path.relative(reportsDir, f.file)}: ${f.message.slice(0, 140)}`);
        const refused = new Set(imported.value.failed.map((f) => path.resolve(f.file)));
        const through = planned.filter((p) => !refused.has(path.resolve(p.file)));
        figures.imported += imported.value.created;
        figures.payloadsThrough += through.reduce((n, p) => n + payloads(p), 0);
        const tree = await call<SectionSummary[]>('sections.tree', {});
        const sections: Section[] = [];
        for (const s of tree.ok ? tree.value : []) {
          const got = await call<Section>('sections.get', { id: s.id });
          if (got.ok) sections.push(got.value);
        }

        browser.allow(dir);
        await browser.preview(
          bundle,
          sections.map((s) => ({ label: `preview of "${s.name}"`, body: s.body, references: s.references })),
          'nl',
        );
        figures.pageLoads++;
        for (const format of ['html', 'site', 'docx'] as const) await call('export.run', { format, outDir: path.join(dir, format) });
        for (const file of filesUnder(path.join(dir, 'html'), '.html')) {
          await browser.visit(file, `html export ${path.relative(dir, file)}`);
          figures.pageLoads++;
        }
        for (const file of filesUnder(path.join(dir, 'site'), '.html')) {
          const isIndex = path.relative(path.join(dir, 'site'), file) === 'index.html';
          await browser.visit(file, `site ${path.relative(dir, file)}`, isIndex ? useSiteIndex : undefined);
          figures.pageLoads++;
        }
        const printDir = path.join(dir, 'print');
        fs.mkdirSync(printDir);
        for (const [i, s] of sections.entries()) {
          const ticket = await call<DownloadTicket>('export.printPage', { sectionId: s.id });
          if (!ticket.ok) continue;
          const file = path.join(printDir, `${i}.html`);
          fs.writeFileSync(file, await readDownload(backend, ticket.value));
          await browser.visit(file, `print page of "${s.name}"`);
          figures.pageLoads++;
        }
        for (const file of filesUnder(path.join(dir, 'docx'), '.docx')) {
          const parts = Object.entries(unzipSync(fs.readFileSync(file)))
            .filter(([name]) => name.endsWith('.xml') || name.endsWith('.rels'))
            .map(([name, bytes]) => ({ name: `${path.basename(file)}:${name}`, xml: strFromU8(bytes) }));
          await browser.checkDocx(`word ${path.relative(dir, file)}`, parts);
        }
        if (filesUnder(path.join(dir, 'docx'), '.docx').length === 0 && sections.length > 0) fail(tally, 'crashes', `xss round ${round}: the Word export wrote nothing`);
      } finally {
        await backend.close();
        for (const f of browser.take()) {
          roundFailed = true;
          if (f.kind === 'page-error') fail(tally, 'crashes', `xss round ${round}, ${f.where}: page error: ${f.what}`);
          else fail(tally, 'scriptRuns', `xss round ${round}, ${f.where}: ${f.kind === 'ran' ? 'ran' : 'could run'}: ${f.what}`);
        }
        if (!roundFailed) fs.rmSync(dir, { recursive: true, force: true });
      }
    }
  } finally {
    await browser.close();
  }
  return figures;
}
