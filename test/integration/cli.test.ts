// `pwb` as a person runs it: a separate process, arguments in, text and exit status out.
// beforeAll bundles src/main/cli/index.ts (cli-bundle.ts); the bench times the
// electron-vite build in out/main/cli.js, and the launcher test below runs that one.
import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CheckJson } from '../../src/main/cli/commands/check';
import { createBackend } from '../../src/main/backend/app-backend';
import { createProjectStore } from '../../src/main/backend/store';
import { LIMITS } from '../../src/shared/limits';
import type { SearchResult, SectionSummary } from '../../src/shared/models';
import { bundleCli, runCli } from './cli-bundle';
import type { Run } from './cli-bundle';
import { FIXTURE_DECISIONS, FIXTURE_REPORTS, fixturesPresent } from './services-harness';

const ROOT = resolve(__dirname, '../..');
let CLI: string;
let dir: string;

// English, as for a script, whatever the machine's own locale; tests that want Dutch say so.
const ENGLISH = { LC_ALL: '', LC_MESSAGES: '', LANG: 'C.UTF-8' };
const pwbWith = (extraEnv: Record<string, string>, ...args: string[]): Promise<Run> => runCli(CLI, dir, args, { ...ENGLISH, ...extraEnv });
const pwb = (...args: string[]): Promise<Run> => pwbWith({}, ...args);

/** One clear line on stderr, exit status 2, no stack trace. */
function expectOneLineError(r: Run, pattern: RegExp) {
  expect(r.stderr).toMatch(pattern);
  expect(r.status).toBe(2);
  expect(r.stderr.trim().split('\n')).toHaveLength(1);
  expect(r.stderr).not.toMatch(/\n\s+at /);
}

/** A section's id, read from the project through the backend (read-only, as the CLI's read commands open it). */
async function sectionId(project: string, name: string): Promise<string> {
  const backend = createBackend({ dataDir: join(dir, 'data'), transport: 'memory', nativeDialogs: false, recordRecent: false });
  try {
    const opened = await backend.dispatch('project.open', { path: project, readOnly: true });
    expect(opened.ok).toBe(true);
    const tree = await backend.dispatch('sections.tree', {});
    const found = tree.ok ? (tree.value as SectionSummary[]).find((s) => s.name === name) : undefined;
    if (!found) throw new Error(`no section ${name} in ${project}`);
    return found.id;
  } finally {
    await backend.close();
  }
}

function listFiles(root: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const e of readdirSync(d)) {
      const full = join(d, e);
      if (statSync(full).isDirectory()) walk(full);
      else out.push(relative(root, full));
    }
  };
  walk(root);
  return out.sort();
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'pwb-cli-'));
  CLI = await bundleCli('cli');
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
  rmSync(CLI, { force: true });
});

describe('help and usage errors', () => {
  it('prints the command list for pwb --help and usage for each command', async () => {
    const [all, ...helps] = await Promise.all([
      pwb('--help'),
      ...['import', 'export', 'check', 'search'].map((c) => pwb(c, '--help')),
      pwb('decisions', 'import', '--help'),
      pwb('decisions', '--help'),
    ]);
    expect(all.status).toBe(0);
    for (const c of ['import', 'export', 'check', 'decisions', 'search']) expect(all.stdout).toMatch(new RegExp(`^  ${c} `, 'm'));
    ['import', 'export', 'check', 'search', 'decisions import', 'decisions'].forEach((c, i) => {
      expect(helps[i].status, c).toBe(0);
      expect(helps[i].stdout, c).toMatch(new RegExp(`^Usage: pwb ${c} `));
    });
  });

  it('exits 2 with one line for no command, an unknown command, an unknown flag or a missing value', async () => {
    const runs = await Promise.all([
      pwb(),
      pwb('frobnicate'),
      pwb('check', '--project', 'x.pwb', '--bogus'),
      pwb('export', '--project'),
      pwb('export', '--project', join(dir, 'p.pwb'), '--format', 'pdf', '--out', dir),
      pwb('search', 'x'),
      pwb('check', '--project', join(dir, 'nope.pwb')),
      pwb('decisions'),
      pwb('decisions', 'export'),
    ]);
    expect(runs[0].status).toBe(2);
    expect(runs[0].stderr).toMatch(/^Usage: pwb <command>/);
    expectOneLineError(runs[1], /unknown command "frobnicate"/);
    expectOneLineError(runs[2], /unknown option --bogus/);
    expectOneLineError(runs[3], /option --project needs a value/);
    expectOneLineError(runs[4], /PDF is made by the desktop app/);
    expectOneLineError(runs[5], /missing --project/);
    expectOneLineError(runs[6], /project file not found/);
    expectOneLineError(runs[7], /missing subcommand/);
    expectOneLineError(runs[8], /unknown subcommand/);
  });
});

