// Campaign 1: hostile project files through the app. Workers (one per core) take files
// one at a time; a worker that dies counts a crash, one that takes too long a hang, and
// both are replaced before the next file (fuzz/worker-pool.ts).
import fs from 'node:fs';
import path from 'node:path';
import type { Tally } from './common';
import { fail } from './common';
import { makeBaseProjects, makeHostileFile } from './hostile-files';
import { runWorkerPool } from './worker-pool';

export interface FilesOptions {
  count: number;
  deadline: number;
  seed: number;
  workers: number;
  dir: string;
  /** Most any one file may take (open, use, merge). */
  perFileMs: number;
}

export interface FilesFigures {
  tried: number;
  byFamily: Record<string, number>;
  peakWorkerMb: number;
}

interface FileAnswer {
  crashes: string[];
  sideEffects: string[];
  rssMb: number;
}

export async function runFilesCampaign(tally: Tally, opts: FilesOptions): Promise<FilesFigures> {
  const dir = path.join(opts.dir, 'files');
  fs.mkdirSync(dir, { recursive: true });
  const { mine, base } = makeBaseProjects(dir);
  const figures: FilesFigures = { tried: 0, byFamily: {}, peakWorkerMb: 0 };
  const { jobs } = await runWorkerPool<FileAnswer>(
    tally,
    { script: 'file-worker.ts', workers: opts.workers, count: opts.count, deadline: opts.deadline, seed: opts.seed, dir, perJobMs: opts.perFileMs },
    (n, rng) => {
      const caseDir = path.join(dir, `case-${n}`);
      fs.mkdirSync(caseDir);
      const file = path.join(caseDir, 'theirs.pwb');
      const made = makeHostileFile(base, file, rng);
      figures.byFamily[made.family] = (figures.byFamily[made.family] ?? 0) + 1;
      const scratch = path.join(caseDir, 'scratch');
      fs.mkdirSync(scratch);
      return { label: `case ${n} (${made.family})`, job: { file, mine, scratch }, files: 1, dir: caseDir };
    },
    (job, result) => {
      figures.peakWorkerMb = Math.max(figures.peakWorkerMb, result.rssMb);
      for (const c of result.crashes) fail(tally, 'crashes', `${job.label}: ${c}`);
      for (const s of result.sideEffects) fail(tally, 'sideEffects', `${job.label}: ${s}`);
      return result.crashes.length === 0 && result.sideEffects.length === 0;
    },
  );
  figures.tried = jobs;
  return figures;
}
