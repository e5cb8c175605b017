// The in-process half of `npm run bench` (run with `node --import tsx`): generates the
// data sets and times what happens inside one process (checker, search, tree). The
// whole-process figures are taken by scripts/bench.mjs around the built `pwb`.
// Usage: node --import tsx bench/worker.ts <task> '<json args>'  -> one JSON line on stdout.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { checkSection } from '../src/core/citations';
import { createBackend } from '../src/main/backend/app-backend';
import type { Backend } from '../src/main/backend/app-backend';
import type { Section } from '../src/shared/models';
import { generateDecisionsJsonl, readFixtureDecisions } from './generate-decisions';
import { generateReportTree, readFixtureReports } from './generate-reports';
import { measureEvidenceQuality } from './evidence-quality';
import { measureSearchQuality } from './search-quality';
import { median, percentile } from './stats';

const TERM = { termStart: '2019-10-02', termEnd: '2024-07-01', today: '2025-01-01' };

export const QUERIES = [
  'onderwijs', 'subsidie', 'Brussel', 'COVID-19', 'decreet', 'cultuur', 'toerisme', 'personeel', 'ICT', 'informatie',
  'Vlaamse Rand', 'mest', 'leerlingen', 'erfgoed', 'sport', 'begroting', 'wonen', 'energie', 'mobiliteit', 'zorg',
];

interface PrepareArgs {
  tmp: string;
  fixtures: string;
}

function prepare({ tmp, fixtures }: PrepareArgs) {
  const reports = readFixtureReports(join(fixtures, 'reports'));
  const decisions = readFixtureDecisions(join(fixtures, 'decisions', 'decisions-sample.jsonl'));
  const t0 = performance.now();
  const tree200 = generateReportTree(reports, join(tmp, 'tree-200'), 200, 200);
  const tree2000 = generateReportTree(reports, join(tmp, 'tree-2000'), 2000, 2000, 30);
  generateDecisionsJsonl(decisions, join(tmp, 'decisions-3000.jsonl'), 3000, 3000);
  generateDecisionsJsonl(decisions, join(tmp, 'decisions-50000.jsonl'), 50_000, 50_000);
  return { tree200, tree2000, generateMs: performance.now() - t0 };
}

function checkFixtures({ fixtures }: { fixtures: string }) {
  const reports = readFixtureReports(join(fixtures, 'reports'));
  const perReport = reports.map(({ name, report }) => {
    const input = { body: report.body, references: report.references, ...TERM };
    for (let i = 0; i < 20; i++) checkSection(input); // warm-up
    const runs: number[] = [];
    for (let i = 0; i < 200; i++) {
      const t = performance.now();
      checkSection(input);
      runs.push(performance.now() - t);
    }
    return { name, references: report.references.length, ms: median(runs) };
  });
  const times = perReport.map((r) => r.ms);
  return { perReport, median: median(times), max: Math.max(...times) };
}