describe.skipIf(!fixturesPresent)('a project from the fixture reports', () => {
  let project: string;

  beforeAll(async () => {
    project = join(dir, 'fixtures.pwb');
    const r = await pwb('import', FIXTURE_REPORTS, '--project', project);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(`${project}: 5 created, 0 updated, 0 unchanged\n`);
  });

  it('imports again as unchanged, and refuses a path that does not exist', async () => {
    expect((await pwb('import', FIXTURE_REPORTS, '--project', project)).stdout).toMatch(/0 created, 0 updated, 5 unchanged/);
    const [missing, none] = await Promise.all([pwb('import', join(dir, 'nowhere'), '--project', project), pwb('import', '--project', project)]);
    expectOneLineError(missing, /No such file or folder/);
    expectOneLineError(none, /at least one report/);
  });

  it('says which sections an import replaced, and that their earlier text is in their history', async () => {
    const tree = join(dir, 'replace-tree');
    mkdirSync(join(tree, 'Brussel'), { recursive: true });
    const original = readFileSync(join(FIXTURE_REPORTS, 'Brussel', 'Vlaamse feestdag.md'), 'utf8');
    writeFileSync(join(tree, 'Brussel', 'Vlaamse feestdag.md'), original);
    const p = join(dir, 'replace.pwb');
    expect((await pwb('import', tree, '--project', p)).stdout).toBe(`${p}: 1 created, 0 updated, 0 unchanged\n`);
    writeFileSync(join(tree, 'Brussel', 'Vlaamse feestdag.md'), original.replace('Samenvatting:', 'Samenvatting (herzien):'));
    const again = await pwb('import', tree, '--project', p);
    expect(again.status).toBe(0);
    expect(again.stdout).toBe(
      `${p}: 0 created, 1 updated, 0 unchanged\n` +
        'Replaced 1 section; the text each had before is kept in its history:\n' +
        '  Brussel/Vlaamse feestdag (previous text: revision 1)\n',
    );
    const dutch = await pwb('import', tree, '--project', p, '--lang', 'nl');
    expect(dutch.stdout).toBe(`${p}: 0 created, 0 updated, 1 unchanged\n`);
  });

  it('reports bad files with file:line, exit 1 when others were imported and 2 when none was', async () => {
    const tree = join(dir, 'mixed');
    mkdirSync(tree);
    copyFileSync(join(FIXTURE_REPORTS, 'Brussel', 'Vlaamse feestdag.md'), join(tree, 'Goed.md'));
    writeFileSync(join(tree, 'Kapot.md'), '# Kapot\n\nzomaar tekst\n');
    const [mixed, onlyBad] = await Promise.all([
      pwb('import', tree, '--project', join(dir, 'mixed.pwb')),
      pwb('import', join(tree, 'Kapot.md'), '--project', join(dir, 'bad.pwb')),
    ]);
    expect(mixed.status).toBe(1);
    expect(mixed.stderr).toMatch(new RegExp(`^${join(tree, 'Kapot.md')}:3: line 3: expected`));
    expect(mixed.stdout).toMatch(/1 created, 0 updated, 0 unchanged, 1 failed/);
    expect(onlyBad.status).toBe(2);
  });

  it('exports md byte for byte, html with an index, and one section by path or id', async () => {
    const [md, html, one, idLookup] = ['out-md', 'out-html', 'out-one', 'out-id'].map((d) => join(dir, d));
    const hrId = await sectionId(project, 'HR');
    const runs = await Promise.all([
      pwb('export', '--project', project, '--format', 'md', '--out', md),
      pwb('export', '--project', project, '--format', 'html', '--out', html),
      pwb('export', '--project', project, '--format', 'md', '--out', one, '--section', 'Bestuurzaken/Concrete voorstellen/ICT en Informatie'),
      pwb('export', '--project', project, '--format', 'md', '--out', one, '--section', 'Brussel/Nergens'),
      pwb('export', '--project', project, '--format', 'md'),
      pwb('export', '--project', project, '--format', 'html', '--out', idLookup, '--section', hrId),
    ]);
    expect(runs[0].status).toBe(0);
    expect(runs[0].stdout).toBe(`5 files written to ${md}\n`);
    for (const file of listFiles(FIXTURE_REPORTS)) expect(readFileSync(join(md, file)).equals(readFileSync(join(FIXTURE_REPORTS, file))), file).toBe(true);
    expect(runs[1].status).toBe(0);
    expect(listFiles(html)).toContain('index.html');
    expect(listFiles(html).length).toBe(6);
    expect(runs[2].status).toBe(0);
    expect(listFiles(one)).toEqual(['Bestuurzaken/Concrete voorstellen/ICT en Informatie.md']);
    expectOneLineError(runs[3], /no section "Brussel\/Nergens"/);
    expectOneLineError(runs[4], /missing --out/);
    expect(runs[5].status).toBe(0);
    expect(listFiles(idLookup)).toEqual(['Bestuurzaken/Concrete voorstellen/HR.html']);
  });

  it('exports Word and the report site, and takes a relative --out from the project file\'s folder', async () => {
    const sub = join(dir, 'elsewhere');
    mkdirSync(sub, { recursive: true });
    const moved = join(sub, 'copy.pwb');
    copyFileSync(project, moved);
    const [docx, site] = await Promise.all([
      pwb('export', '--project', moved, '--format', 'docx', '--out', 'word'),
      pwb('export', '--project', moved, '--format', 'site', '--out', 'site'),
    ]);
    expect(docx.status).toBe(0);
    expect(docx.stdout).toBe(`1 file written to ${join(sub, 'word')}\n`);
    // One document for the project, named after it.
    expect(listFiles(join(sub, 'word'))).toEqual(['fixtures.docx']);
    expect(site.status).toBe(0);
    expect(listFiles(join(sub, 'site'))).toEqual(expect.arrayContaining(['index.html', 'assets/search-index.js', 'Brussel/Vlaamse feestdag.html']));
    // Never the working folder the command ran in.
    expect(existsSync(join(dir, 'word'))).toBe(false);
    expect(existsSync(join(dir, 'site'))).toBe(false);
  });

  it('stops an export on Ctrl+C and leaves nothing behind', async () => {
    // Enough sections that the export is still running when the signal arrives.
    const tree = join(dir, 'many');
    for (let i = 0; i < 80; i++) cpSync(FIXTURE_REPORTS, join(tree, `Deel ${i}`), { recursive: true });
    const big = join(dir, 'many.pwb');
    expect((await pwb('import', tree, '--project', big)).status).toBe(0);
    const out = join(dir, 'interrupted');
    const run = await new Promise<Run>((done, fail) => {
      const env = { ...process.env, LC_ALL: '', LANG: 'C.UTF-8', PWB_DATA_DIR: join(dir, 'data') };
      const child = spawn(process.execPath, [CLI, 'export', '--project', big, '--format', 'site', '--out', out], { cwd: dir, env });
      let stdout = '';
      let stderr = '';
      let sent = false;
      child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
      child.stderr.setEncoding('utf8').on('data', (d: string) => {
        stderr += d;
        if (!sent && /Writing files 0\//.test(stderr)) {
          sent = true;
          child.kill('SIGINT');
        }
      });
      child.on('error', fail);
      child.on('close', (status) => done({ status, stdout, stderr }));
    });
    expect(run.stderr).toMatch(/Export cancelled; nothing was written\./);
    expect(run.status).toBe(130);
    expect(readdirSync(out)).toEqual([]);
  });

  it('checks: one line per problem, a JSON document with every diagnostic, and the exit status', async () => {
    const [human, json, one] = await Promise.all([
      pwb('check', '--project', project),
      pwb('check', '--project', project, '--json'),
      pwb('check', '--project', project, '--json', '--section', 'Brussel/Vlaamse feestdag'),
    ]);
    const report = JSON.parse(json.stdout) as CheckJson;
    expect(json.status).toBe(human.status);
    expect(report.project).toBe(project);
    expect(report.sectionsChecked).toBe(5);
    expect(report.fixed).toEqual([]);
    expect(report.counts.error + report.counts.warning + report.counts.info).toBe(report.diagnostics.length);
    expect(report.diagnostics.length).toBeGreaterThan(0);
    expect(human.status).toBe(report.counts.error > 0 ? 1 : 0);
    for (const d of report.diagnostics) {
      expect(d.sectionId).toMatch(/^[0-9a-f-]{36}$/);
      expect(d.path.length).toBeGreaterThan(0);
      expect(typeof d.name).toBe('string');
      expect(d.code).toMatch(/^[a-z-]+$/);
      expect(['error', 'warning', 'info']).toContain(d.severity);
      if (d.referenceIndex !== undefined) expect(typeof d.referenceNumber).toBe('number');
    }
    const lines = human.stdout.trim().split('\n');
    expect(lines.length).toBe(report.diagnostics.length + 1);
    expect(lines.at(-1)).toMatch(/^5 sections checked: \d+ errors?, \d+ warnings?, \d+ info$/);
    for (const line of lines.slice(0, -1)) expect(line).toMatch(/^[^:]+: (\d+:\d+|ref \[\d+\]|agreement:\d+|-) (error|warning|info) [a-z-]+ \S/);
    expect((JSON.parse(one.stdout) as CheckJson).sectionsChecked).toBe(1);
  });

  it('checks in Dutch when LANG or --lang says so, with the same codes and data', async () => {
    const [en, byEnv, byFlag, flagWins, bad] = await Promise.all([
      pwb('check', '--project', project, '--json'),
      pwbWith({ LANG: 'nl_BE.UTF-8' }, 'check', '--project', project),
      pwb('check', '--lang', 'nl', '--project', project, '--json'),
      pwbWith({ LC_ALL: 'nl_BE.UTF-8' }, '--lang=en', 'check', '--project', project, '--json'),
      pwb('check', '--project', project, '--lang', 'fr'),
    ]);
    const english = JSON.parse(en.stdout) as CheckJson;
    const dutch = JSON.parse(byFlag.stdout) as CheckJson;
    expect(dutch.diagnostics.map((d) => [d.code, d.data])).toEqual(english.diagnostics.map((d) => [d.code, d.data]));
    expect(dutch.diagnostics.every((d) => d.data !== undefined)).toBe(true);
    const uncited = dutch.diagnostics.find((d) => d.code === 'reference-no-link' || d.code === 'reference-uncited');
    if (uncited) expect(uncited.message).toMatch(/^Referentie \[\d+\]/);
    expect(dutch.diagnostics.map((d) => d.message)).not.toEqual(english.diagnostics.map((d) => d.message));
    expect((JSON.parse(flagWins.stdout) as CheckJson).diagnostics.map((d) => d.message)).toEqual(english.diagnostics.map((d) => d.message));
    expect(byEnv.stdout.trim().split('\n').at(-1)).toMatch(/^5 secties nagekeken: \d+ fout(en)?, \d+ waarschuwing(en)?, \d+ ter info$/);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toBe('pwb: Unknown language "fr": use one of nl, en.\n');
  });

  it('exits 1 for an error, and --fix renumbers references by first use and says what changed', async () => {
    const tree = join(dir, 'fixable');
    mkdirSync(tree);
    const original = readFileSync(join(FIXTURE_REPORTS, 'Brussel', 'Vlaamse feestdag.md'), 'utf8');
    // Swap the first two citations in the body: the list is then out of first-use order.
    const swapped = original.replace('\\[0\\]', '\\[TMP\\]').replace('\\[1\\]', '\\[0\\]').replace('\\[TMP\\]', '\\[1\\]');
    writeFileSync(join(tree, 'Feest.md'), swapped);
    writeFileSync(join(tree, 'Fout.md'), original.replace('\\[12\\]', '\\[99\\]'));
    const p = join(dir, 'fixable.pwb');
    expect((await pwb('import', tree, '--project', p)).status).toBe(0);

    const before = await pwb('check', '--project', p, '--json');
    expect(before.status).toBe(1);
    const codes = (JSON.parse(before.stdout) as CheckJson).diagnostics.map((d) => `${d.name}:${d.code}`);
    expect(codes).toContain('Fout:citation-missing-reference');
    expect(codes).toContain('Feest:citation-order');

    const fixed = await pwb('check', '--project', p, '--fix', '--section', 'Feest');
    expect(fixed.stdout).toMatch(/^Feest: fixed: /m);
    const again = JSON.parse((await pwb('check', '--project', p, '--json', '--section', 'Feest', '--fix')).stdout) as CheckJson;
    expect(again.fixed).toEqual([]);
    expect(again.diagnostics.map((d) => d.code)).not.toContain('citation-order');
  });

  it('imports decisions (JSON Lines and CSV) and searches them', async () => {
    const r = await pwb('decisions', 'import', FIXTURE_DECISIONS, '--project', project);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/: \d+ decisions added, \d+ updated, 0 skipped\n$/);
    expect((await pwb('decisions', 'import', FIXTURE_DECISIONS, '--project', project)).stdout).toMatch(/: 0 decisions added, \d+ updated, 0 skipped/);

    const csv = join(dir, 'extra.csv');
    writeFileSync(csv, 'title,date,meeting start,link\nZwembadkoepels voor scholen,2021-03-05,10:00,\nKapot,2021-02-30,,\n');
    const c = await pwb('decisions', 'import', csv, '--project', project);
    expect(c.status).toBe(1);
    expect(c.stdout).toMatch(/1 decisions added, 0 updated, 1 skipped/);
    expect(c.stderr).toMatch(new RegExp(`^${csv}:3: skipped: date "2021-02-30"`));

    const [xml, s, json, ranged, badLimit, tooMany, badFrom, noQuery, help] = await Promise.all([
      pwb('decisions', 'import', join(dir, 'x.xml'), '--project', project),
      pwb('search', 'Zwembadkoepels', '--project', project),
      pwb('search', 'onderwijs', '--project', project, '--json', '--limit', '3'),
      pwb('search', 'onderwijs', '--project', project, '--json', '--from', '2021-01-01', '--to', '2021-12-31'),
      pwb('search', 'x', '--project', project, '--limit', 'many'),
      pwb('search', 'x', '--project', project, '--limit', String(LIMITS.searchResults + 1)),
      pwb('search', 'x', '--project', project, '--from', 'gisteren'),
      pwb('search', '--project', project),
      pwb('search', '--help'),
    ]);
    expectOneLineError(xml, /\.jsonl or \.csv/);
    // Like pwb import, decisions import creates the project it is pointed at.
    const fresh = join(dir, 'decisions-only.pwb');
    const created = await pwb('decisions', 'import', csv, '--project', fresh);
    expect(created.stdout).toBe(`${fresh}: 1 decisions added, 0 updated, 1 skipped\n`);
    expect(existsSync(fresh)).toBe(true);
    expect((await pwb('search', 'Zwembadkoepels', '--project', fresh)).stdout).toMatch(/^1 decision match/);
    expect(s.status).toBe(0);
    expect(s.stdout).toMatch(/^1 decision match "Zwembadkoepels"/);
    expect(s.stdout).toContain('2021-03-05  **Zwembadkoepels** voor scholen');
    const hits = JSON.parse(json.stdout) as SearchResult;
    expect(hits.total).toBeGreaterThan(3);
    expect(hits.hits.length).toBe(3);
    expect(hits.hits[0]).toHaveProperty('titleSnippet');
    const inRange = JSON.parse(ranged.stdout) as SearchResult;
    expect(inRange.hits.length).toBeGreaterThan(0);
    expect(inRange.hits.every((hit) => hit.date !== null && hit.date >= '2021-01-01' && hit.date <= '2021-12-31')).toBe(true);
    expectOneLineError(badLimit, /--limit must be a whole number/);
    // One limit: the help, the CLI's check and the contract say the same number, and no method name leaks.
    expectOneLineError(tooMany, new RegExp(`--limit must be a whole number from 1 to ${LIMITS.searchResults}, not "${LIMITS.searchResults + 1}"`));
    expect(help.stdout).toContain(`at most ${LIMITS.searchResults})`);
    expect(badFrom.stderr).not.toMatch(/decisions\.search/);
    expectOneLineError(badFrom, /from: must be a date/);
    expectOneLineError(noQuery, /give something to search for/);
  });
});

