// Every export format end to end through the services: where files go (folder rules),
// progress and cancel, nothing half-written, Word and the report site read back, and the
// browser host's downloads (one file, a streamed zip, a copy of the project).
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { unzipSync } from 'fflate';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { renderReport } from '../../src/core/format';
import type { Section } from '../../src/shared/models';
import { AppState } from '../../src/main/backend/services/app-state';
import { openProjectStore } from '../../src/main/backend/store';
import { readDocx } from '../support/docx-reader';
import { listFiles } from '../support/list-files';
import { createHarness, FIXTURE_REPORTS, fixturesPresent } from './services-harness';
import type { Harness } from './services-harness';

async function drain(iterable: AsyncIterable<Uint8Array>): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const c of iterable) chunks.push(Buffer.from(c));
  return Buffer.concat(chunks);
}

let h: Harness;
let project: string;
beforeEach(() => {
  h = createHarness('pwb-export-');
  project = join(h.dir, 'work', 'p.pwb');
  mkdirSync(join(h.dir, 'work'));
});
afterEach(async () => {
  await h.close();
});

async function sections(): Promise<Section[]> {
  const tree = await h.ok('sections.tree', {});
  return Promise.all(tree.map((s) => h.ok('sections.get', { id: s.id })));
}

async function download(ticketId: string): Promise<Buffer> {
  const source = h.backend.openDownload(ticketId);
  if (!source) throw new Error('no such download');
  try {
    return await drain(source.open(new AbortController().signal));
  } finally {
    source.dispose?.();
  }
}

