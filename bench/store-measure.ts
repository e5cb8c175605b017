// Measures the store against its performance budgets (issues 2 §5 / 5) on real files:
//   node --import tsx bench/store-measure.ts
// (store-level detail behind `npm run bench`, which times the same work through pwb). Wall time is
// what a person waits; CPU time (all threads of this process) shows how much of it
// was the store's own work on a busy machine.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createProjectStore } from '../src/main/backend/store';
import type { DecisionRecord, ProjectStore } from '../src/main/backend/store';
import { section } from '../test/integration/store-test-kit';

export const FIXTURE = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../shared/fixtures/decisions/decisions-sample.jsonl');
/** Typical searches, plus the broad ones ("vlaams", "de": in nearly every decision) that cost the most. */
export const QUERIES = ['onderwijs', 'Vlaamse Regering', 'klimaat', 'M-decreet', 'subsidie', 'leerlingen buitengewoon', 'begrot', 'belgie', 'vlaams', 'de', 'regering de vlaamse', 'xyzzy'];

export interface Timing {
  wallMs: number;
  cpuMs: number;
}

/** Runs `fn` `runs` times and keeps the fastest run (other processes only ever add time). */
export function measure(fn: () => void, runs = 1): Timing {
  let best: Timing = { wallMs: Infinity, cpuMs: Infinity };
  for (let i = 0; i < runs; i++) {
    const cpu = process.cpuUsage();
    const t = performance.now();
    fn();
    const wallMs = performance.now() - t;
    const used = process.cpuUsage(cpu);
    if (wallMs < best.wallMs) best = { wallMs, cpuMs: (used.user + used.system) / 1000 };
  }
  return best;
}

export function measureSections(dir: string): { create: Timing; list: Timing; sections: number; references: number } {
  const store = createProjectStore(path.join(dir, 'sections.pwb'), { name: 'Perf' });
  try {
    const refs = Array.from({ length: 30 }, (_, i) => ({
      number: i,
      date: '2021-02-03',
      meetingStart: '2021-02-03T09:00:00Z',
      title: `Besluit ${i} over het beleid`,
      url: `https://example.org/${i}`,
    }));
    const body = `Samenvatting\n\n${'De regering deed wat ze beloofde [3]. '.repeat(40)}`;
    const create = measure(() =>
      store.transaction(() => {
        for (let i = 0; i < 2000; i++) store.createSection(section(i, { path: ['Domein', `Map ${i % 40}`], body, references: refs }), { author: 'perf' });
      }),
    );
    let listed: ReturnType<ProjectStore['listSections']> = [];
    const list = measure(() => (listed = store.listSections()), 5);
    return { create, list, sections: listed.length, references: listed.reduce((n, s) => n + s.references.length, 0) };
  } finally {
    store.close();
  }
}

/** `n` decisions made from the real sample, varied so no two are the same. */
export function libraryOf(n: number): DecisionRecord[] {
  const sample = fs
    .readFileSync(FIXTURE, 'utf8')
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as { title: string | null; text: string });
  const words = sample.flatMap((r) => r.text.split(/\s+/)).filter((w) => w.length > 3);
  return Array.from({ length: n }, (_, i) => {
    const base = sample[i % sample.length];
    const extra = [0, 1, 2].map((k) => words[(i * 31 + k * 977) % words.length]).join(' ');
    return {
      id: i % 100 === 7 ? null : i.toString(16).toUpperCase().padStart(24, '0'),
      date: `${2019 + (i % 6)}-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`,
      meetingStart: null,
      title: `${base.title || base.text.slice(0, 80)} (${i})`,
      url: `https://example.org/d/${i}`,
      text: `${base.text} ${extra}`,
    };
  });
}

export interface SearchFigures {
  decisions: number;
  queries: { query: string; hits: number; time: Timing }[];
  ranged: Timing;
  listed: Timing;
  worstWallMs: number;
  worstCpuMs: number;
}

export function measureSearch(store: ProjectStore, decisions: number): SearchFigures {
  const queries = QUERIES.map((query) => ({
    query,
    hits: store.searchDecisions({ query }).total,
    time: measure(() => store.searchDecisions({ query, limit: 20 }), 7),
  }));
  const ranged = measure(() => store.searchDecisions({ query: 'vlaams', from: '2021-01-01', to: '2022-12-31' }), 7);
  const listed = measure(() => store.searchDecisions({ query: '', from: '2021-01-01', to: '2022-12-31' }), 7);
  const all = [...queries.map((q) => q.time), ranged, listed];
  return { decisions, queries, ranged, listed, worstWallMs: Math.max(...all.map((t) => t.wallMs)), worstCpuMs: Math.max(...all.map((t) => t.cpuMs)) };
}

export function measureDecisions(dir: string): { upsert: Timing; reupsert: Timing; small: SearchFigures; big: SearchFigures; fileMb: number } {
  const small = createProjectStore(path.join(dir, 'small.pwb'), { name: 'Perf' });
  const big = createProjectStore(path.join(dir, 'big.pwb'), { name: 'Perf' });
  try {
    small.upsertDecisions(libraryOf(3000));
    const records = libraryOf(50_000);
    let counts = { inserted: 0, updated: 0 };
    const upsert = measure(() => (counts = big.upsertDecisions(records)));
    if (counts.inserted !== 50_000) throw new Error(`expected 50,000 inserts, got ${JSON.stringify(counts)}`);
    const reupsert = measure(() => (counts = big.upsertDecisions(records.slice(0, 10_000))));
    if (counts.inserted + counts.updated !== 0) throw new Error(`an unchanged batch wrote ${JSON.stringify(counts)}`);
    return { upsert, reupsert, small: measureSearch(small, 3000), big: measureSearch(big, 50_000), fileMb: fs.statSync(path.join(dir, 'big.pwb')).size / 1e6 };
  } finally {
    small.close();
    big.close();
  }
}

const ms = (t: Timing) => `${t.wallMs.toFixed(1)} ms (cpu ${t.cpuMs.toFixed(1)})`;

export function describeSearch(f: SearchFigures): string {
  const rows = f.queries.map((q) => `  ${q.query.padEnd(24)} ${String(q.hits).padStart(6)} hits  ${ms(q.time)}`);
  return [`search, ${f.decisions.toLocaleString('en')} decisions:`, ...rows, `  vlaams + 2-year date range      ${ms(f.ranged)}`, `  date range only (no text)       ${ms(f.listed)}`].join('\n');
}

async function main(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pwb-measure-'));
  try {
    console.log(`node ${process.version}, ${os.cpus().length} cpus, load ${os.loadavg().map((l) => l.toFixed(1)).join(' ')}`);
    const s = measureSections(dir);
    console.log(`createSection x2,000 (${s.references.toLocaleString('en')} refs), one transaction: ${ms(s.create)}   [budget 2 s]`);
    console.log(`listSections (${s.sections} sections): ${ms(s.list)}   [budget 300 ms]`);
    if (!fs.existsSync(FIXTURE)) {
      console.log(`${FIXTURE} is missing: decision measurements skipped`);
      return;
    }
    const d = measureDecisions(dir);
    console.log(`upsertDecisions 50,000 new: ${ms(d.upsert)}; 10,000 unchanged: ${ms(d.reupsert)}; file ${d.fileMb.toFixed(0)} MB`);
    console.log(describeSearch(d.small), '  [budget 5 ms]');
    console.log(describeSearch(d.big), '  [budget 50 ms]');
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) void main();