describe('pwb check finds damage the file itself does not show', () => {
  it('reports a section whose content no longer matches its latest revision, exits 2, and --fix leaves it alone', async () => {
    const p = join(dir, 'damaged.pwb');
    const store = createProjectStore(p, { name: 'D' });
    try {
      store.createSection({ path: ['Map'], name: 'Heel', heading: 'Heel', agreement: '', body: 'gezond', references: [] }, { author: 'a' });
      const kapot = store.createSection({ path: ['Map'], name: 'Kapot', heading: 'Kapot', agreement: '', body: 'eerst', references: [] }, { author: 'a' });
      store.saveSection(kapot.id, { body: 'daarna QWZFLIP' }, { author: 'a' });
    } finally {
      store.close();
    }
    const bytes = readFileSync(p);
    for (let at = bytes.indexOf('QWZFLIP'); at !== -1; at = bytes.indexOf('QWZFLIP', at + 1)) bytes[at] = 0x58;
    writeFileSync(p, bytes);

    const [human, json] = await Promise.all([pwb('check', '--project', p), pwb('check', '--project', p, '--json')]);
    expect(human.status).toBe(2);
    expect(human.stdout).toMatch(/^Map\/Kapot: damaged: its stored content is not what revision 2 saved \(changed on disk since\); revision 1 is intact: restore it from History$/m);
    expect(human.stdout).toMatch(/^2 sections checked: .*\n1 section is damaged or unusable; --fix leaves them alone\.$/m);
    expect(human.stdout).not.toMatch(/Map\/Heel: damaged/);
    const report = JSON.parse(json.stdout) as CheckJson;
    expect(json.status).toBe(2);
    expect(report.damaged.map((d) => [d.name, d.problem, d.revision, d.intactRevision])).toEqual([['Kapot', 'content-changed', 2, 1]]);

    const before = readFileSync(p);
    const fixed = await pwb('check', '--project', p, '--fix');
    expect(fixed.status).toBe(2);
    // Nothing was saved over the damage: a new revision would have hidden it.
    expect((await pwb('check', '--project', p, '--json')).stdout).toContain('"content-changed"');
    expect(readFileSync(p).equals(before)).toBe(true);
  });
});

