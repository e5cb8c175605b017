// `pwb suggest` as a person runs it, on the fixture reports and decisions (issue 9).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundleCli, runCli } from './cli-bundle';
import { FIXTURE_DECISIONS, FIXTURE_REPORTS, fixturesPresent } from './services-harness';

let cli: string;
let dir: string;
let project: string;
let empty: string;

const pwb = (...args: string[]) => runCli(cli, dir, args, { LANG: 'C', LC_ALL: '' });

describe.skipIf(!fixturesPresent)('pwb suggest', () => {
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'pwb-suggest-'));
    cli = await bundleCli('cli-suggest');
    project = join(dir, 'p.pwb');
    empty = join(dir, 'empty.pwb');
    expect((await pwb('import', FIXTURE_REPORTS, '--project', project)).status).toBe(0);
    expect((await pwb('decisions', 'import', FIXTURE_DECISIONS, '--project', project)).status).toBe(0);
    expect((await pwb('import', FIXTURE_REPORTS, '--project', empty)).status).toBe(0);
  }, 120_000);
  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
    rmSync(cli, { force: true });
  });

  it('prints ranked suggestions with dates, titles, reasons and links', async () => {
    const r = await pwb('suggest', '--project', project, '--section', 'Bestuurzaken/Concrete voorstellen/ICT en Informatie', '--limit', '5');
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^5 suggestions for Bestuurzaken\/Concrete voorstellen\/ICT en Informatie \(from everything the section holds\)/);
    expect(r.stdout.match(/^\s+\d\. \d{4}-\d{2}-\d{2} {2}\S/gm)).toHaveLength(5);
    expect(r.stdout).toContain('why: ');
    expect(r.stdout).toContain('https://beslissingenvlaamseregering.vlaanderen.be/');
    expect(r.stdout).toMatch(/Commitments in the agreement:\n {2}“We stellen data maximaal[^\n]*” — \d+ cited decisions? supports? it/);
  });

  it('gives JSON with id, date, meeting start, title, link, score and reason; --from agreement; --lang nl', async () => {
    const r = await pwb('suggest', '--project', project, '--section', 'Brussel/Vlaamse feestdag', '--json', '--from', 'agreement', '--limit', '3');
    expect(r.status).toBe(0);
    const json = JSON.parse(r.stdout) as { from: string; suggestions: Record<string, unknown>[] };
    expect(json.from).toBe('agreement');
    expect(json.suggestions).toHaveLength(3);
    for (const s of json.suggestions) {
      expect(Object.keys(s)).toEqual(expect.arrayContaining(['id', 'date', 'meetingStart', 'title', 'link', 'score', 'reason']));
      expect(typeof s.reason).toBe('string');
      expect(s.reason).not.toMatch(/assessment|like \[/); // the agreement alone: no body, no citations
    }
    const nl = await pwb('suggest', '--project', project, '--section', 'Brussel/Vlaamse feestdag', '--limit', '2', '--lang', 'nl');
    expect(nl.stdout).toMatch(/^2 suggesties voor Brussel\/Vlaamse feestdag/);
  });

  it('exits 2 with one clear line for an unknown section, a project without a library, bad flags', async () => {
    const cases: [string[], RegExp][] = [
      [['--section', 'Nergens/Niets'], /no section "Nergens\/Niets" in this project/],
      [['--section', 'Brussel/Vlaamse feestdag', '--from', 'body'], /--from must be agreement or all, not "body"/],
      [['--section', 'Brussel/Vlaamse feestdag', '--limit', '0'], /--limit must be a whole number from 1 to 100/],
      [[], /--section/],
    ];
    for (const [args, pattern] of cases) {
      const r = await pwb('suggest', '--project', project, ...args);
      expect(r.status, args.join(' ')).toBe(2);
      expect(r.stderr).toMatch(pattern);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
    }
    const none = await pwb('suggest', '--project', empty, '--section', 'Brussel/Vlaamse feestdag');
    expect(none.status).toBe(2);
    expect(none.stderr).toMatch(/no decision library to suggest from: import decisions first/);
    expect(none.stderr.trim().split('\n')).toHaveLength(1);
  });
});
