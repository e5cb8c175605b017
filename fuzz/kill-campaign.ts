// Campaign 4: kill -9 during import, merge and save. A child process (kill-child.ts) runs
// the operations through the backend; it is killed at a random moment (while it starts
// and opens, or a few milliseconds into an operation). Afterwards the project must open
// in the app, pass SQLite's integrity check and the app's own damage check, and hold for
// every operation either the state before or the state after it — and the state after
// for every one the child reported done. Anything else is a lost edit.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { createBackend } from '../src/main/backend/app-backend';
import type { Result, Section, SectionSummary } from '../src/shared/models';
import type { Tally } from './common';
import { fail, killHard, seededRandom, startChild } from './common';
import { IMPORT_FOLDER, IMPORT_PARTS, MERGED_SECTIONS, SAVED_SECTIONS } from './kill-model';

export interface KillsOptions {
  count: number;
  deadline: number;
  seed: number;
  lanes: number;
  dir: string;
}

export interface KillsFigures {
  kills: number;
  /** Operations the child reported done before it was killed (each checked afterwards). */
  reported: Record<'save' | 'import' | 'merge', number>;
  /** Kills that fell inside an operation of each kind. */
  during: Record<'save' | 'import' | 'merge' | 'start', number>;
}

/** Sections over which a lane's project is replaced by a fresh one (imports add three each). */
const RESET_AT = 240;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function makeLaneProject(file: string, dataDir: string): Promise<void> {
  const backend = createBackend({ dataDir, transport: 'memory', nativeDialogs: false, recordRecent: false });
  const names = [...Array.from({ length: SAVED_SECTIONS }, (_, i) => `Sectie ${i}`), ...MERGED_SECTIONS];
  return (async () => {
    try {
      const created = await backend.dispatch('project.create', { path: file, name: 'Kills' });
      if (!created.ok) throw new Error(created.error.message);
      for (const name of names) {
        const s = await backend.dispatch('sections.create', { path: ['Vast'], name });
        if (!s.ok) throw new Error(s.error.message);
        await backend.dispatch('sections.save', { id: (s.value as Section).id, patch: { body: 'start\n' } });
      }
    } finally {
      await backend.close();
    }
  })();
}

interface Expected {
  /** Per saved section: the last edit number reported done. */
  saved: Map<number, number>;
  imports: Set<number>;
  lastMerge: number;
  /** Every number an operation was started with (an upper bound for what may be there). */
  highest: number;
}

/** What the project holds, read through the app; null parts are reported as failures. */
async function inspect(file: string, dataDir: string): Promise<{ problems: string[]; sections: Section[] }> {
  const problems: string[] = [];
  const db = new Database(file, { readonly: true, fileMustExist: true });
  let integrity: string;
  try {
    integrity = db.pragma('integrity_check', { simple: true }) as string;
  } catch (err) {
    integrity = (err as Error).message;
  } finally {
    db.close();
  }
  const backend = createBackend({ dataDir, transport: 'memory', nativeDialogs: false, recordRecent: false });
  const sections: Section[] = [];
  try {
    const opened = await backend.dispatch('project.open', { path: file });
    if (!opened.ok) return { problems: [`the project does not open: ${opened.error.message}`], sections };
    // After the app opened it (a hot journal is rolled back by the first writer), SQLite checks it too.
    if (integrity !== 'ok') {
      const again = new Database(file, { readonly: true });
      const after = again.pragma('integrity_check', { simple: true }) as string;
      again.close();
      if (after !== 'ok') problems.push(`integrity check: ${after.slice(0, 200)}`);
    }
    const verify = (await backend.dispatch('project.verify', {})) as Result<{ damaged: unknown[] }>;
    if (!verify.ok) problems.push(`project.verify: ${verify.error.message}`);
    else if (verify.value.damaged.length > 0) problems.push(`damaged: ${JSON.stringify(verify.value.damaged).slice(0, 300)}`);
    const tree = (await backend.dispatch('sections.tree', {})) as Result<SectionSummary[]>;
    for (const s of tree.ok ? tree.value : []) {
      const got = (await backend.dispatch('sections.get', { id: s.id })) as Result<Section>;
      if (got.ok) sections.push(got.value);
    }
  } finally {
    await backend.close();
  }
  return { problems, sections };
}

