// Shared by the fuzz campaigns (`npm run fuzz`): the tally every campaign adds to, the
// seeded generator, file fingerprints and child processes.
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundledCommand, onLines } from '../test/child-bundle';

export { pick, seededRandom, shuffle } from '../bench/random';
export type { Rng } from '../bench/random';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** What the run counts; everything but `tried` and `kills` must end at 0. */
export interface Tally {
  /** Hostile project files, fuzzed reports and XSS reports put through the app. */
  filesTried: number;
  /** A process died, or the backend answered `internal` (an exception nobody meant). */
  crashes: number;
  /** A file took longer than its time limit. */
  hangs: number;
  /** Something changed that must not: a file only read, my project after a refused merge, files left beside. */
  sideEffects: number;
  /** Payload scripts that ran in the preview or an exported page. */
  scriptRuns: number;
  /** Reported saves, imports or merges not (wholly) there after a kill -9; reports that do not come back byte for byte. */
  lostEdits: number;
  kills: number;
  /** One line per failure, for the person reading the run. */
  failures: string[];
}

export function newTally(): Tally {
  return { filesTried: 0, crashes: 0, hangs: 0, sideEffects: 0, scriptRuns: 0, lostEdits: 0, kills: 0, failures: [] };
}

export type FailureKind = 'crashes' | 'hangs' | 'sideEffects' | 'scriptRuns' | 'lostEdits';

export function fail(tally: Tally, kind: FailureKind, what: string, count = 1): void {
  tally[kind] += count;
  if (tally.failures.length < 200) tally.failures.push(`${kind}: ${what}`);
}

export function sha256(file: string): string {
  return crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');
}

/** The command that runs a fuzz child script in a fresh Node (bundled once; see test/child-bundle.ts). */
export function childCommand(script: string): Promise<string[]> {
  return bundledCommand(path.join(root, 'fuzz', script));
}

export interface Child {
  proc: ChildProcess;
  lines: string[];
  stderr: () => string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** The next stdout line matching `re` (null when the child exits first or `ms` pass). */
  next(re: RegExp, ms: number): Promise<string | null>;
}

export async function startChild(script: string, args: string[]): Promise<Child> {
  const proc = spawn(process.execPath, [...(await childCommand(script)), ...args], { cwd: root, stdio: ['pipe', 'pipe', 'pipe'] });
  const lines: string[] = [];
  let err = '';
  const waiters: { re: RegExp; done: (l: string | null) => void }[] = [];
  onLines(proc.stdout!, (line) => {
    lines.push(line);
    for (const w of [...waiters]) {
      if (w.re.test(line)) {
        waiters.splice(waiters.indexOf(w), 1);
        w.done(line);
      }
    }
  });
  proc.stderr!.setEncoding('utf8').on('data', (c: string) => {
    if (err.length < 20_000) err += c;
  });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    proc.once('exit', (code, signal) => {
      for (const w of waiters.splice(0)) w.done(null);
      resolve({ code, signal });
    }),
  );
  return {
    proc,
    lines,
    stderr: () => err,
    exited,
    next(re, ms) {
      return new Promise((done) => {
        const timer = setTimeout(() => {
          waiters.splice(waiters.findIndex((w) => w.done === finish), 1);
          done(null);
        }, ms);
        const finish = (l: string | null) => {
          clearTimeout(timer);
          done(l);
        };
        if (proc.exitCode !== null || proc.signalCode !== null) return finish(null);
        waiters.push({ re, done: finish });
      });
    },
  };
}

export async function killHard(child: Child): Promise<void> {
  if (child.proc.exitCode === null && child.proc.signalCode === null) child.proc.kill('SIGKILL');
  await child.exited;
}

/** A minimal but complete section report (docs/report-format) with the given parts. */
export function reportText(heading: string, agreement: string, body: string, refs: { number: number; date: string; title: string; url?: string }[]): string {
  const entries = refs.map((r) => (r.url ? `**[\\[${r.number}\\]](${r.url})** : **(${r.date})** ${r.title} ` : `**[\\[${r.number}\\]]** : **(${r.date})** ${r.title} `));
  return (
    `# ${heading}\n\n<details>\n        <summary>Regeerakkoord Sectie </summary>\n        <p>${agreement}</p>\n        </details> \n\n${body}\n\n` +
    `<details>\n        <summary> Referenties</summary>\n        \n${entries.join('\n\n')}${entries.length ? '\n' : ''}        </details> \n\n`
  );
}
