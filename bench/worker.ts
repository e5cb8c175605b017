// The in-process half of `npm run bench` (run with `node --import tsx`): generates the
// data sets and times what happens inside one process. scripts/bench.mjs starts one of
// these per figure, so no figure is measured in a process that an earlier one warmed up,
// filled with garbage or slowed down. Timed figures come back as samples of wall time and
// of this process's CPU time (on a shared machine, wall time also counts waiting for a core).
// Usage: node --import tsx bench/worker.ts <task> '<json args>'  -> one JSON line on stdout.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { checkSection } from '../src/core/citations';
import { createBackend, createInProcessClient } from '../src/main/backend/app-backend';
import type { Backend, BackendOptions } from '../src/main/backend/app-backend';
import { EVIDENCE_DEBOUNCE_MS } from '../src/shared/evidence-models';
import type { Reference, Section } from '../src/shared/models';
import { generateDecisionsJsonl } from './generate-decisions';
import { generateReportTree, readFixtureReports } from './generate-reports';
import { measureEvidenceQuality } from './evidence-quality';
import { measureSearchQuality } from './search-quality';
import { runTask } from './run-task';

const TERM = { termStart: '2019-10-02', termEnd: '2024-07-01', today: '2025-01-01' };

/** What the library screen asks: first the library as it opens (no query), then words. */
export const QUERIES = [
  '',
  'onderwijs', 'subsidie', 'Brussel', 'COVID-19', 'decreet', 'cultuur', 'toerisme', 'personeel', 'ICT', 'informatie',
  'Vlaamse Rand', 'mest', 'leerlingen', 'erfgoed', 'sport', 'begroting', 'wonen', 'energie', 'mobiliteit', 'zorg',
];
/** What the library screen asks for: a page of 100 hits, each with its snippet. */
const PAGE = 100;

/** Samples of one timed figure: wall and CPU milliseconds per run. */
export interface Samples {
  wall: number[];
  cpu: number[];
}

function timed(samples: Samples, fn: () => unknown): void {
  const c = process.cpuUsage();
  const t = performance.now();
  fn();
  samples.wall.push(performance.now() - t);
  const d = process.cpuUsage(c);
  samples.cpu.push((d.user + d.system) / 1000);
}

async function timedAsync(samples: Samples, fn: () => Promise<unknown>, extraMs = 0): Promise<void> {
  const c = process.cpuUsage();
  const t = performance.now();
  await fn();
  samples.wall.push(performance.now() - t + extraMs);
  const d = process.cpuUsage(c);
  samples.cpu.push((d.user + d.system) / 1000);
}

const noSamples = (): Samples => ({ wall: [], cpu: [] });

interface PrepareArgs {
  tmp: string;
  fixtures: string;
}

function prepare({ tmp, fixtures }: PrepareArgs) {
  const reports = readFixtureReports(join(fixtures, 'reports'));
  const decisions = join(fixtures, 'decisions', 'decisions-sample.jsonl');
  const tree200 = generateReportTree(reports, join(tmp, 'tree-200'), 200, 200);
  const tree2000 = generateReportTree(reports, join(tmp, 'tree-2000'), 2000, 2000, 30);
  // The fixture decisions are among them, so the fixture reports' citations resolve and
  // the evidence finder's "more like these" runs at every size.
  generateDecisionsJsonl(decisions, join(tmp, 'decisions-3000.jsonl'), 3000, 3000);
  generateDecisionsJsonl(decisions, join(tmp, 'decisions-50000.jsonl'), 50_000, 50_000);
  return { tree200, tree2000 };
}

function checkFixtures({ fixtures }: { fixtures: string }): Samples {
  const samples = noSamples();
  for (const { report } of readFixtureReports(join(fixtures, 'reports'))) {
    const input = { body: report.body, references: report.references, ...TERM };
    for (let i = 0; i < 20; i++) checkSection(input); // warm-up
    for (let i = 0; i < 40; i++) timed(samples, () => checkSection(input));
  }
  return samples;
}