/** The problems with what the project holds, against what was reported done. */
function judge(sections: Section[], expected: Expected): string[] {
  const problems: string[] = [];
  const byName = new Map(sections.map((s) => [s.name, s]));
  for (let i = 0; i < SAVED_SECTIONS; i++) {
    const body = byName.get(`Sectie ${i}`)?.body;
    const stored = body === 'start\n' ? 0 : Number(/^edit (\d+)\n$/.exec(body ?? '')?.[1] ?? NaN);
    if (Number.isNaN(stored)) problems.push(`"Sectie ${i}" holds ${JSON.stringify(body?.slice(0, 60))}`);
    else if (stored < (expected.saved.get(i) ?? 0)) problems.push(`"Sectie ${i}" lost save ${expected.saved.get(i)} (holds ${stored})`);
    else if (stored > expected.highest) problems.push(`"Sectie ${i}" holds edit ${stored}, never made`);
  }
  const merged = MERGED_SECTIONS.map((name) => byName.get(name)?.body);
  if (merged[0] !== merged[1]) problems.push(`half a merge: ${JSON.stringify(merged)}`);
  const mergeNo = merged[0] === 'start\n' ? 0 : Number(/^merge (\d+)\n$/.exec(merged[0] ?? '')?.[1] ?? NaN);
  if (Number.isNaN(mergeNo) || mergeNo < expected.lastMerge) problems.push(`lost merge ${expected.lastMerge} (holds ${JSON.stringify(merged[0])})`);
  const imports = new Map<number, string[]>();
  for (const s of sections) {
    const m = /^Imp (\d+) (\w)$/.exec(s.name);
    if (!m) continue;
    if (s.path.join('/') !== IMPORT_FOLDER || s.body !== `Import ${m[1]} ${m[2]}`) problems.push(`import section "${s.name}" holds other text`);
    imports.set(Number(m[1]), [...(imports.get(Number(m[1])) ?? []), m[2]]);
  }
  for (const [n, parts] of imports) if (parts.sort().join() !== IMPORT_PARTS.join()) problems.push(`half an import ${n}: ${parts.join(', ')}`);
  for (const n of expected.imports) if (!imports.has(n)) problems.push(`lost import ${n}`);
  return problems;
}

/** The judge, tried on a project known to have lost edits: one that saw nothing would pass every kill. */
function selfTest(): void {
  const section = (name: string, body: string, folder = 'Vast') => ({ name, body, path: [folder] }) as Section;
  const found = judge(
    [
      section('Sectie 0', 'edit 3\n'),
      ...[1, 2, 3, 4].map((i) => section(`Sectie ${i}`, 'start\n')),
      section(MERGED_SECTIONS[0], 'merge 2\n'),
      section(MERGED_SECTIONS[1], 'start\n'),
      section('Imp 4 a', 'Import 4 a', IMPORT_FOLDER),
    ],
    { saved: new Map([[0, 5]]), imports: new Set([1]), lastMerge: 2, highest: 9 },
  ).join('\n');
  for (const re of [/lost save 5/, /half a merge/, /half an import 4/, /lost import 1/]) {
    if (!re.test(found)) throw new Error(`the kill campaign's judge is broken: it did not see ${re.source} in ${JSON.stringify(found)}`);
  }
}

