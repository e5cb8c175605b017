// Campaign 1: hostile project files through the app. Workers (one per core) take files
// one at a time; a worker that dies counts a crash, one that takes too long a hang, and
// both are replaced before the next file.
import fs from 'node:fs';
import path from 'node:path';
import type { Child, Tally } from './common';
import { fail, killHard, seededRandom, startChild } from './common';
import { makeBaseProjects, makeHostileFile } from './hostile-files';

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

export async function runFilesCampaign(tally: Tally, opts: FilesOptions): Promise<FilesFigures> {
  const dir = path.join(opts.dir, 'files');
  fs.mkdirSync(dir, { recursive: true });
  const { mine, base } = makeBaseProjects(dir);
  const figures: FilesFigures = { tried: 0, byFamily: {}, peakWorkerMb: 0 };
  let next = 0;

  const lane = async (laneNo: number) => {
    const rng = seededRandom(opts.seed * 1000 + laneNo);
    let worker: Child | null = null;
    const start = async () => {
      const data = fs.mkdtempSync(path.join(dir, `worker-${laneNo}-`));
      const w = await startChild('file-worker.ts', [data]);
      if (!(await w.next(/^ready$/, 60_000))) throw new Error(`a fuzz worker did not start: ${w.stderr()}`);
      return w;
    };
    try {
      while (next < opts.count && Date.now() < opts.deadline) {
        const n = next++;
        const caseDir = path.join(dir, `case-${n}`);
        fs.mkdirSync(caseDir);
        const file = path.join(caseDir, 'theirs.pwb');
        const made = makeHostileFile(base, file, rng);
        figures.byFamily[made.family] = (figures.byFamily[made.family] ?? 0) + 1;
        worker ??= await start();
        const scratch = path.join(caseDir, 'scratch');
        fs.mkdirSync(scratch);
        worker.proc.stdin!.write(`${JSON.stringify({ file, mine, scratch })}\n`);
        const answer = await worker.next(/^\{/, opts.perFileMs);
        figures.tried++;
        tally.filesTried++;
        if (answer === null) {
          const exited = worker.proc.exitCode !== null || worker.proc.signalCode !== null;
          if (exited) fail(tally, 'crashes', `case ${n} (${made.family}): the worker died (${worker.proc.signalCode ?? worker.proc.exitCode}): ${worker.stderr().slice(-400)}`);
          else fail(tally, 'hangs', `case ${n} (${made.family}): no answer within ${opts.perFileMs / 1000} s`);
          await killHard(worker);
          worker = null;
          // Kept for a person to look at.
          continue;
        }
        const result = JSON.parse(answer) as { crashes: string[]; sideEffects: string[]; rssMb: number };
        figures.peakWorkerMb = Math.max(figures.peakWorkerMb, result.rssMb);
        for (const c of result.crashes) fail(tally, 'crashes', `case ${n} (${made.family}): ${c}`);
        for (const s of result.sideEffects) fail(tally, 'sideEffects', `case ${n} (${made.family}): ${s}`);
        if (result.crashes.length === 0 && result.sideEffects.length === 0) fs.rmSync(caseDir, { recursive: true, force: true });
      }
    } finally {
      if (worker) {
        worker.proc.stdin!.end();
        await Promise.race([worker.exited, new Promise((r) => setTimeout(r, 5_000))]);
        await killHard(worker);
      }
    }
  };
  await Promise.all(Array.from({ length: opts.workers }, (_, i) => lane(i)));
  return figures;
}
