// The merge figure of `npm run bench` (run with `node --import tsx`): two 200-section
// projects that share their history (one is a saveCopy of the other) and then diverge
// on both sides in every section — different paragraphs, a new reference cited on each
// side (so every section goes through the citation-aware merge and is renumbered), a
// verdict conflict in 20 sections, and sections added and deleted on both sides.
// Usage: node --import tsx bench/merge.ts <prepare|time> '<json args>' -> one JSON line.
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { MergePlan, MergeReport } from '../src/shared/merge-models';
import type { Reference } from '../src/shared/models';
import { buildDecisionLink } from '../src/core/links/decision-link';
import { mergeText, planMerge, resolveAll } from '../src/core/merge';
import { createBackend } from '../src/main/backend/app-backend';
import { readMergeInputs } from '../src/main/backend/merge/read-inputs';
import { createProjectStore, openProjectStore } from '../src/main/backend/store';
import type { ProjectStore } from '../src/main/backend/store';
import { median } from './stats';
import { runTask } from './run-task';

const SECTIONS = 200;
const PARAGRAPHS = 10;
const REFERENCES = 15;

function reference(number: number, title: string, day: number): Reference {
  const date = `2021-${String(1 + (day % 12)).padStart(2, '0')}-${String(1 + (day % 28)).padStart(2, '0')}`;
  const meetingStart = `${date}T09:00:00Z`;
  return { number, date, meetingStart, title, url: buildDecisionLink(title, meetingStart) };
}

function paragraph(i: number, p: number, cites: number[]): string {
  const words = `De Vlaamse Regering keurde in het kader van sectie ${i} een reeks maatregelen goed die de uitvoering van het regeerakkoord ondersteunen`;
  return `${words} (alinea ${p}), met opvolging door het departement en een evaluatie na twee jaar ${cites.map((n) => `[${n}]`).join('')}.`;
}

function body(i: number, edits: Record<number, string> = {}): string {
  const ps = Array.from({ length: PARAGRAPHS }, (_, p) => edits[p] ?? paragraph(i, p, [p % REFERENCES, (p + 5) % REFERENCES]));
  return `Samenvatting\n\n${ps.join('\n\n')}\n`;
}

const references = (i: number) => Array.from({ length: REFERENCES }, (_, n) => reference(n, `Besluit ${i}.${n} over de uitvoering`, i + n));

function prepare({ dir }: { dir: string }) {
  const mine = join(dir, 'mine.pwb');
  const theirs = join(dir, 'theirs.pwb');
  const store = createProjectStore(mine, { name: 'Bench', government: 'Vlaamse Regering', termStart: '2019-10-02', termEnd: '2024-07-01' });
  store.transaction(() => {
    for (let i = 0; i < SECTIONS; i++) {
      store.createSection(
        { id: `s${i}`, path: ['Domein', `Map ${i % 10}`], name: `Sectie ${i}`, heading: `Sectie ${i}`, agreement: `3.${i} Sectie ${i}`, body: body(i), references: references(i) },
        { author: 'Ann' },
      );
    }
  });
  store.saveCopy(theirs);
  diverge(store, 'Ann', 2, 'mijn');
  store.close();
  return openProjectStore(theirs).then((other) => {
    diverge(other, 'Bob', 8, 'hun');
    other.close();
    return { mine, theirs, sections: SECTIONS, references: SECTIONS * REFERENCES };
  });
}

function diverge(store: ProjectStore, author: string, p: number, tag: string) {
  store.transaction(() => {
    for (let i = 0; i < SECTIONS; i++) {
      const extra = reference(REFERENCES, `Nieuw besluit ${tag} ${i}`, i * 3 + p);
      store.saveSection(`s${i}`, { body: body(i, { [p]: `${paragraph(i, p, [p])} Aangevuld door ${tag} [${REFERENCES}].` }), references: [...references(i), extra] }, { author });
      if (i % 10 === 0) store.saveSection(`s${i}`, { verdict: tag === 'mijn' ? 'kept' : 'broken' }, { author });
    }
    for (let k = 0; k < 5; k++) {
      store.createSection({ path: ['Nieuw'], name: `${tag} ${k}`, heading: `${tag} ${k}`, agreement: '', body: body(1000 + k), references: references(1000 + k) }, { author });
      store.deleteSection(`s${tag === 'mijn' ? 3 + 10 * k : 5 + 10 * k}`, { author });
    }
  });
}