async function withProject<T>(project: string, fn: (backend: Backend) => Promise<T>): Promise<T> {
  const dataDir = mkdtempSync(join(tmpdir(), 'pwb-bench-data-'));
  const backend = createBackend({ dataDir, transport: 'memory', nativeDialogs: false, recordRecent: false });
  try {
    const opened = await backend.dispatch('project.open', { path: project });
    if (!opened.ok) throw new Error(opened.error.message);
    return await fn(backend);
  } finally {
    await backend.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

/** Milliseconds of CPU this process spent in `fn`: on a shared machine, wall time also counts waiting for a core. */
function cpuMs(fn: () => unknown): number {
  const c = process.cpuUsage();
  fn();
  const d = process.cpuUsage(c);
  return (d.user + d.system) / 1000;
}

function timeSearches(backend: Backend, rounds = 5) {
  const search = backend.services['decisions.search'];
  for (const query of QUERIES) search({ query, limit: 50 }); // warm-up
  const times: number[] = [];
  const cpu: number[] = [];
  let hits = 0;
  for (let r = 0; r < rounds; r++) {
    for (const query of QUERIES) {
      const t = performance.now();
      let result: { total: number } = { total: 0 };
      cpu.push(cpuMs(() => (result = search({ query, limit: 50 }) as { total: number })));
      times.push(performance.now() - t);
      if (r === 0) hits += result.total;
    }
  }
  return { queries: QUERIES.length, median: median(times), p95: percentile(times, 95), max: Math.max(...times), cpuP95: percentile(cpu, 95), hits };
}

async function search({ project }: { project: string }) {
  return withProject(project, async (backend) => {
    // The first search after opening builds the in-memory index (docs/adr/0012).
    const t = performance.now();
    backend.services['decisions.search']({ query: 'onderwijs', limit: 20 });
    const firstMs = performance.now() - t;
    return { ...timeSearches(backend), firstMs };
  });
}

/** Over the fixture library: is every decision with a unique title found first by its exact title? */
async function exactTitles({ project }: { project: string }) {
  return withProject(project, async (backend) => {
    const search = backend.services['decisions.search'];
    const all = search({ query: '', limit: 200 }) as { total: number };
    const titles = new Map<string, number>();
    const decisions: { key: number; title: string }[] = [];
    for (let offset = 0; offset < all.total; offset += 200) {
      for (const d of (search({ query: '', limit: 200, offset }) as { hits: { key: number; title: string }[] }).hits) {
        decisions.push(d);
        if (d.title) titles.set(d.title, (titles.get(d.title) ?? 0) + 1);
      }
    }
    const unique = decisions.filter((d) => d.title && titles.get(d.title) === 1);
    const first = unique.filter((d) => (search({ query: d.title, limit: 1 }) as { hits: { key: number }[] }).hits[0]?.key === d.key);
    return { unique: unique.length, first: first.length };
  });
}

function searchQuality({ fixtures }: { fixtures: string }) {
  return measureSearchQuality(fixtures);
}

function evidenceQuality({ fixtures }: { fixtures: string }) {
  return measureEvidenceQuality(fixtures);
}

/** Evidence suggestions for every section of the project, as the panel asks for them (with a draft). */
async function evidenceSpeed({ project }: { project: string }) {
  return withProject(project, async (backend) => {
    const suggest = backend.services['evidence.suggest'];
    const summaries = (await backend.services['sections.tree']({})) as { id: string }[];
    const sections = await Promise.all(summaries.map(async (s) => (await backend.services['sections.get']({ id: s.id })) as Section));
    const ask = (s: Section) => suggest({ sectionId: s.id, draft: { body: s.body, references: s.references } });
    for (const s of sections) ask(s); // warm-up (the first also builds the index)
    const times: number[] = [];
    const cpu: number[] = [];
    for (let r = 0; r < 5; r++) {
      for (const s of sections) {
        const t = performance.now();
        cpu.push(cpuMs(() => ask(s)));
        times.push(performance.now() - t);
      }
    }
    return { sections: sections.length, median: median(times), p95: percentile(times, 95), max: Math.max(...times), cpuP95: percentile(cpu, 95) };
  });
}

async function bigProject({ project }: { project: string }) {
  return withProject(project, async (backend) => {
    const tree = backend.services['sections.tree'];
    let t = performance.now();
    const summaries = (await tree({})) as { id: string; referenceCount: number }[];
    const treeColdMs = performance.now() - t;
    t = performance.now();
    await tree({});
    const treeWarmMs = performance.now() - t;

    const check = backend.services['sections.check'];
    const get = backend.services['sections.get'];
    const info = (backend.services['app.status']({}) as { project: { info: { termStart: string | null; termEnd: string | null } } }).project.info;
    t = performance.now();
    let problems = 0;
    for (const s of summaries) problems += ((await check({ id: s.id })) as unknown[]).length;
    const checkAllCachedMs = performance.now() - t;
    // The checker itself over every section, without the cache: what `pwb check` pays.
    t = performance.now();
    for (const s of summaries) {
      const section = (await get({ id: s.id })) as Section;
      checkSection({ body: section.body, references: section.references, termStart: info.termStart, termEnd: info.termEnd });
    }
    const checkAllUncachedMs = performance.now() - t;
    return {
      sections: summaries.length,
      references: summaries.reduce((n, s) => n + s.referenceCount, 0),
      problems,
      treeColdMs,
      treeWarmMs,
      checkAllCachedMs,
      checkAllUncachedMs,
      search: timeSearches(backend, 3),
    };
  });
}

const tasks: Record<string, (args: never) => unknown> = { prepare, checkFixtures, search, exactTitles, searchQuality, evidenceQuality, evidenceSpeed, bigProject };

const [task, json] = process.argv.slice(2);
const run = tasks[task];
if (!run) {
  process.stderr.write(`bench worker: unknown task "${task}"\n`);
  process.exit(2);
}
Promise.resolve(run(JSON.parse(json ?? '{}') as never)).then(
  (result) => process.stdout.write(JSON.stringify(result) + '\n'),
  (err: unknown) => {
    process.stderr.write(`bench worker ${task}: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
    process.exit(1);
  },
);
