// `pwb merge` as a person runs it: a separate process; conflicts leave the file alone
// (exit 1), `--prefer` settles them, `--dry-run` writes nothing, `--json` is one document.
import { spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { MergeJson } from '../../src/main/cli/commands/merge';
import { createProjectStore, openProjectStore } from '../../src/main/backend/store';

const ROOT = path.resolve(__dirname, '../..');
const ENTRY = path.join(ROOT, 'src', 'main', 'cli', 'index.ts');
let dir: string;
let mine: string;
let theirs: string;

function pwb(...args: string[]) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', ENTRY, ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, PWB_DATA_DIR: path.join(dir, 'data'), NO_COLOR: '1' },
    timeout: 60_000,
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

const fileHash = (file: string) => crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');

async function verdictOf(file: string, id: string) {
  const store = await openProjectStore(file, { readOnly: true });
  try {
    return store.getSection(id)?.verdict;
  } finally {
    store.close();
  }
}

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pwb-merge-cli-'));
});
afterAll(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

beforeEach(async () => {
  mine = path.join(dir, `mine-${crypto.randomUUID()}.pwb`);
  theirs = path.join(dir, `theirs-${crypto.randomUUID()}.pwb`);
  const store = createProjectStore(mine, { name: 'P' });
  try {
    for (const id of ['a', 'b']) {
      store.createSection({ id, path: ['Map'], name: id.toUpperCase(), heading: id, agreement: '', body: 'Tekst.\n', references: [] }, { author: 'Ann' });
    }
    store.saveCopy(theirs);
    store.saveSection('a', { verdict: 'broken' }, { author: 'Ann' });
  } finally {
    store.close();
  }
  const other = await openProjectStore(theirs);
  try {
    other.saveSection('a', { verdict: 'kept' }, { author: 'Bob' });
    other.saveSection('b', { status: 'final' }, { author: 'Bob' });
  } finally {
    other.close();
  }
});

describe('pwb merge', () => {
  it('lists conflicts, writes nothing and exits 1 while they remain', () => {
    const before = fileHash(mine);
    const r = pwb('merge', theirs, '--project', mine);
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/conflict\s+Map\/A/);
    expect(r.stdout).toMatch(/verdict: mine Broken, theirs Kept/);
    expect(r.stdout).toMatch(/taken from theirs\s+Map\/B: status from theirs/);
    expect(r.stdout).toMatch(/1 conflict in 1 section: nothing was written/);
    expect(fileHash(mine)).toBe(before);
  });

  it('--dry-run --prefer theirs shows the outcome and writes nothing', () => {
    const before = fileHash(mine);
    const r = pwb('merge', theirs, '--project', mine, '--prefer', 'theirs', '--dry-run');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/Would merge/);
    expect(r.stdout).toMatch(/resolved: verdict → theirs/);
    expect(r.stdout).toMatch(/Dry run: nothing was written/);
    expect(fileHash(mine)).toBe(before);
  });

  it('--prefer theirs --json applies and prints one JSON document', async () => {
    const r = pwb('merge', theirs, '--project', mine, '--prefer', 'theirs', '--json');
    expect(r.status).toBe(0);
    const json = JSON.parse(r.stdout) as MergeJson;
    expect(json.status).toBe('applied');
    if (json.status !== 'applied') return;
    expect(json.report.revisionsWritten).toBe(2);
    expect(json.report.sections.map((s) => [s.id, s.outcome, s.author])).toEqual([
      ['a', 'conflict', `merge: Bob (${path.basename(theirs)})`],
      ['b', 'take-theirs', `merge: Bob (${path.basename(theirs)})`],
    ]);
    expect(await verdictOf(mine, 'a')).toBe('kept');
    // Their file is never changed.
    expect(await verdictOf(theirs, 'a')).toBe('kept');
  });

  it('--prefer mine keeps my side of every conflict and still takes the rest', async () => {
    const r = pwb('merge', theirs, '--project', mine, '--prefer', 'mine');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/1 revision written/);
    expect(await verdictOf(mine, 'a')).toBe('broken');
  });

  it('--json with conflicts reports them and nothing else', () => {
    const r = pwb('merge', theirs, '--project', mine, '--json');
    expect(r.status).toBe(1);
    const json = JSON.parse(r.stdout) as MergeJson;
    expect(json.status).toBe('conflicts');
    if (json.status !== 'conflicts') return;
    expect(json.report).toBeNull();
    expect(json.plan.summary.conflicts).toBe(1);
  });

  it('explains bad usage in one line, exit 2', () => {
    for (const args of [['merge', '--project', mine], ['merge', theirs, '--project', mine, '--prefer', 'both'], ['merge', theirs]]) {
      const r = pwb(...args);
      expect(r.status).toBe(2);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
    }
    const missing = pwb('merge', path.join(dir, 'nope.pwb'), '--project', mine);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toMatch(/not found/);
  });
});