describe.skipIf(!fixturesPresent)('exports of the fixture project', () => {
  beforeEach(async () => {
    await h.ok('project.create', { path: project, name: 'Regeerakkoord 2019-2024', government: 'Vlaamse Regering Jambon (2019-2024)', termStart: '2019-10-02', termEnd: '2024-09-30' });
    await h.ok('import.reports', { paths: [FIXTURE_REPORTS] });
  });

  describe('the folder', () => {
    it('takes a relative folder from the project file, never from the working folder', async () => {
      const result = await h.ok('export.run', { format: 'md', outDir: 'exports/md' });
      expect(result.outDir).toBe(join(h.dir, 'work', 'exports', 'md'));
      expect(listFiles(result.outDir)).toHaveLength(5);
      expect(existsSync(join(process.cwd(), 'exports', 'md'))).toBe(false);
    });

    it('refuses a file as the folder, and writes nothing', async () => {
      const file = join(h.dir, 'a-file');
      writeFileSync(file, 'x');
      const err = await h.fails('export.run', { format: 'html', outDir: file });
      expect(err.message).toMatch(/is a file, not a folder/);
      expect(readFileSync(file, 'utf8')).toBe('x');
    });

    it('refuses when a file would land on an existing folder, before writing anything', async () => {
      const out = join(h.dir, 'out');
      mkdirSync(join(out, 'Brussel', 'Media.md'), { recursive: true });
      mkdirSync(join(out, 'Brussel', 'Vlaamse feestdag.md'), { recursive: true });
      const err = await h.fails('export.run', { format: 'md', outDir: out });
      expect(err.message).toMatch(/Vlaamse feestdag\.md is a folder where the export needs a file/);
      expect(listFiles(out)).toEqual([]);
      expect(readdirSync(out).filter((n) => n.startsWith('.'))).toEqual([]);
    });

    it('remembers only a full path as the export folder', async () => {
      expect((await h.fails('settings.set', { exportDir: 'exports' })).message).toMatch(/must be a full path/);
      expect((await h.ok('settings.set', { exportDir: join(h.dir, 'ex') })).exportDir).toBe(join(h.dir, 'ex'));
      // A relative folder an older version remembered is forgotten on start.
      writeFileSync(join(h.dataDir, 'state.json'), JSON.stringify({ version: 1, settings: { authorName: 'a', exportDir: 'relative/x' }, recent: [] }));
      expect(new AppState(h.dataDir).settings.exportDir).toBeNull();
    });
  });

  describe('progress and cancel', () => {
    it('reports progress with the job id and ends at the total', async () => {
      await h.ok('export.run', { format: 'html', outDir: join(h.dir, 'html'), jobId: 'job-1' });
      const progress = h.events.filter((e) => e.event === 'exportProgress').map((e) => e.payload as { done: number; total: number; jobId?: string });
      expect(progress[0]).toMatchObject({ done: 0, total: 6, jobId: 'job-1' });
      expect(progress.at(-1)).toMatchObject({ done: 6, total: 6, jobId: 'job-1' });
    });

    it('a cancelled export leaves no file and no temp folder behind', async () => {
      const out = join(h.dir, 'cancelled');
      const off = h.backend.events.on('exportProgress', ({ done, jobId }) => {
        if (done === 0 && jobId) void h.client.call('export.cancel', { jobId });
      });
      const err = await h.fails('export.run', { format: 'site', outDir: out, jobId: 'to-cancel' });
      off();
      expect(err.code).toBe('cancelled');
      expect(readdirSync(out)).toEqual([]);
      expect(await h.ok('export.cancel', { jobId: 'to-cancel' })).toEqual({ cancelled: false });
    });
  });

  it('labels exports in the project language', async () => {
    const nl = await h.ok('export.run', { format: 'html', outDir: join(h.dir, 'nl') });
    expect(readFileSync(join(nl.outDir, 'index.html'), 'utf8')).toContain('<h2 id="verdicts-heading">Oordelen</h2>');
    expect((await h.ok('project.update', { language: 'en' })).info.language).toBe('en');
    const en = await h.ok('export.run', { format: 'html', outDir: join(h.dir, 'en') });
    const index = readFileSync(join(en.outDir, 'index.html'), 'utf8');
    expect(index).toContain('<html lang="en">');
    expect(index).toContain('<h2 id="verdicts-heading">Verdicts</h2>');
    // The setting is in the file: it survives closing and reopening.
    await h.ok('project.close', {});
    expect((await h.ok('project.open', { path: project })).info.language).toBe('en');
    expect((await h.fails('project.update', { language: 'fr' })).code).toBe('bad-request');
  });

  describe('Word', () => {
    it('writes one document per section, and one for the project with every section', async () => {
      const all = await sections();
      const ict = all.find((s) => s.name === 'ICT en Informatie')!;
      const one = await h.ok('export.run', { format: 'docx', outDir: join(h.dir, 'docx'), sectionId: ict.id });
      expect(one.files.map((f) => relative(one.outDir, f))).toEqual(['ICT en Informatie.docx']);
      const doc = readDocx(readFileSync(one.files[0]));
      expect(doc.paragraphs.find((p) => p.style === 'Heading1')?.text).toBe(ict.heading);
      expect(doc.paragraphs.find((p) => p.style === 'Quote')?.text).toBe(ict.agreement);
      const entries = doc.paragraphs.filter((p) => p.style === 'ReferenceEntry');
      expect(entries.map((p) => p.text.match(/^\[(\d+)\]/)?.[1])).toEqual(ict.references.map((r) => String(r.number)));
      entries.forEach((p, i) => expect(p.text).toContain(`(${ict.references[i].date})`));
      const links = doc.hyperlinks.filter((l) => l.target !== null).map((l) => l.target);
      for (const r of ict.references) if (r.url) expect(links).toContain(r.url);
      for (const c of doc.hyperlinks.filter((l) => l.anchor?.includes('ref_'))) expect(doc.bookmarks).toContain(c.anchor);

      const whole = await h.ok('export.run', { format: 'docx', outDir: join(h.dir, 'docx') });
      expect(whole.files.map((f) => relative(whole.outDir, f))).toEqual(['Regeerakkoord 2019-2024.docx']);
      const projectDoc = readDocx(readFileSync(whole.files[0]));
      expect(projectDoc.paragraphs.filter((p) => p.style === 'Heading2').map((p) => p.text).sort()).toEqual(all.map((s) => s.heading).sort());
    });
  });

  describe('the report site', () => {
    it('writes pages, index, assets and a search index covering every section', async () => {
      const out = join(h.dir, 'site');
      const result = await h.ok('export.run', { format: 'site', outDir: out });
      const files = listFiles(out);
      expect(files).toEqual(expect.arrayContaining(['index.html', 'assets/site.css', 'assets/site.js', 'assets/minisearch.js', 'assets/search-index.js', 'Brussel/Vlaamse feestdag.html']));
      expect(result.files).toHaveLength(files.length);
      for (const page of files.filter((f) => f.endsWith('.html'))) {
        const html = readFileSync(join(out, page), 'utf8');
        expect(html).toContain(`script-src 'self'`);
        // Scripts only from files, none inline.
        expect(html.match(/<script(?![^>]*\ssrc=)[^>]*>/g)).toBeNull();
      }
      const payload = readFileSync(join(out, 'assets', 'search-index.js'), 'utf8');
      const all = await sections();
      for (const s of all) expect(payload).toContain(JSON.stringify(s.heading));
    });

    it('refuses a site of one section', async () => {
      const [first] = await sections();
      expect((await h.fails('export.run', { format: 'site', outDir: join(h.dir, 's'), sectionId: first.id })).message).toMatch(/whole project/);
    });
  });

  describe('downloads (browser host)', () => {
    it('gives one section as its own file, fetched once', async () => {
      const [first] = await sections();
      const ticket = await h.ok('export.download', { format: 'md', sectionId: first.id });
      expect(ticket).toMatchObject({ fileName: `${first.name}.md`, inline: false });
      expect((await download(ticket.id)).toString('utf8')).toBe(renderReport(first));
      expect(h.backend.openDownload(ticket.id)).toBeNull();
    });

    it('streams the project as a zip holding what a folder export writes', async () => {
      const folder = await h.ok('export.run', { format: 'html', outDir: join(h.dir, 'html') });
      const ticket = await h.ok('export.download', { format: 'html' });
      expect(ticket.fileName).toBe('Regeerakkoord 2019-2024-html.zip');
      const zip = unzipSync(await download(ticket.id));
      const names = Object.keys(zip).sort();
      expect(names).toEqual(listFiles(folder.outDir).map((f) => `Regeerakkoord 2019-2024-html/${f}`));
      const page = 'Regeerakkoord 2019-2024-html/Brussel/Vlaamse feestdag.html';
      // The same page but for its "generated" time.
      const strip = (s: string) => s.replace(/<footer>.*<\/footer>/, '');
      expect(strip(Buffer.from(zip[page]).toString('utf8'))).toBe(strip(readFileSync(join(folder.outDir, 'Brussel', 'Vlaamse feestdag.html'), 'utf8')));
    });

    it('saves a copy of the project as a .pwb download that opens with every section', async () => {
      const ticket = await h.ok('project.downloadCopy', {});
      expect(ticket.fileName).toBe('p.pwb');
      const bytes = await download(ticket.id);
      const copy = join(h.dir, 'copy.pwb');
      writeFileSync(copy, bytes);
      const store = await openProjectStore(copy, { readOnly: true });
      try {
        expect(store.listSections().map((s) => s.name).sort()).toEqual((await sections()).map((s) => s.name).sort());
      } finally {
        store.close();
      }
    });

    it('cancels a download being produced', async () => {
      const ticket = await h.ok('export.download', { format: 'site', jobId: 'dl-1' });
      const source = h.backend.openDownload(ticket.id)!;
      const chunks = source.open(new AbortController().signal)[Symbol.asyncIterator]();
      await chunks.next();
      expect(await h.ok('export.cancel', { jobId: 'dl-1' })).toEqual({ cancelled: true });
      await expect(drain({ [Symbol.asyncIterator]: () => chunks })).rejects.toMatchObject({ code: 'cancelled' });
      source.dispose?.();
    });
  });
});

describe('exports in the browser host', () => {
  it('refuse server folders and paths: exports and copies are downloads there', async () => {
    const { createBackend } = await import('../../src/main/backend/app-backend');
    const backend = createBackend({ dataDir: join(h.dir, 'http-data'), transport: 'http', nativeDialogs: false });
    try {
      await backend.dispatch('project.create', { path: join(h.dir, 'h.pwb'), name: 'H' });
      const run = await backend.dispatch('export.run', { format: 'md', outDir: join(h.dir, 'x') });
      expect(run).toMatchObject({ ok: false, error: { code: 'bad-request' } });
      const copy = await backend.dispatch('project.saveCopy', { path: join(h.dir, 'c.pwb') });
      expect(copy).toMatchObject({ ok: false, error: { code: 'bad-request' } });
      expect(existsSync(join(h.dir, 'x'))).toBe(false);
      expect(existsSync(join(h.dir, 'c.pwb'))).toBe(false);
      const status = await backend.dispatch('app.status', {});
      expect(status).toMatchObject({ ok: true, value: { downloads: true, pdfExport: false } });
    } finally {
      await backend.close();
    }
  });
});
