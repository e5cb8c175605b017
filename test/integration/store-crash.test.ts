// Crash safety (issue 5 §4): a process saving edits is killed with SIGKILL at random
// moments; every save it reported is still there afterwards and the file checks out.
// Plus the two leftovers a crash can leave: a hot rollback journal and a WAL.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createProjectStore, openProjectStore, validateProjectFile } from '../../src/main/backend/store';
import { SCHEMA_VERSION } from '../../src/main/backend/store/schema';
import { killHard, makeSampleProject, sha256, startChild, tempDir } from './store-test-kit';

const KILLS = Number(process.env.PWB_CRASH_KILLS ?? 200);
const BUDGET_MS = Number(process.env.PWB_CRASH_SECONDS ?? 45) * 1000;
const LANES = 3;
const SECTIONS = 5;

let dir: string;
beforeAll(() => {
  dir = tempDir('pwb-crash-');
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const sqlitePath = createRequire(import.meta.url).resolve('better-sqlite3');

function integrity(file: string): string {
  const db = new Database(file, { readonly: true });
  try {
    return db.pragma('integrity_check', { simple: true }) as string;
  } finally {
    db.close();
  }
}

describe('SIGKILL while saving', () => {
  it(
    `keeps every save reported before the kill (up to ${KILLS} kills)`,
    async () => {
      const deadline = Date.now() + BUDGET_MS;
      let kills = 0;
      let saves = 0;
      let replays = 0;

      const lane = async (laneNo: number) => {
        const file = path.join(dir, `lane-${laneNo}.pwb`);
        const store = createProjectStore(file, { name: `Lane ${laneNo}` });
        for (let i = 0; i < SECTIONS; i++) {
          store.createSection({ path: ['Crash'], name: `Sectie ${i}`, heading: 'h', agreement: 'a', body: 'start', references: [] }, { author: 't' });
        }
        store.close();
        const lastSaved = new Map<number, number>();
        const savedDecisions: string[] = [];
        let maxSaved = 0;
        let seed = laneNo * 7919 + 17;
        const random = () => ((seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0) / 2 ** 32);

        while (kills < KILLS && Date.now() < deadline) {
          const child = await startChild(['edits', file, String(SECTIONS)]);
          const r = random();
          if (r < 0.15) {
            await sleep(r * 2000); // now and then while it starts, opens or replays
          } else {
            await child.waitFor(/^saved \d+$/).catch(() => undefined);
            await sleep(random() * 40);
          }
          await killHard(child);
          kills++;
          if (fs.existsSync(`${file}-journal`)) replays++;
          for (const line of child.lines) {
            const n = Number(/^saved (\d+)$/.exec(line)?.[1]);
            if (!n) continue;
            saves++;
            lastSaved.set(n % SECTIONS, Math.max(lastSaved.get(n % SECTIONS) ?? 0, n));
            maxSaved = Math.max(maxSaved, n);
            if (n % 7 === 0) savedDecisions.push(`u-${n}`);
          }

          const reopened = await openProjectStore(file);
          try {
            const sections = reopened.listSections().sort((a, b) => a.name.localeCompare(b.name, 'en', { numeric: true }));
            expect(sections).toHaveLength(SECTIONS);
            sections.forEach((s, i) => {
              const stored = s.body === 'start' ? 0 : Number(/^edit (\d+)$/.exec(s.body)?.[1]);
              expect(stored, `lane ${laneNo}, section ${i}`).toBeGreaterThanOrEqual(lastSaved.get(i) ?? 0);
              expect(stored).toBeLessThanOrEqual(maxSaved + 1);
              expect(reopened.listRevisions(s.id).map((rev) => rev.revision)).toEqual(Array.from({ length: s.revision }, (_, k) => s.revision - k));
            });
            expect(Object.keys(reopened.decisionsByUrl(savedDecisions)).sort()).toEqual([...savedDecisions].sort());
          } finally {
            reopened.close();
          }
          expect(integrity(file)).toBe('ok');
          expect(fs.existsSync(`${file}-journal`)).toBe(false);
        }
      };

      await Promise.all(Array.from({ length: LANES }, (_, i) => lane(i)));
      console.info(`crash test: ${kills} SIGKILLs survived, ${saves} reported saves all present, ${replays} kills left a journal to replay`);
      expect(kills).toBeGreaterThanOrEqual(Math.min(KILLS, 30));
      expect(saves).toBeGreaterThan(0);
    },
    BUDGET_MS + 60_000,
  );
});

describe('what a crash leaves behind', () => {
  it('a hot journal: checked on a private copy, read through it, replayed only by a writer', async () => {
    const file = path.join(dir, 'journal.pwb');
    makeSampleProject(file, 4, 10);
    // A writer dies inside a large transaction after SQLite spilled pages into the file.
    const code = `
      const Database = require(${JSON.stringify(sqlitePath)});
      const db = new Database(${JSON.stringify(file)});
      db.pragma('cache_size = 1');
      db.exec('BEGIN');
      const ins = db.prepare("INSERT INTO decisions (title, text) VALUES ('half', ?)");
      for (let i = 0; i < 3000; i++) ins.run('x'.repeat(2000));
      process.kill(process.pid, 'SIGKILL');`;
    spawnSync(process.execPath, ['-e', code]);
    expect(fs.statSync(`${file}-journal`).size).toBeGreaterThan(0);
    const before = { db: sha256(file), journal: sha256(`${file}-journal`) };
    const unchanged = () => {
      expect(sha256(file)).toBe(before.db);
      expect(sha256(`${file}-journal`)).toBe(before.journal);
      expect(fs.readdirSync(dir).filter((f) => f.startsWith('journal.pwb')).sort()).toEqual(['journal.pwb', 'journal.pwb-journal']);
    };

    expect(await validateProjectFile(file)).toEqual({ ok: true, schemaVersion: SCHEMA_VERSION, newerVersion: false });
    unchanged();
    const reader = await openProjectStore(file, { readOnly: true });
    expect(reader.decisionCount()).toBe(10);
    expect(reader.listSections()).toHaveLength(4);
    reader.close();
    unchanged();

    const writer = await openProjectStore(file);
    expect(writer.decisionCount()).toBe(10);
    writer.close();
    expect(fs.existsSync(`${file}-journal`)).toBe(false);
    expect(integrity(file)).toBe('ok');
  });

  it('a WAL left by another tool: its commits are read, and a writer folds it back into the one file', async () => {
    const file = path.join(dir, 'wal.pwb');
    makeSampleProject(file, 4, 10);
    const code = `
      const Database = require(${JSON.stringify(sqlitePath)});
      const db = new Database(${JSON.stringify(file)});
      db.pragma('journal_mode = WAL');
      db.pragma('wal_autocheckpoint = 0');
      db.prepare("UPDATE sections SET body = 'committed in the WAL'").run();
      process.kill(process.pid, 'SIGKILL');`;
    spawnSync(process.execPath, ['-e', code]);
    expect(fs.statSync(`${file}-wal`).size).toBeGreaterThan(0);
    const before = sha256(file);

    expect((await validateProjectFile(file)).ok).toBe(true);
    const reader = await openProjectStore(file, { readOnly: true });
    expect(reader.listSections().map((s) => s.body)).toEqual(Array(4).fill('committed in the WAL'));
    reader.close();
    expect(sha256(file)).toBe(before);

    const writer = await openProjectStore(file);
    expect(writer.listSections().map((s) => s.body)).toEqual(Array(4).fill('committed in the WAL'));
    writer.close();
    expect(fs.readdirSync(dir).filter((f) => f.startsWith('wal.pwb'))).toEqual(['wal.pwb']);
    expect(integrity(file)).toBe('ok');
    const head = fs.readFileSync(file).subarray(18, 20);
    expect([...head]).toEqual([1, 1]);
  });
});