async function withProject<T>(project: string, fn: (backend: Backend) => Promise<T>, opts: Partial<BackendOptions> = {}): Promise<T> {
  const dataDir = mkdtempSync(join(tmpdir(), 'pwb-bench-data-'));
  const backend = createBackend({ dataDir, transport: 'memory', nativeDialogs: false, recordRecent: false, ...opts });
  try {
    const opened = await backend.dispatch('project.open', { path: project });
    if (!opened.ok) throw new Error(opened.error.message);
    return await fn(backend);
  } finally {
    await backend.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

/** Library searches as the library screen makes them, once the index is built (the first builds it). */
async function searchQueries({ project, rounds = 5 }: { project: string; rounds?: number }): Promise<Samples & { hits: number }> {
  return withProject(project, async (backend) => {
    const search = backend.services['decisions.search'];
    // Warm-up: the first passes compile the code (the first search is a figure of its own).
    for (let r = 0; r < 3; r++) for (const query of QUERIES) search({ query, limit: PAGE });
    const samples = noSamples();
    let hits = 0;
    for (let r = 0; r < rounds; r++) {
      for (const query of QUERIES) timed(samples, () => (hits += (search({ query, limit: PAGE }) as { hits: unknown[] }).hits.length));
    }
    return { ...samples, hits };
  });
}

/**
 * The app builds the index in the background once a project opens (docs/adr/0024): how
 * long until it is ready, the CPU it takes, and the longest a call arriving meanwhile
 * would wait for the event loop.
 */
async function indexBuild({ project }: { project: string }) {
  const delay = monitorEventLoopDelay({ resolution: 1 });
  return withProject(
    project,
    async (backend) => {
      const c = process.cpuUsage();
      const t = performance.now();
      delay.enable();
      await backend.libraryIndexed();
      delay.disable();
      const d = process.cpuUsage(c);
      return { wallMs: performance.now() - t, cpuMs: (d.user + d.system) / 1000, longestWaitMs: delay.max / 1e6 };
    },
    { indexInBackground: true },
  );
}

/** The first search after opening, once the background build is done: what a person waits for. */
async function firstSearch({ project }: { project: string }): Promise<Samples> {
  return withProject(
    project,
    async (backend) => {
      await backend.libraryIndexed();
      const samples = noSamples();
      timed(samples, () => backend.services['decisions.search']({ query: 'onderwijs', limit: PAGE }));
      return samples;
    },
    { indexInBackground: true },
  );
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

async function fixtureSections(backend: Backend): Promise<Section[]> {
  const summaries = (await backend.services['sections.tree']({})) as { id: string }[];
  return Promise.all(summaries.map(async (s) => (await backend.services['sections.get']({ id: s.id })) as Section));
}

/** Evidence suggestions for every section of the project, as the panel asks for them (with a draft). */
async function evidenceSections({ project, rounds = 5 }: { project: string; rounds?: number }): Promise<Samples & { sections: number }> {
  return withProject(project, async (backend) => {
    const suggest = backend.services['evidence.suggest'];
    const sections = await fixtureSections(backend);
    const ask = (s: Section) => suggest({ sectionId: s.id, draft: { body: s.body, references: s.references } });
    for (let r = 0; r < 3; r++) for (const s of sections) ask(s); // warm-up (the first also builds the index)
    const samples = noSamples();
    for (let r = 0; r < rounds; r++) for (const s of sections) timed(samples, () => ask(s));
    return { ...samples, sections: sections.length };
  });
}

/**
 * The Evidence panel after a citation: the panel waits EVIDENCE_DEBOUNCE_MS.references,
 * then calls evidence.suggest with the section as edited. Timed: that wait plus the call
 * through the backend's dispatch (validation, the queue) with JSON both ways, as a
 * transport carries it — for each reference of each fixture section, added last.
 */
async function evidenceAfterCitation({ project }: { project: string }): Promise<Samples> {
  return withProject(project, async (backend) => {
    const client = createInProcessClient(backend);
    const sections = await fixtureSections(backend);
    const ask = (s: Section, references: Reference[]) =>
      client.call('evidence.suggest', { sectionId: s.id, from: 'all', draft: { body: s.body, references } }).then((r) => {
        if (!r.ok) throw new Error(r.error.message);
      });
    for (const s of sections) await ask(s, s.references); // warm-up (the first also builds the index)
    const samples = noSamples();
    for (const s of sections) {
      for (let i = 0; i < s.references.length; i += Math.max(1, Math.floor(s.references.length / 6))) {
        const before = s.references.filter((_, j) => j !== i);
        await ask(s, before);
        await timedAsync(samples, () => ask(s, [...before, s.references[i]]), EVIDENCE_DEBOUNCE_MS.references);
      }
    }
    return samples;
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
    const get = backend.services['sections.get'];
    const info = (backend.services['app.status']({}) as { project: { info: { termStart: string | null; termEnd: string | null } } }).project.info;
    // The checker itself over every section, without the cache: what `pwb check` pays.
    t = performance.now();
    for (const s of summaries) {
      const section = (await get({ id: s.id })) as Section;
      checkSection({ body: section.body, references: section.references, termStart: info.termStart, termEnd: info.termEnd });
    }
    const checkAllUncachedMs = performance.now() - t;
    return { sections: summaries.length, treeColdMs, treeWarmMs, checkAllUncachedMs };
  });
}

runTask('worker', {
  prepare,
  checkFixtures,
  searchQueries,
  indexBuild,
  firstSearch,
  exactTitles,
  searchQuality,
  evidenceQuality,
  evidenceSections,
  evidenceAfterCitation,
  bigProject,
});
