// `pwb` as a person runs it: a separate process, arguments in, text and exit status out.
// Runs the TypeScript entry through tsx, so the test needs no build; the bench times the
// built out/main/cli.js.
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CheckJson } from '../../src/main/cli/commands/check';
import type { SearchResult } from '../../src/shared/models';
import { FIXTURE_DECISIONS, FIXTURE_REPORTS, fixturesPresent } from './services-harness';

const ROOT = resolve(__dirname, '../..');
const ENTRY = join(ROOT, 'src', 'main', 'cli', 'index.ts');
let dir: string;

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

function pwb(...args: string[]): Run {
  const r = spawnSync(process.execPath, ['--import', 'tsx', ENTRY, ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, PWB_DATA_DIR: join(dir, 'data'), NO_COLOR: '1' },
    timeout: 60_000,
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** One clear line on stderr, no stack trace. */
function expectOneLineError(r: Run, pattern: RegExp) {
  expect(r.status).toBe(2);
  expect(r.stderr.trim().split('\n')).toHaveLength(1);
  expect(r.stderr).toMatch(pattern);
  expect(r.stderr).not.toMatch(/\n\s+at /);
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

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'pwb-cli-'));
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('help and usage errors', () => {
  it('prints the command list for pwb --help and usage for each command', () => {
    const r = pwb('--help');
    expect(r.status).toBe(0);
    for (const c of ['import', 'export', 'check', 'decisions', 'search']) expect(r.stdout).toMatch(new RegExp(`^  ${c} `, 'm'));
    for (const c of ['import', 'export', 'check', 'search']) {
      const help = pwb(c, '--help');
      expect(help.status, c).toBe(0);
      expect(help.stdout).toMatch(new RegExp(`^Usage: pwb ${c} `));
    }
    expect(pwb('decisions', 'import', '--help').stdout).toMatch(/^Usage: pwb decisions import /);
    expect(pwb('decisions', '--help').status).toBe(0);
  });

  it('exits 2 with one line for no command, an unknown command, an unknown flag or a missing value', () => {
    expect(pwb().status).toBe(2);
    expectOneLineError(pwb('frobnicate'), /unknown command "frobnicate"/);
    expectOneLineError(pwb('check', '--project', 'x.pwb', '--bogus'), /unknown option --bogus/);
    expectOneLineError(pwb('export', '--project'), /--project needs a value/);
    expectOneLineError(pwb('export', '--project', join(dir, 'p.pwb'), '--format', 'pdf', '--out', dir), /--format must be md or html/);
    expectOneLineError(pwb('search', 'x'), /missing --project/);
    expectOneLineError(pwb('check', '--project', join(dir, 'nope.pwb')), /project file not found/);
    expectOneLineError(pwb('decisions'), /missing subcommand/);
    expectOneLineError(pwb('decisions', 'export'), /unknown subcommand/);
  });
});

describe.skipIf(!fixturesPresent)('a project from the fixture reports', () => {
  let project: string;

  beforeAll(() => {
    project = join(dir, 'fixtures.pwb');
    const r = pwb('import', FIXTURE_REPORTS, '--project', project);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/5 created, 0 updated, 0 unchanged/);
  });

  it('imports again as unchanged, and refuses a path that does not exist', () => {
    expect(pwb('import', FIXTURE_REPORTS, '--project', project).stdout).toMatch(/0 created, 0 updated, 5 unchanged/);
    expectOneLineError(pwb('import', join(dir, 'nowhere'), '--project', project), /No such file or folder/);
    expectOneLineError(pwb('import', '--project', project), /at least one report/);
  });

  it('reports bad files with file:line, exit 1 when others were imported and 2 when none was', () => {
    const tree = join(dir, 'mixed');
    mkdirSync(tree);
    copyFileSync(join(FIXTURE_REPORTS, 'Brussel', 'Vlaamse feestdag.md'), join(tree, 'Goed.md'));
    writeFileSync(join(tree, 'Kapot.md'), '# Kapot\n\nzomaar tekst\n');
    const mixed = pwb('import', tree, '--project', join(dir, 'mixed.pwb'));
    expect(mixed.status).toBe(1);
    expect(mixed.stderr).toMatch(new RegExp(`^${join(tree, 'Kapot.md')}:3: line 3: expected`));
    expect(mixed.stdout).toMatch(/1 created.*1 failed/);
    const onlyBad = pwb('import', join(tree, 'Kapot.md'), '--project', join(dir, 'bad.pwb'));
    expect(onlyBad.status).toBe(2);
  });

  it('exports md byte for byte, html with an index, and one section by path or id', () => {
    const md = join(dir, 'out-md');
    const r = pwb('export', '--project', project, '--format', 'md', '--out', md);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/5 files written to/);
    for (const file of listFiles(FIXTURE_REPORTS)) expect(readFileSync(join(md, file)).equals(readFileSync(join(FIXTURE_REPORTS, file))), file).toBe(true);

    const html = join(dir, 'out-html');
    expect(pwb('export', '--project', project, '--format', 'html', '--out', html).status).toBe(0);
    expect(listFiles(html)).toContain('index.html');
    expect(listFiles(html).length).toBe(6);

    const one = join(dir, 'out-one');
    expect(pwb('export', '--project', project, '--format', 'md', '--out', one, '--section', 'Bestuurzaken/Concrete voorstellen/ICT en Informatie').status).toBe(0);
    expect(listFiles(one)).toEqual(['Bestuurzaken/Concrete voorstellen/ICT en Informatie.md']);

    const report = JSON.parse(pwb('check', '--project', project, '--json').stdout) as CheckJson;
    const hr = report.diagnostics.find((d) => d.name === 'HR')?.sectionId;
    if (hr) {
      const byId = join(dir, 'out-id');
      expect(pwb('export', '--project', project, '--format', 'html', '--out', byId, '--section', hr).status).toBe(0);
      expect(listFiles(byId)).toEqual(['Bestuurzaken/Concrete voorstellen/HR.html']);
    }
    expectOneLineError(pwb('export', '--project', project, '--format', 'md', '--out', one, '--section', 'Brussel/Nergens'), /no section "Brussel\/Nergens"/);
    expectOneLineError(pwb('export', '--project', project, '--format', 'md'), /missing --out/);
  });

  it('checks: one line per problem, a JSON document with every diagnostic, and the exit status', () => {
    const human = pwb('check', '--project', project);
    const json = pwb('check', '--project', project, '--json');
    expect(json.status).toBe(human.status);
    const report = JSON.parse(json.stdout) as CheckJson;
    expect(report.project).toBe(project);
    expect(report.sectionsChecked).toBe(5);
    expect(report.counts.error + report.counts.warning + report.counts.info).toBe(report.diagnostics.length);
    expect(human.status).toBe(report.counts.error > 0 ? 1 : 0);
    for (const d of report.diagnostics) {
      expect(typeof d.sectionId).toBe('string');
      expect(Array.isArray(d.path)).toBe(true);
      expect(d).toHaveProperty('code');
      expect(['error', 'warning', 'info']).toContain(d.severity);
    }
    const lines = human.stdout.trim().split('\n');
    expect(lines.length).toBe(report.diagnostics.length + 1);
    expect(lines.at(-1)).toMatch(/^5 sections checked: \d+ errors?, \d+ warnings?, \d+ info$/);
    for (const line of lines.slice(0, -1)) expect(line).toMatch(/^[^:]+: (\d+:\d+|ref \[\d+\]|agreement:\d+|-) (error|warning|info) [a-z-]+ /);

    const one = pwb('check', '--project', project, '--json', '--section', 'Brussel/Vlaamse feestdag');
    expect((JSON.parse(one.stdout) as CheckJson).sectionsChecked).toBe(1);
  });

  it('exits 1 for an error, and --fix renumbers references by first use and says what changed', () => {
    const tree = join(dir, 'fixable');
    mkdirSync(tree);
    const original = readFileSync(join(FIXTURE_REPORTS, 'Brussel', 'Vlaamse feestdag.md'), 'utf8');
    // Swap the first two citations in the body: the list is then out of first-use order.
    const swapped = original.replace('\\[0\\]', '\\[TMP\\]').replace('\\[1\\]', '\\[0\\]').replace('\\[TMP\\]', '\\[1\\]');
    writeFileSync(join(tree, 'Feest.md'), swapped);
    writeFileSync(join(tree, 'Fout.md'), original.replace('\\[12\\]', '\\[99\\]'));
    const p = join(dir, 'fixable.pwb');
    expect(pwb('import', tree, '--project', p).status).toBe(0);

    const before = pwb('check', '--project', p, '--json');
    expect(before.status).toBe(1);
    const codes = (JSON.parse(before.stdout) as CheckJson).diagnostics.map((d) => `${d.name}:${d.code}`);
    expect(codes).toContain('Fout:citation-missing-reference');

    const fixed = pwb('check', '--project', p, '--fix', '--section', 'Feest');
    expect(fixed.stdout).toMatch(/^Feest: fixed: /m);
    const again = JSON.parse(pwb('check', '--project', p, '--json', '--section', 'Feest', '--fix').stdout) as CheckJson;
    expect(again.fixed).toEqual([]);
    expect(again.diagnostics.map((d) => d.code)).not.toContain('citation-order');
  });

  it('imports decisions (JSON Lines and CSV) and searches them', () => {
    const r = pwb('decisions', 'import', FIXTURE_DECISIONS, '--project', project);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/\d+ decisions added, 0 updated, 0 skipped/);
    expect(pwb('decisions', 'import', FIXTURE_DECISIONS, '--project', project).stdout).toMatch(/0 decisions added/);

    const csv = join(dir, 'extra.csv');
    writeFileSync(csv, 'title,date,meeting start,link\nZonnepanelen op scholen,2021-03-05,10:00,\nKapot,2021-02-30,,\n');
    const c = pwb('decisions', 'import', csv, '--project', project);
    expect(c.status).toBe(1);
    expect(c.stdout).toMatch(/1 decisions added, 0 updated, 1 skipped/);
    expect(c.stderr).toMatch(new RegExp(`^${csv}:3: skipped: date "2021-02-30"`));
    expectOneLineError(pwb('decisions', 'import', join(dir, 'x.xml'), '--project', project), /\.jsonl or \.csv/);

    const s = pwb('search', 'Zonnepanelen', '--project', project);
    expect(s.status).toBe(0);
    expect(s.stdout).toMatch(/^1 decision match "Zonnepanelen"/);
    expect(s.stdout).toContain('2021-03-05');

    const json = JSON.parse(pwb('search', 'onderwijs', '--project', project, '--json', '--limit', '3').stdout) as SearchResult;
    expect(json.total).toBeGreaterThan(3);
    expect(json.hits.length).toBe(3);
    expect(json.hits[0]).toHaveProperty('titleSnippet');
    const ranged = JSON.parse(pwb('search', 'onderwijs', '--project', project, '--json', '--from', '2021-01-01', '--to', '2021-12-31').stdout) as SearchResult;
    expect(ranged.hits.every((hit) => hit.date !== null && hit.date >= '2021-01-01' && hit.date <= '2021-12-31')).toBe(true);

    expectOneLineError(pwb('search', 'x', '--project', project, '--limit', 'many'), /--limit must be a whole number/);
    expectOneLineError(pwb('search', 'x', '--project', project, '--from', 'gisteren'), /from/);
    expectOneLineError(pwb('search', '--project', project), /give something to search for/);
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

  it.skipIf(!existsSync(join(ROOT, 'out', 'main', 'cli.js')))('runs the built CLI', () => {
    const r = spawnSync(process.execPath, [join(ROOT, 'bin', 'pwb.js'), '--help'], { encoding: 'utf8', env: { ...process.env, PWB_DATA_DIR: join(dir, 'data') } });
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^Usage: pwb <command>/);
  });
});

