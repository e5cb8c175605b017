// Reports in and out through the services: the fixture tree must survive an import and
// an export byte for byte, and bad input must be reported without storing any of it.
import { cpSync, existsSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Section } from '../../src/shared/models';
import { createHarness, FIXTURE_DECISIONS, FIXTURE_REPORTS, fixturesPresent } from './services-harness';
import type { Harness } from './services-harness';
import { listFiles } from '../support/list-files';

const content = (s: Section) => ({ path: s.path, name: s.name, heading: s.heading, agreement: s.agreement, body: s.body, references: s.references });

let h: Harness;
beforeEach(() => {
  h = createHarness('pwb-transfer-');
});
afterEach(async () => {
  await h.close();
});

/** Renames a section in the project file directly, as another program could: no door of the app is passed. */
async function renameBehindTheAppsBack(from: string, to: string): Promise<void> {
  const status = await h.ok('app.status', {});
  const file = status.project!.path;
  await h.ok('project.close', {});
  const db = new Database(file);
  db.prepare('UPDATE sections SET name = ? WHERE name = ?').run(to, from);
  db.close();
  await h.ok('project.open', { path: file });
}

async function allSections(): Promise<Section[]> {
  const tree = await h.ok('sections.tree', {});
  return Promise.all(tree.map((s) => h.ok('sections.get', { id: s.id })));
}

