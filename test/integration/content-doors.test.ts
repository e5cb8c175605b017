// Issue 13 §1: one set of content rules at every door. A colleague's file with a valid
// schema and hostile values, report files, decision files, old revisions and files made
// elsewhere are each refused with the rule they break; my project is left as it was
// and still exports.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createProjectStore, openProjectStore } from '../../src/main/backend/store';
import { contentHash } from '../../src/main/backend/store/section-codec';
import { LIMITS } from '../../src/shared/limits';
import type { Section } from '../../src/shared/models';
import { createHarness } from './services-harness';
import type { Harness } from './services-harness';

const REPORT = (heading: string, body: string) =>
  `# ${heading}\n\n<details>\n        <summary>Regeerakkoord Sectie </summary>\n        <p>1.1 Iets </p>\n        </details> \n\n${body}\n\n<details>\n        <summary> Referenties</summary>\n        \n        </details> \n\n`;

/** The rows `value` = from..to, as a table (the SQLite build has no generate_series). */
const series = (from: number, to: number) => `(WITH RECURSIVE n(value) AS (SELECT ${from} UNION ALL SELECT value + 1 FROM n WHERE value < ${to}) SELECT value FROM n)`;

const sha = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

let h: Harness;
let mine: string;
let theirs: string;
let sectionId: string;

beforeEach(async () => {
  h = createHarness('pwb-doors-');
  mine = join(h.dir, 'mine.pwb');
  theirs = join(h.dir, 'theirs.pwb');
  await h.ok('project.create', { path: mine, name: 'Mijn project' });
  const a = await h.ok('sections.create', { path: ['Map'], name: 'A' });
  sectionId = a.id;
  await h.ok('sections.save', { id: a.id, patch: { body: 'Tekst.\n' } });
  await h.ok('sections.create', { path: ['Map'], name: 'B' });
  await h.ok('project.saveCopy', { path: theirs });
});

afterEach(async () => {
  await h.close();
});

/** Changes their file behind the app's back, as a hostile colleague (or a tool) could: the schema stays valid. */
function tamper(file: string, ...statements: [string, ...unknown[]][]): void {
  const db = new Database(file);
  try {
    for (const [sql, ...params] of statements) db.prepare(sql).run(...params);
  } finally {
    db.close();
  }
}

async function expectMineUnchangedAndExportable(before: string): Promise<void> {
  expect(sha(mine)).toBe(before);
  const out = await h.ok('export.run', { format: 'md', outDir: join(h.dir, `export-${Math.random().toString(36).slice(2)}`) });
  expect(out.files.length).toBe(2);
}

