// Worker processes for the campaigns that run the app over generated files: each lane
// keeps one worker (a fuzz child script reading one JSON job a line, answering one JSON
// line), hands it jobs one at a time, and replaces it when it dies (a crash) or does not
// answer in time (a hang). What a job found is the campaign's to judge.
import fs from 'node:fs';
import path from 'node:path';
import type { Child, Rng, Tally } from './common';
import { fail, killHard, seededRandom, startChild } from './common';

export interface PoolOptions {
  /** The worker script in fuzz/, started with its own data folder as argument. */
  script: string;
  workers: number;
  /** Jobs to run at most. */
  count: number;
  deadline: number;
  seed: number;
  dir: string;
  /** Most any one job may take. */
  perJobMs: number;
}

export interface PoolJob {
  /** How the failure lines name it. */
  label: string;
  /** Written to the worker as one JSON line. */
  job: unknown;
  /** Files it puts through the app (added to `filesTried`). */
  files: number;
  /** Removed when the job found nothing; kept for a person to look at otherwise. */
  dir: string;
}

/**
 * Runs jobs `make(n, rng)` on the workers; `judge` reads each answer and returns whether
 * it was clean. Crashes and hangs of the worker itself are counted here.
 */
export async function runWorkerPool<A>(tally: Tally, opts: PoolOptions, make: (n: number, rng: Rng) => PoolJob, judge: (job: PoolJob, answer: A) => boolean): Promise<{ jobs: number }> {
  let next = 0;
  let done = 0;
  const lane = async (laneNo: number) => {
    const rng = seededRandom(opts.seed * 1000 + laneNo);
    let worker: Child | null = null;
    const start = async () => {
      const data = fs.mkdtempSync(path.join(opts.dir, `worker-${laneNo}-`));
      const w = await startChild(opts.script, [data]);
      if (!(await w.next(/^ready$/, 60_000))) throw new Error(`a fuzz worker (${opts.script}) did not start: ${w.stderr()}`);
      return w;
    };
    try {
      while (next < opts.count && Date.now() < opts.deadline) {
        const job = make(next++, rng);
        worker ??= await start();
        worker.proc.stdin!.write(`${JSON.stringify(job.job)}\n`);
        const answer = await worker.next(/^\{/, opts.perJobMs);
        done++;
        tally.filesTried += job.files;
        if (answer === null) {
          const exited = worker.proc.exitCode !== null || worker.proc.signalCode !== null;
          if (exited) fail(tally, 'crashes', `${job.label}: the worker died (${worker.proc.signalCode ?? worker.proc.exitCode}): ${worker.stderr().slice(-400)}`);
          else fail(tally, 'hangs', `${job.label}: no answer within ${opts.perJobMs / 1000} s`);
          await killHard(worker);
          worker = null;
          continue;
        }
        if (judge(job, JSON.parse(answer) as A)) fs.rmSync(job.dir, { recursive: true, force: true });
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
  return { jobs: done };
}