describe.skipIf(!fixturesPresent)('report import and export with the fixture tree', () => {
  beforeEach(async () => {
    await h.ok('project.create', { path: join(h.dir, 'p.pwb'), name: 'P' });
  });

  it('imports the tree with folders as paths and exports every file byte for byte', async () => {
    const result = await h.ok('import.reports', { paths: [FIXTURE_REPORTS] });
    expect(result).toMatchObject({ created: 5, updated: 0, unchanged: 0, failed: [] });
    expect(result.sectionIds.length).toBe(5);
    const tree = await h.ok('sections.tree', {});
    expect(tree.map((s) => [...s.path, s.name].join('/')).sort()).toEqual([
      'Bestuurzaken/Concrete voorstellen/HR',
      'Bestuurzaken/Concrete voorstellen/ICT en Informatie',
      'Brussel/Cultuur en toerisme',
      'Brussel/Vlaamse feestdag',
      'Vlaamse rand/Extra maatregelen/Stand van de Rand',
    ]);
    const progress = h.events.filter((e) => e.event === 'importProgress').map((e) => e.payload);
    expect(progress.at(-1)).toEqual({ done: 5, total: 5 });

    const out = join(h.dir, 'md');
    const exported = await h.ok('export.run', { format: 'md', outDir: out });
    expect(exported.outDir).toBe(out);
    expect(exported.files.length).toBe(5);
    expect(listFiles(out)).toEqual(listFiles(FIXTURE_REPORTS));
    for (const file of listFiles(FIXTURE_REPORTS)) {
      expect(readFileSync(join(out, file)).equals(readFileSync(join(FIXTURE_REPORTS, file))), file).toBe(true);
    }
    expect(h.events.filter((e) => e.event === 'exportProgress').at(-1)?.payload).toMatchObject({ done: 5, total: 5, outDir: out });
  });

  it('re-imports the same files and its own export as unchanged, keeping the content', async () => {
    await h.ok('import.reports', { paths: [FIXTURE_REPORTS] });
    const before = (await allSections()).map(content);
    expect(await h.ok('import.reports', { paths: [FIXTURE_REPORTS] })).toMatchObject({ created: 0, updated: 0, unchanged: 5 });

    const out = join(h.dir, 'md');
    await h.ok('export.run', { format: 'md', outDir: out });
    expect(await h.ok('import.reports', { paths: [out] })).toMatchObject({ created: 0, updated: 0, unchanged: 5 });

    await h.ok('project.create', { path: join(h.dir, 'q.pwb'), name: 'Q' });
    await h.ok('import.reports', { paths: [out] });
    expect((await allSections()).map(content)).toEqual(before);
  });

  it('updates a section whose file changed, as a new revision, and sets its agreement checksum', async () => {
    const tree = join(h.dir, 'tree');
    cpSync(FIXTURE_REPORTS, tree, { recursive: true });
    await h.ok('import.reports', { paths: [tree] });
    const file = join(tree, 'Brussel', 'Media.md');
    writeFileSync(file, readFileSync(join(tree, 'Brussel', 'Vlaamse feestdag.md'), 'utf8').replace('# Vlaamse feestdag', '# Media'));
    const feestdag = join(tree, 'Brussel', 'Vlaamse feestdag.md');
    writeFileSync(feestdag, readFileSync(feestdag, 'utf8').replace('Samenvatting:', 'Samenvatting (herzien):'));

    h.events.length = 0;
    const result = await h.ok('import.reports', { paths: [tree] });
    expect(result).toMatchObject({ created: 1, updated: 1, unchanged: 4, failed: [] });
    const sections = await allSections();
    const media = sections.find((s) => s.name === 'Media')!;
    expect(media.agreementChecksum).toMatch(/^[0-9a-f]{64}$/);
    const updated = sections.find((s) => s.name === 'Vlaamse feestdag')!;
    expect(updated.revision).toBe(2);
    expect(updated.body.startsWith('Samenvatting (herzien):')).toBe(true);
    expect(h.events.some((e) => e.event === 'sectionChanged' && (e.payload as { id: string }).id === updated.id)).toBe(true);
  });

  it('previews an import without writing: created, replaced (with what changes and the revision kept), unchanged', async () => {
    const tree = join(h.dir, 'tree');
    cpSync(FIXTURE_REPORTS, tree, { recursive: true });
    await h.ok('import.reports', { paths: [tree] });
    const feestdag = join(tree, 'Brussel', 'Vlaamse feestdag.md');
    writeFileSync(feestdag, readFileSync(feestdag, 'utf8').replace('Samenvatting:', 'Samenvatting (herzien):'));
    writeFileSync(join(tree, 'Brussel', 'Media.md'), readFileSync(feestdag, 'utf8').replace('# Vlaamse feestdag', '# Media'));
    writeFileSync(join(tree, 'Kapot.md'), '# Kapot\n');
    const before = await allSections();
    h.events.length = 0;

    const preview = await h.ok('import.preview', { paths: [tree] });
    const feest = before.find((s) => s.name === 'Vlaamse feestdag')!;
    expect(preview.created).toEqual([{ file: join(tree, 'Brussel', 'Media.md'), path: ['Brussel'], name: 'Media' }]);
    expect(preview.replaced).toEqual([{ file: feestdag, path: ['Brussel'], name: 'Vlaamse feestdag', id: feest.id, previousRevision: feest.revision, changes: ['body'] }]);
    expect(preview.unchanged.map((u) => u.name).sort()).toEqual(['Cultuur en toerisme', 'HR', 'ICT en Informatie', 'Stand van de Rand']);
    expect(preview.failed).toEqual([{ file: join(tree, 'Kapot.md'), line: 2, message: expect.stringMatching(/^line 2: expected/) }]);
    expect(await allSections()).toEqual(before);
    expect(h.events.filter((e) => e.event === 'sectionChanged' || e.event === 'treeChanged')).toEqual([]);

    // Asked not to replace: only the new section comes in; the changed one is listed as kept.
    const onlyNew = await h.ok('import.reports', { paths: [tree], replace: false });
    expect(onlyNew).toMatchObject({ created: 1, updated: 0, unchanged: 4, replaced: [], kept: preview.replaced });
    expect((await allSections()).find((s) => s.id === feest.id)).toEqual(feest);

    // Replacing: the result names the section and the revision that keeps its old text.
    const replaced = await h.ok('import.reports', { paths: [tree] });
    expect(replaced).toMatchObject({ created: 0, updated: 1, replaced: preview.replaced, kept: [] });
    const history = await h.ok('history.list', { sectionId: feest.id });
    expect(history.map((r) => r.revision)).toContain(feest.revision);
  });

  it('exports HTML: one page per section in the tree plus index.html, with a CSP and no script', async () => {
    await h.ok('import.reports', { paths: [FIXTURE_REPORTS] });
    const out = join(h.dir, 'html');
    const result = await h.ok('export.run', { format: 'html', outDir: out });
    expect(listFiles(out)).toEqual([
      'Bestuurzaken/Concrete voorstellen/HR.html',
      'Bestuurzaken/Concrete voorstellen/ICT en Informatie.html',
      'Brussel/Cultuur en toerisme.html',
      'Brussel/Vlaamse feestdag.html',
      'Vlaamse rand/Extra maatregelen/Stand van de Rand.html',
      'index.html',
    ]);
    expect(result.files.length).toBe(6);
    for (const file of listFiles(out)) {
      const html = readFileSync(join(out, file), 'utf8');
      expect(html, file).toMatch(/<meta http-equiv="Content-Security-Policy"/i);
      expect(html, file).not.toMatch(/<script/i);
    }
    const index = readFileSync(join(out, 'index.html'), 'utf8');
    expect(index).toContain('Brussel/Vlaamse%20feestdag.html');
    const page = readFileSync(join(out, 'Brussel', 'Vlaamse feestdag.html'), 'utf8');
    expect(page).toContain('../index.html');
  });

  it('exports a single section as just its file (md) or just its page (html)', async () => {
    await h.ok('import.reports', { paths: [FIXTURE_REPORTS] });
    const hr = (await h.ok('sections.tree', {})).find((s) => s.name === 'HR')!;
    const md = await h.ok('export.run', { format: 'md', outDir: join(h.dir, 'one-md'), sectionId: hr.id });
    expect(listFiles(join(h.dir, 'one-md'))).toEqual(['Bestuurzaken/Concrete voorstellen/HR.md']);
    expect(md.files).toEqual([join(h.dir, 'one-md', 'Bestuurzaken', 'Concrete voorstellen', 'HR.md')]);
    expect(readFileSync(md.files[0]).equals(readFileSync(join(FIXTURE_REPORTS, 'Bestuurzaken', 'Concrete voorstellen', 'HR.md')))).toBe(true);
    await h.ok('export.run', { format: 'html', outDir: join(h.dir, 'one-html'), sectionId: hr.id });
    expect(listFiles(join(h.dir, 'one-html'))).toEqual(['Bestuurzaken/Concrete voorstellen/HR.html']);
    expect((await h.fails('export.run', { format: 'md', outDir: join(h.dir, 'x'), sectionId: 'nope' })).code).toBe('not-found');
  });

  it('reports a malformed report with its line and stores nothing of it', async () => {
    const tree = join(h.dir, 'bad-tree');
    mkdirSync(join(tree, 'Brussel'), { recursive: true });
    cpSync(join(FIXTURE_REPORTS, 'Brussel', 'Vlaamse feestdag.md'), join(tree, 'Brussel', 'Vlaamse feestdag.md'));
    const broken = readFileSync(join(FIXTURE_REPORTS, 'Brussel', 'Cultuur en toerisme.md'), 'utf8').replace('        </details> \n', '        </details>\n');
    writeFileSync(join(tree, 'Brussel', 'Cultuur en toerisme.md'), broken);
    writeFileSync(join(tree, 'notes.txt'), 'not a report');
    cpSync(join(FIXTURE_REPORTS, 'Brussel', 'Vlaamse feestdag.md'), join(tree, '  .md'));

    const result = await h.ok('import.reports', { paths: [tree] });
    expect(result).toMatchObject({ created: 1, updated: 0, unchanged: 0 });
    expect(result.failed).toEqual([
      { file: join(tree, '  .md'), message: expect.stringMatching(/name .* is empty/) },
      { file: join(tree, 'Brussel', 'Cultuur en toerisme.md'), line: 6, message: expect.stringMatching(/^line 6: expected .*closing the agreement block/) },
    ]);
    expect((await h.ok('sections.tree', {})).map((s) => s.name)).toEqual(['Vlaamse feestdag']);
  });

  it('refuses a report that is not UTF-8 with the line and column of its first bad byte', async () => {
    const file = join(h.dir, 'Latin.md');
    const utf8 = readFileSync(join(FIXTURE_REPORTS, 'Brussel', 'Vlaamse feestdag.md'), 'utf8');
    writeFileSync(file, Buffer.from(utf8.replace('\n\n', '\n\nCafé '), 'latin1'));
    const result = await h.ok('import.reports', { paths: [file] });
    expect(result.created).toBe(0);
    expect(result.failed).toEqual([{ file, line: 3, message: expect.stringMatching(/^The file is not UTF-8 text: the first byte that is not UTF-8 is at line 3, column 4 \(byte 0xE9 — probably “é” saved as Windows-1252/) }]);
  });

  it('refuses a path that does not exist before importing anything', async () => {
    const e = await h.fails('import.reports', { paths: [FIXTURE_REPORTS, join(h.dir, 'missing')] });
    expect(e.code).toBe('not-found');
    expect(await h.ok('sections.tree', {})).toEqual([]);
  });

  it('refuses a name no file system can hold when it is made, and does not export one from a file made elsewhere', async () => {
    const refused = await h.fails('sections.create', { path: ['Map'], name: 'Vraag?' });
    expect(refused.message).toMatch(/name: contains "\?", which cannot appear in a file name/);
    await h.ok('sections.create', { path: ['Map'], name: 'Vraag' });
    await renameBehindTheAppsBack('Vraag', 'Vraag?');
    const out = join(h.dir, 'refused');
    const e = await h.fails('export.run', { format: 'md', outDir: out });
    expect(e.code).toBe('bad-request');
    expect(e.message).toMatch(/Vraag\?/);
    expect(existsSync(out)).toBe(false);
  });


  it('refuses two sections that would land on one file on a case-insensitive disk, and a top-level index', async () => {
    await h.ok('sections.create', { path: ['Map'], name: 'Media' });
    expect((await h.fails('sections.create', { path: ['map'], name: 'media' })).message).toMatch(/"map\/media" and "Map\/Media" would be one file on a disk that ignores case/);
    expect((await h.fails('sections.create', { path: [], name: 'Index' })).message).toMatch(/the HTML export writes its index page there/);
    // A file made elsewhere can still hold them: the export says so and writes nothing.
    await h.ok('sections.create', { path: ['Map'], name: 'Andere' });
    await renameBehindTheAppsBack('Andere', 'media');
    const e = await h.fails('export.run', { format: 'html', outDir: join(h.dir, 'clash') });
    expect(e.message).toMatch(/both be written/);
    expect((await h.ok('sections.tree', {})).map((s) => s.name).sort()).toEqual(['Media', 'media']);
  });

});

describe.skipIf(!fixturesPresent)('decision import', () => {
  beforeEach(async () => {
    await h.ok('project.create', { path: join(h.dir, 'p.pwb'), name: 'P' });
  });

  it('imports the JSON Lines sample, and a second import updates instead of duplicating', async () => {
    const lines = readFileSync(FIXTURE_DECISIONS, 'utf8').split('\n').filter((l) => l.trim()).length;
    const first = await h.ok('import.decisions', { path: FIXTURE_DECISIONS });
    expect(first.skipped).toEqual([]);
    expect(first.inserted + first.updated).toBe(lines);
    const count = (await h.ok('app.status', {})).project!.decisionCount;
    expect(count).toBe(first.inserted);

    const second = await h.ok('import.decisions', { path: FIXTURE_DECISIONS });
    expect(second.inserted).toBe(0);
    expect((await h.ok('app.status', {})).project!.decisionCount).toBe(count);

    const found = await h.ok('decisions.search', { query: 'begeleidingsdecreet' });
    expect(found.hits.map((d) => d.id)).toContain('5DB00B975084E7000800031C');
  });

  it('imports CSV with ; and quotes, skips bad rows with line numbers, and re-imports as updates', async () => {
    const csv = join(h.dir, 'besluiten.csv');
    const rows = [
      'title;date;meeting start;link',
      '"Fietsbudget 2020; 150 miljoen";2020-05-15;10:00;',
      '"Conceptnota ""Open data""";2019-12-13;2019-12-13T09:00:00Z;',
      'Kapotte datum;2020-02-31;;',
    ];
    writeFileSync(csv, rows.join('\r\n') + '\r\n');
    const first = await h.ok('import.decisions', { path: csv });
    expect(first).toEqual({ inserted: 2, updated: 0, skipped: [{ file: csv, line: 4, message: expect.stringMatching(/2020-02-31/) }] });
    expect(await h.ok('import.decisions', { path: csv })).toMatchObject({ inserted: 0, updated: 0 });

    // The same decisions with a summary column: matched on title + meeting start, updated in place.
    writeFileSync(csv, ['title;date;meeting start;link;text', `${rows[1]};Extra budget voor fietspaden.`, `${rows[2]};Open data wordt de standaard.`].join('\n'));
    expect(await h.ok('import.decisions', { path: csv })).toEqual({ inserted: 0, updated: 2, skipped: [] });
    expect((await h.ok('app.status', {})).project!.decisionCount).toBe(2);

    const hits = await h.ok('decisions.search', { query: 'fietspaden' });
    expect(hits.hits[0]).toMatchObject({ title: 'Fietsbudget 2020; 150 miljoen', meetingStart: '2020-05-15T08:00:00Z', date: '2020-05-15' });
    expect(hits.hits[0].url).toContain('startDate=2020-05-15T08%3A00%3A00Z');
  });

  it('refuses other file types and unusable CSV headers', async () => {
    const txt = join(h.dir, 'x.txt');
    writeFileSync(txt, 'hello');
    expect((await h.fails('import.decisions', { path: txt })).code).toBe('bad-request');
    const csv = join(h.dir, 'x.csv');
    writeFileSync(csv, 'naam,datum\nx,2020-01-01\n');
    const e = await h.fails('import.decisions', { path: csv });
    expect(e.code).toBe('bad-file');
    expect(e.message).toMatch(/"title" column/);
    expect((await h.fails('import.decisions', { path: join(h.dir, 'missing.jsonl') })).code).toBe('not-found');
    const latin = join(h.dir, 'latin.jsonl');
    writeFileSync(latin, Buffer.concat([Buffer.from('{"title":"a","date":"2020-01-01"}\n{"title":"Caf'), Buffer.from([0xe9]), Buffer.from('"}\n')]));
    const notUtf8 = await h.fails('import.decisions', { path: latin });
    expect(notUtf8).toMatchObject({ code: 'bad-file', message: expect.stringMatching(/is not UTF-8 text: the first byte that is not UTF-8 is at line 2, column 14 \(byte 0xE9/) });
  });
});

describe('files the person did not choose are never quoted', () => {
  beforeEach(async () => {
    await h.ok('project.create', { path: join(h.dir, 'p.pwb'), name: 'P' });
  });

  it('skips a link out of the imported folder without reading it, and never repeats a non-report', async () => {
    const outside = join(h.dir, 'outside');
    mkdirSync(outside);
    // Looks enough like a report to get past its first line: a later line would be quoted.
    writeFileSync(join(outside, 'system.conf'), '# TOP-SECRET-HEADING\nTOP-SECRET-LINE-2\n');
    const tree = join(h.dir, 'tree');
    mkdirSync(tree);
    symlinkSync(join(outside, 'system.conf'), join(tree, 'linked.md'));
    writeFileSync(join(tree, 'passwd.md'), 'root:x:0:0:TOP-SECRET:/root:/bin/bash\n');
    const result = await h.ok('import.reports', { paths: [tree] });
    expect(result.created).toBe(0);
    expect(result.failed).toEqual([
      { file: join(tree, 'linked.md'), message: 'A link to a file outside the imported folder; not read.' },
      { file: join(tree, 'passwd.md'), line: 1, message: 'Not a report: a report starts with "# " and its heading on the first line.' },
    ]);
    expect(JSON.stringify(result)).not.toMatch(/TOP-SECRET/);
  });

  it('still follows a link to a report inside the imported folder', async () => {
    const tree = join(h.dir, 'tree');
    mkdirSync(join(tree, 'real'), { recursive: true });
    writeFileSync(join(tree, 'real', 'A.md'), '# A\n');
    symlinkSync(join(tree, 'real', 'A.md'), join(tree, 'B.md'));
    const result = await h.ok('import.reports', { paths: [tree] });
    // The link is read (and fails to parse for its own reasons, with its line), not refused as outside.
    expect(result.failed.find((f) => f.file === join(tree, 'B.md'))?.message).not.toMatch(/outside/);
  });
});