describe('merge from their file', () => {
  it('refuses values that break the content rules, naming each section and the rule, and writes nothing', async () => {
    tamper(
      theirs,
      ["UPDATE sections SET name = '..' WHERE name = 'A'"],
      ["UPDATE sections SET path = ?, name = ? WHERE name = 'B'", JSON.stringify(['Map', 'sub/dir']), 'esc\u001b[31mred'],
      ["INSERT INTO sections SELECT 'nul-id', '[]', ?, 0, 'h', '', 'b', 'not-rated', '', 'draft', NULL, '2020', '2020', 1 FROM project", 'has\u0000nul'],
      ["INSERT INTO sections SELECT 'big-id', '[]', 'Groot', 1, 'h', '', ?, 'not-rated', '', 'draft', NULL, '2020', '2020', 1 FROM project", 'x'.repeat(LIMITS.body + 1)],
      ["INSERT INTO sections SELECT 'head-id', '[]', 'Kop', 2, ?, '', 'b', 'not-rated', '', 'draft', NULL, '2020', '2020', 1 FROM project", 'k'.repeat(LIMITS.heading + 1)],
    );
    const before = sha(mine);
    const preview = await h.fails('merge.preview', { theirsPath: theirs });
    expect(preview.code).toBe('bad-file');
    expect(preview.message).toMatch(/^Nothing was merged: 5 sections of their file break the content rules/);
    expect(preview.message).toContain('"Map/.." (name: must not be "." or "..")');
    expect(preview.message).toMatch(/"Map\/sub\/dir\/esc\\u001b\[31mred" \(path\[1\]: must not contain slashes or control characters; name: must not contain slashes or control characters\)/);
    expect(preview.message).toMatch(/"has\\u0000nul" \(name: must not contain slashes/);
    expect(preview.message).toMatch(/"Groot" \(body: Too big/);
    expect(preview.message).toMatch(/"Kop" \(heading: Too big/);
    const apply = await h.fails('merge.apply', { theirsPath: theirs, resolutions: [], prefer: 'theirs' });
    expect(apply.code).toBe('bad-file');
    await expectMineUnchangedAndExportable(before);
  });

  it('refuses a folder path that climbs out with "..", and my project still exports', async () => {
    tamper(theirs, ["UPDATE sections SET path = ? WHERE name = 'B'", JSON.stringify(['..', 'etc'])]);
    const before = sha(mine);
    const preview = await h.fails('merge.preview', { theirsPath: theirs });
    expect(preview.message).toBe('Nothing was merged: 1 section of their file breaks the content rules: "../etc/B" (path[0]: must not be "." or "..").');
    const apply = await h.fails('merge.apply', { theirsPath: theirs, resolutions: [], prefer: 'theirs' });
    expect(apply.code).toBe('bad-file');
    await expectMineUnchangedAndExportable(before);
  });

  it('refuses a file over the untrusted-file limits before loading it, in seconds', async () => {
    const cases: { what: string; tamper: [string, ...unknown[]][]; says: RegExp }[] = [
      {
        what: 'a 100 MB body',
        tamper: [["UPDATE sections SET body = ? WHERE name = 'A'", 'x'.repeat(100 * 1024 * 1024)]],
        says: /cannot be used: it has a body of 104,857,600 bytes \(at most 2,000,000 characters are allowed\)/,
      },
      {
        what: 'a path 10,000 folders deep',
        tamper: [["UPDATE sections SET path = ? WHERE name = 'A'", JSON.stringify(Array.from({ length: 10_000 }, () => 'a'))]],
        says: /cannot be used: it has a folder path of/,
      },
      {
        what: 'a path 40 folders deep',
        tamper: [["UPDATE sections SET path = ? WHERE name = 'A'", JSON.stringify(Array.from({ length: 40 }, () => 'a'))]],
        says: /cannot be used: it has a section 40 folders deep \(at most 32\)/,
      },
      {
        what: '1,000,000 references in one section',
        tamper: [
          [
            `INSERT INTO refs (section_id, position, number, date, meeting_start, title, url)
             SELECT (SELECT id FROM sections WHERE name = 'A'), value, value, '2020-01-01', NULL, 't', NULL FROM ${series(0, 999_999)}`,
          ],
        ],
        says: /cannot be used: it has a section with 1000000 references \(a section holds at most 10000\)/,
      },
    ];
    for (const c of cases) {
      const copy = join(h.dir, `hostile-${cases.indexOf(c)}.pwb`);
      writeFileSync(copy, readFileSync(theirs));
      tamper(copy, ...c.tamper);
      const before = sha(mine);
      const started = Date.now();
      const e = await h.fails('merge.preview', { theirsPath: copy });
      expect(e.code, c.what).toBe('bad-file');
      expect(e.message, c.what).toMatch(c.says);
      expect(Date.now() - started, `${c.what} took too long to refuse`).toBeLessThan(10_000);
      await expectMineUnchangedAndExportable(before);
      // Opened directly, it is refused the same way.
      expect((await h.fails('project.open', { path: copy })).message).toMatch(c.says);
      expect((await h.ok('app.status', {})).project?.path).toBe(mine);
    }
  }, 120_000);

  it('takes their sections when they keep the rules, and a merged result that would break one is refused', async () => {
    const clean = join(h.dir, 'clean.pwb');
    writeFileSync(clean, readFileSync(theirs));
    tamper(clean, ["UPDATE sections SET body = 'Hun tekst.\n' WHERE name = 'A'"]);
    const report = await h.ok('merge.apply', { theirsPath: clean, resolutions: [] });
    expect(report.revisionsWritten).toBe(1);
    expect((await h.ok('sections.get', { id: sectionId })).body).toBe('Hun tekst.\n');

    // Both sides add a large paragraph: each keeps the limit, the merge of both would not.
    const half = 'x'.repeat(Math.floor(LIMITS.body / 2) + 10);
    await h.ok('project.saveCopy', { path: join(h.dir, 'base.pwb') });
    writeFileSync(theirs, readFileSync(join(h.dir, 'base.pwb')));
    await h.ok('sections.save', { id: sectionId, patch: { body: `Mijn ${half}\n\nHun tekst.\n` } });
    const other = await openProjectStore(theirs);
    try {
      other.saveSection(sectionId, { body: `Hun tekst.\n\nHun ${half}\n` }, { author: 'zij' });
    } finally {
      other.close();
    }
    const before = sha(mine);
    const e = await h.fails('merge.apply', { theirsPath: theirs, resolutions: [] });
    expect(e.message).toMatch(/^Nothing was merged: the merged result of 1 section would break the content rules: "Map\/A" \(body: Too big/);
    expect(sha(mine)).toBe(before);
  });
});

describe('report and decision import', () => {
  it('refuses each report file that breaks a rule, with the rule, and imports the rest', async () => {
    const tree = join(h.dir, 'tree');
    mkdirSync(join(tree, 'Map '), { recursive: true });
    writeFileSync(join(tree, 'Goed.md'), REPORT('Goed', 'Tekst.'));
    writeFileSync(join(tree, 'Map ', 'Spatie.md'), REPORT('Spatie', 'Tekst.'));
    writeFileSync(join(tree, 'esc\u001b[2Jname.md'), REPORT('Esc', 'Tekst.'));
    writeFileSync(join(tree, 'Lang.md'), REPORT('Lang', 'x'.repeat(LIMITS.body + 1)));
    writeFileSync(join(tree, 'Kop.md'), REPORT('k'.repeat(LIMITS.heading + 1), 'Tekst.'));
    const result = await h.ok('import.reports', { paths: [tree] });
    expect(result.created).toBe(1);
    const byFile = Object.fromEntries(result.failed.map((f) => [f.file.slice(tree.length + 1), f.message]));
    expect(byFile).toEqual({
      'Kop.md': expect.stringMatching(/^Breaks a content rule, not imported: heading: Too big/),
      'Lang.md': expect.stringMatching(/^Breaks a content rule, not imported: body: Too big/),
      'Map /Spatie.md': 'Breaks a content rule, not imported: path[0]: must not start or end with spaces',
      'esc\u001b[2Jname.md': 'Breaks a content rule, not imported: name: must not contain slashes or control characters',
    });
    const tree2 = await h.ok('sections.tree', {});
    expect(tree2.map((s) => s.name).sort()).toEqual(['A', 'B', 'Goed']);
    await h.ok('export.run', { format: 'html', outDir: join(h.dir, 'html') });
  });

  it('refuses a report that would share an export file with a section, or take the index page', async () => {
    const tree = join(h.dir, 'clash');
    mkdirSync(join(tree, 'map'), { recursive: true });
    writeFileSync(join(tree, 'map', 'a.md'), REPORT('a', 'Tekst.'));
    writeFileSync(join(tree, 'Index.md'), REPORT('Index', 'Tekst.'));
    writeFileSync(join(tree, 'Media.md'), REPORT('Media', 'Tekst.'));
    writeFileSync(join(tree, 'media.md'), REPORT('media', 'Tekst.'));
    const result = await h.ok('import.reports', { paths: [tree] });
    expect(result.created).toBe(1);
    expect(Object.fromEntries(result.failed.map((f) => [f.file.slice(tree.length + 1), f.message]))).toEqual({
      'Index.md': 'A report at the top may not be called "Index": the HTML export writes its index page there; not imported.',
      'map/a.md': 'Would be one file with "Map/A" on a disk that ignores case (Windows, macOS); not imported.',
      'media.md': 'Would be one file with "Media" on a disk that ignores case (Windows, macOS); not imported.',
    });
    await h.ok('export.run', { format: 'html', outDir: join(h.dir, 'html-clash') });
  });

  it('skips decisions that break a rule, by line', async () => {
    const file = join(h.dir, 'd.jsonl');
    const line = (o: object) => JSON.stringify(o);
    writeFileSync(
      file,
      [
        line({ title: 'Goed', date: '2020-01-01' }),
        line({ title: 't'.repeat(LIMITS.decisionTitle + 1), date: '2020-01-01' }),
        line({ title: 'Lange link', url: `https://x.example/${'u'.repeat(LIMITS.url)}` }),
        line({ title: 'Id', id: 'i'.repeat(LIMITS.decisionId + 1) }),
      ].join('\n'),
    );
    const r = await h.ok('import.decisions', { path: file });
    expect(r.inserted).toBe(1);
    expect(r.skipped.map((s) => [s.line, s.message])).toEqual([
      [2, `decision title is longer than ${LIMITS.decisionTitle} characters`],
      [3, `decision link is longer than ${LIMITS.url} characters`],
      [4, `decision id is longer than ${LIMITS.decisionId} characters`],
    ]);
  });
});

describe('restore from history and files made elsewhere', () => {
  it('does not bring back a revision that breaks a rule', async () => {
    await h.ok('project.close', {});
    // An old revision whose saved copy names the section "..": possible in a file made elsewhere.
    const db = new Database(mine);
    const row = db.prepare("SELECT id, snapshot FROM revisions WHERE section_id = ? AND revision = 1").get(sectionId) as { id: number; snapshot: string };
    db.prepare('UPDATE revisions SET snapshot = ? WHERE id = ?').run(JSON.stringify({ ...(JSON.parse(row.snapshot) as Section), name: '..' }), row.id);
    db.close();
    await h.ok('project.open', { path: mine });
    const before = sha(mine);
    const e = await h.fails('history.restore', { id: row.id });
    expect(e.message).toBe('This revision cannot be restored: name: must not be "." or ".."');
    await expectMineUnchangedAndExportable(before);
  });

  it('opens a file made elsewhere whose values break a rule, and says which sections (project.verify)', async () => {
    // Written with its revision, as another program (or an older, laxer version) would: the hash matches.
    tamper(theirs, ["UPDATE sections SET name = 'x\u0007y' WHERE name = 'B'"]);
    const reader = await openProjectStore(theirs, { readOnly: true });
    const renamed = reader.listSections().find((s) => s.name === 'x\u0007y')!;
    reader.close();
    tamper(theirs, ['UPDATE revisions SET content_hash = ? WHERE section_id = ? AND revision = ?', contentHash(renamed), renamed.id, renamed.revision]);
    await h.ok('project.open', { path: theirs });
    const report = await h.ok('project.verify', {});
    expect(report.damaged).toEqual([
      expect.objectContaining({ name: 'x\u0007y', problem: 'rule-broken', rule: 'name: must not contain slashes or control characters' }),
    ]);
    // Renaming it is allowed, and then all is well.
    const bad = report.damaged[0];
    await h.ok('sections.save', { id: bad.id, patch: { name: 'xy' } });
    // The renamed content is a new revision: nothing is damaged any more.
    expect((await h.ok('project.verify', {})).damaged).toEqual([]);
  });
});

describe('the store holds every write to the rules, whatever the door', () => {
  it('refuses a section name the API would refuse, and a project past its section limit', async () => {
    await h.ok('project.close', {});
    const store = await openProjectStore(mine);
    try {
      expect(() => store.createSection({ path: ['..'], name: 'x', heading: '', agreement: '', body: '', references: [] }, { author: 't' })).toThrow(
        /Not saved \("x"\): path\[0\]: must not be "\." or "\.\."/,
      );
      expect(() => store.saveSection(sectionId, { name: 'a/b' }, { author: 't' })).toThrow(/name: must not contain slashes/);
    } finally {
      store.close();
    }
    // 20,000 sections already: one more is refused, and the transaction leaves nothing behind.
    const db = new Database(mine);
    db.prepare(
      `INSERT INTO sections (id, path, name, sort_order, heading, agreement, body, verdict, verdict_note, status, agreement_checksum, created_at, updated_at, revision)
       SELECT 'bulk-' || value, '["Bulk"]', 'S' || value, value, '', '', '', 'not-rated', '', 'draft', NULL, '2020', '2020', 1 FROM ${series(1, LIMITS.sections - 2)}`,
    ).run();
    db.close();
    const full = await openProjectStore(mine);
    try {
      expect(() => full.createSection({ path: [], name: 'Een te veel', heading: '', agreement: '', body: '', references: [] }, { author: 't' })).toThrow(
        `Not saved: the project would hold ${LIMITS.sections + 1} sections (a project holds at most ${LIMITS.sections}).`,
      );
      expect(full.findSection([], 'Een te veel')).toBeNull();
    } finally {
      full.close();
    }
  });
});

describe('a new project file', () => {
  it('starts within every limit', async () => {
    const file = join(h.dir, 'fresh.pwb');
    createProjectStore(file, { name: 'Vers' }).close();
    const store = await openProjectStore(file, { readOnly: true });
    store.close();
  });
});