export async function runKillCampaign(tally: Tally, opts: KillsOptions): Promise<KillsFigures> {
  selfTest();
  const figures: KillsFigures = { kills: 0, reported: { save: 0, import: 0, merge: 0 }, during: { save: 0, import: 0, merge: 0, start: 0 } };
  const root = path.join(opts.dir, 'kills');
  let started = 0;

  const lane = async (laneNo: number) => {
    const rng = seededRandom(opts.seed * 31 + laneNo);
    const dir = path.join(root, `lane-${laneNo}`);
    const dataDir = path.join(dir, 'data');
    fs.mkdirSync(dataDir, { recursive: true });
    let generation = 0;
    let file = '';
    let expected: Expected = { saved: new Map(), imports: new Set(), lastMerge: 0, highest: 0 };
    const fresh = async () => {
      file = path.join(dir, `project-${generation++}.pwb`);
      await makeLaneProject(file, dataDir);
      expected = { saved: new Map(), imports: new Set(), lastMerge: 0, highest: 0 };
    };
    await fresh();
    while (started < opts.count && Date.now() < opts.deadline) {
      started++;
      const scratch = fs.mkdtempSync(path.join(dir, 'scratch-'));
      const first = expected.highest + 1;
      const child = await startChild('kill-child.ts', [dataDir, file, scratch, String(first), String(Math.floor(rng() * 1e9))]);
      const r = rng();
      if (r < 0.12) await sleep(r * 3000); // while it starts, opens, or replays a journal
      else {
        const ops = 1 + Math.floor(rng() * 6);
        for (let i = 0; i < ops; i++) if (!(await child.next(/^done /, 30_000))) break;
        await child.next(/^start /, 30_000);
        await sleep(rng() * rng() * 80);
      }
      await killHard(child);
      figures.kills++;
      tally.kills++;
      const refused = child.lines.find((l) => l.startsWith('refused '));
      if (refused || (child.proc.exitCode !== null && child.proc.exitCode !== 0)) fail(tally, 'crashes', `kill lane ${laneNo}: the child failed before the kill: ${refused ?? child.stderr().slice(-300)}`);
      let inside: keyof KillsFigures['during'] = 'start';
      for (const line of child.lines) {
        const m = /^(start|done) (save|import|merge) (\d+)$/.exec(line);
        if (!m) continue;
        const [, what, op, num] = m;
        const n = Number(num);
        expected.highest = Math.max(expected.highest, n);
        inside = what === 'start' ? (op as 'save') : 'start';
        if (what !== 'done') continue;
        figures.reported[op as 'save']++;
        if (op === 'save') expected.saved.set(n % SAVED_SECTIONS, Math.max(expected.saved.get(n % SAVED_SECTIONS) ?? 0, n));
        else if (op === 'import') expected.imports.add(n);
        else expected.lastMerge = Math.max(expected.lastMerge, n);
      }
      figures.during[inside]++;

      const { problems, sections } = await inspect(file, dataDir);
      problems.push(...judge(sections, expected));
      if (problems.length > 0) {
        fail(tally, 'lostEdits', `kill lane ${laneNo}, kill ${figures.kills} (${inside === 'start' ? 'between operations' : `during ${inside}`}), ${path.basename(file)}: ${problems.join('; ')}`, problems.length);
        // Kept for a look; the lane goes on with a fresh project.
        await fresh();
      } else {
        // What the project holds now is the new floor (an operation not reported may have landed).
        for (let i = 0; i < SAVED_SECTIONS; i++) {
          const body = sections.find((s) => s.name === `Sectie ${i}`)?.body ?? '';
          expected.saved.set(i, Number(/^edit (\d+)/.exec(body)?.[1] ?? expected.saved.get(i) ?? 0));
        }
        for (const s of sections) {
          const m = /^Imp (\d+) /.exec(s.name);
          if (m) expected.imports.add(Number(m[1]));
        }
        const merged = /^merge (\d+)/.exec(sections.find((s) => s.name === MERGED_SECTIONS[0])?.body ?? '');
        if (merged) expected.lastMerge = Math.max(expected.lastMerge, Number(merged[1]));
        fs.rmSync(scratch, { recursive: true, force: true });
        if (sections.length > RESET_AT) {
          fs.rmSync(file, { force: true });
          await fresh();
        }
      }
    }
  };
  await Promise.all(Array.from({ length: opts.lanes }, (_, i) => lane(i)));
  return figures;
}