async function time({ mine, theirs, runs = 5 }: { mine: string; theirs: string; runs?: number }) {
  // The pure merge alone, on inputs read once.
  const a = await openProjectStore(mine, { readOnly: true });
  const b = await openProjectStore(theirs, { readOnly: true });
  const inputs = readMergeInputs(a, b).inputs;
  a.close();
  b.close();
  const core: number[] = [];
  for (let r = 0; r < runs; r++) {
    const t = performance.now();
    planMerge(inputs);
    core.push(performance.now() - t);
  }

  // One very long body (2,000 paragraphs, ~50 times a long real one) edited near both
  // ends, so the common start and end are short and the line matching sees it all.
  const longBase = Array.from({ length: 2000 }, (_, p) => paragraph(0, p, [p % REFERENCES])).join('\n\n') + '\n';
  const longMine = longBase.replace(paragraph(0, 1, [1]), 'Mijn herschreven tweede alinea.');
  const longTheirs = longBase.replace(paragraph(0, 1998, [1998 % REFERENCES]), 'Hun herschreven voorlaatste alinea.');
  const longBody: number[] = [];
  for (let r = 0; r < runs; r++) {
    const t = performance.now();
    mergeText(longBase, longMine, longTheirs);
    longBody.push(performance.now() - t);
  }

  const preview: number[] = [];
  const apply: number[] = [];
  // CPU time too: on a busy machine the wall clock mostly measures waiting for a core.
  const applyCpu: number[] = [];
  const cpuMs = (from: NodeJS.CpuUsage) => {
    const d = process.cpuUsage(from);
    return (d.user + d.system) / 1000;
  };
  let report: MergeReport | null = null;
  let plan: MergePlan | null = null;
  for (let r = 0; r < runs; r++) {
    const tmp = mkdtempSync(join(tmpdir(), 'pwb-bench-merge-'));
    const copy = join(tmp, 'mine.pwb');
    copyFileSync(mine, copy);
    const backend = createBackend({ dataDir: join(tmp, 'data'), transport: 'memory', nativeDialogs: false, recordRecent: false });
    try {
      const opened = await backend.dispatch('project.open', { path: copy });
      if (!opened.ok) throw new Error(opened.error.message);
      let t = performance.now();
      const p = await backend.dispatch('merge.preview', { theirsPath: theirs });
      preview.push(performance.now() - t);
      if (!p.ok) throw new Error(p.error.message);
      plan = p.value as MergePlan;
      t = performance.now();
      const cpu = process.cpuUsage();
      const done = await backend.dispatch('merge.apply', { theirsPath: theirs, planId: plan.planId, resolutions: resolveAll(plan.sections, 'theirs') });
      apply.push(performance.now() - t);
      applyCpu.push(cpuMs(cpu));
      if (!done.ok) throw new Error(done.error.message);
      report = done.value as MergeReport;
    } finally {
      await backend.close();
      rmSync(tmp, { recursive: true, force: true });
    }
  }
  return {
    coreMs: median(core),
    longBodyMs: median(longBody),
    longBodyLines: longBase.split('\n').length - 1,
    previewMs: median(preview),
    applyMs: median(apply),
    applyCpuMs: median(applyCpu),
    summary: plan?.summary,
    conflicts: plan?.sections.reduce((n, s) => n + s.conflicts.length, 0),
    revisionsWritten: report?.revisionsWritten,
  };
}

runTask('merge', { prepare, time });
