// Helpers shared by the store-*.test.ts files: temp folders, file fingerprints, a
// sample project, and child processes running the store in another Node process.
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';
import { bundledCommand, onLines } from '../child-bundle';
import { AppException } from '../../src/main/backend/errors';
import { createProjectStore } from '../../src/main/backend/store';
import type { DecisionRecord, NewSection, ProjectStore } from '../../src/main/backend/store';

const here = path.dirname(fileURLToPath(import.meta.url));
export const repoRoot = path.resolve(here, '../..');

export function tempDir(prefix = 'pwb-store-'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

export function sha256(file: string): string {
  return crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');
}

/** Files in `dir` other than the named ones (left-over journals, locks, temp files). */
export function strayFiles(dir: string, keep: string[]): string[] {
  return fs.readdirSync(dir).filter((f) => !keep.includes(f));
}

export function section(n: number, extra: Partial<NewSection> = {}): NewSection {
  return {
    path: ['Domein', `Map ${n % 3}`],
    name: `Sectie ${n}`,
    heading: `Sectie ${n}`,
    agreement: `3.${n} Sectie ${n} We stellen data maximaal ter beschikking.`,
    body: `Samenvatting\n\nDe regering deed iets [0] en nog iets [1] (${n}).`,
    references: [
      { number: 0, date: '2020-11-27', meetingStart: '2020-11-27T09:00:00Z', title: `Besluit ${n} over “data”`, url: `https://example.org/${n}/0` },
      { number: 1, date: '2021-03-05', title: '' },
    ],
    ...extra,
  };
}

export function decision(n: number, extra: Partial<DecisionRecord> = {}): DecisionRecord {
  return {
    id: `ID${String(n).padStart(22, '0')}`,
    date: `20${String(20 + (n % 4))}-0${1 + (n % 9)}-1${n % 10}`,
    meetingStart: null,
    title: `Besluit nummer ${n} over onderwijs`,
    url: `https://example.org/decision/${n}`,
    text: `De Vlaamse Regering keurt besluit ${n} goed. Het gaat over scholen en leerlingen.`,
    ...extra,
  };
}

/** A closed project with some sections and decisions, spread over a few dozen pages. */
export function makeSampleProject(file: string, sections = 12, decisions = 150): void {
  const store = createProjectStore(file, { name: 'Voorbeeld', government: 'Vlaamse Regering (2019-2024)', termStart: '2019-10-02', termEnd: '2024-07-01' });
  try {
    store.transaction(() => {
      for (let i = 0; i < sections; i++) store.createSection(section(i), { author: 'test' });
      store.upsertDecisions(Array.from({ length: decisions }, (_, i) => decision(i)));
    });
  } finally {
    store.close();
  }
}

/** Runs `fn`, expecting an AppException; returns it. */
export async function appError(fn: () => unknown): Promise<AppException> {
  try {
    await fn();
  } catch (err) {
    expect(err).toBeInstanceOf(AppException);
    return err as AppException;
  }
  throw new Error('expected an AppException, nothing was thrown');
}

export function closeQuietly(store: ProjectStore | undefined): void {
  try {
    store?.close();
  } catch {
    // Test cleanup only.
  }
}

// ---- child processes ---------------------------------------------------------------

/** The command that runs a child script of this folder (store-child.ts by default) in a fresh Node. */
export function childArgs(script = 'store-child.ts'): Promise<string[]> {
  return bundledCommand(path.join(here, script));
}

export interface Child {
  proc: ChildProcess;
  /** Complete stdout lines so far. */
  lines: string[];
  exited: Promise<number | null>;
  /** Resolves with the first line matching `re`. */
  waitFor(re: RegExp, timeoutMs?: number): Promise<string>;
}

export async function startChild(args: string[], script?: string): Promise<Child> {
  const proc = spawn(process.execPath, [...(await childArgs(script)), ...args], { cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'] });
  const lines: string[] = [];
  const waiters: { re: RegExp; resolve: (l: string) => void }[] = [];
  let stderr = '';
  onLines(proc.stdout!, (line) => {
    lines.push(line);
    for (const w of [...waiters]) {
      if (w.re.test(line)) {
        waiters.splice(waiters.indexOf(w), 1);
        w.resolve(line);
      }
    }
  });
  proc.stderr!.setEncoding('utf8');
  proc.stderr!.on('data', (chunk: string) => {
    stderr += chunk;
  });
  const exited = new Promise<number | null>((resolve) => proc.once('exit', (code) => resolve(code)));
  return {
    proc,
    lines,
    exited,
    waitFor(re, timeoutMs = 20_000) {
      const seen = lines.find((l) => re.test(l));
      if (seen) return Promise.resolve(seen);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`child printed no ${re} in ${timeoutMs} ms; stderr: ${stderr}`)), timeoutMs);
        void exited.then((code) => {
          clearTimeout(timer);
          reject(new Error(`child exited (${code}) before printing ${re}; stderr: ${stderr}`));
        });
        waiters.push({
          re,
          resolve: (l) => {
            clearTimeout(timer);
            resolve(l);
          },
        });
      });
    },
  };
}

/** SIGKILL, then wait until the process is reaped (a zombie's pid still looks alive). */
export async function killHard(child: Child): Promise<void> {
  child.proc.kill('SIGKILL');
  await child.exited;
}