describe('bin/pwb.js launcher', () => {
  it('says to build first when out/ is missing', () => {
    const copy = join(dir, 'pkg', 'bin');
    mkdirSync(copy, { recursive: true });
    copyFileSync(join(ROOT, 'bin', 'pwb.js'), join(copy, 'pwb.js'));
    writeFileSync(join(dir, 'pkg', 'package.json'), '{"type":"module"}');
    const r = spawnSync(process.execPath, [join(copy, 'pwb.js'), '--help'], { encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/run `npm run build`/);
  });

  const oldNode = ['/usr/bin/node', '/usr/local/bin/node'].find((p) => {
    if (!existsSync(p)) return false;
    const v = spawnSync(p, ['-p', 'process.versions.node'], { encoding: 'utf8' }).stdout.trim().split('.').map(Number);
    return v[0] < 22 || (v[0] === 22 && v[1] < 12);
  });
  it.skipIf(!oldNode)('refuses Node older than 22.12 with one line', () => {
    const r = spawnSync(oldNode!, [join(ROOT, 'bin', 'pwb.js'), '--help'], { encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stderr.trim()).toMatch(/^pwb needs Node\.js 22\.12 or newer; this is v\d+/);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });

  it.skipIf(!existsSync(join(ROOT, 'out', 'main', 'cli.js')))('runs the built CLI from out/', () => {
    const r = spawnSync(process.execPath, [join(ROOT, 'bin', 'pwb.js'), '--help'], { encoding: 'utf8', env: { ...process.env, PWB_DATA_DIR: join(dir, 'data') } });
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^Usage: pwb <command>/);
  });
});
