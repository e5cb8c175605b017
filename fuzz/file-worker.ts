// Runs the app over hostile project files, one after another, as a separate process so
// a crash or a hang is seen and survived by the campaign. Reads one JSON line a file
// ({ file, mine }) on stdin, answers one JSON line ({ file, crashes, sideEffects }).
// For each file: open it read-only and use it as a person would (tree, sections, checks,
// damage check, history, library, dashboard, exports), then merge it into a fresh copy
// of my project. Every answer must be data; `internal` means an exception nobody meant.
import fs from 'node:fs';
import path from 'node:path';
import readline from 'node:readline';
import { createBackend } from '../src/main/backend/app-backend';
import type { Backend } from '../src/main/backend/app-backend';
import type { Result, SectionSummary } from '../src/shared/models';
import { sha256 } from './common';

interface Job {
  file: string;
  mine: string;
  scratch: string;
}

async function runOne(backend: Backend, job: Job): Promise<{ crashes: string[]; sideEffects: string[] }> {
  const crashes: string[] = [];
  const sideEffects: string[] = [];
  const call = async (method: string, args: unknown): Promise<Result<unknown>> => {
    const r = await backend.dispatch(method, args);
    if (!r.ok && r.error.code === 'internal') crashes.push(`${method}: ${r.error.message.slice(0, 300)}`);
    return r;
  };
  const beside = () => fs.readdirSync(path.dirname(job.file)).filter((f) => f.startsWith(path.basename(job.file))).sort();
  const before = { hash: sha256(job.file), beside: beside() };

  // 1. Opened read-only and used.
  const opened = await call('project.open', { path: job.file, readOnly: true });
  if (opened.ok) {
    const tree = await call('sections.tree', {});
    const sections = tree.ok ? (tree.value as SectionSummary[]).slice(0, 40) : [];
    for (const s of sections) {
      await call('sections.get', { id: s.id });
      await call('sections.check', { id: s.id });
      const history = await call('history.list', { sectionId: s.id });
      if (history.ok) for (const h of (history.value as { id: number }[]).slice(0, 3)) await call('history.get', { id: h.id });
    }
    await call('project.verify', {});
    await call('dashboard.get', {});
    await call('decisions.search', { query: 'beslissing' });
    for (const format of ['md', 'html', 'docx', 'site']) {
      await call('export.run', { format, outDir: path.join(job.scratch, `export-${format}`) });
    }
    await call('project.close', {});
  }

  // 2. Merged into my project: refused with nothing written, or merged and still usable.
  const mine = path.join(job.scratch, 'mine.pwb');
  fs.copyFileSync(job.mine, mine);
  const mineBefore = sha256(mine);
  const mineOpen = await call('project.open', { path: mine });
  if (!mineOpen.ok) crashes.push(`my project did not open: ${mineOpen.error.message}`);
  else {
    const preview = await call('merge.preview', { theirsPath: job.file });
    const applied = await call('merge.apply', { theirsPath: job.file, resolutions: [], prefer: 'theirs' });
    if (!applied.ok) {
      await call('project.close', {});
      if (sha256(mine) !== mineBefore) sideEffects.push(`a refused merge (${applied.error.code}: ${applied.error.message.slice(0, 120)}) changed my project`);
    } else {
      const verify = await call('project.verify', {});
      if (verify.ok && (verify.value as { damaged: unknown[] }).damaged.length > 0) sideEffects.push(`after the merge my project is damaged: ${JSON.stringify(verify.value).slice(0, 300)}`);
      const exported = await call('export.run', { format: 'md', outDir: path.join(job.scratch, 'after-merge') });
      if (!exported.ok) sideEffects.push(`after the merge my project no longer exports: ${exported.error.message.slice(0, 200)}`);
      await call('project.close', {});
      // And it opens again, as a file a person would open tomorrow.
      const again = await call('project.open', { path: mine, readOnly: true });
      if (!again.ok) sideEffects.push(`after the merge my project no longer opens: ${again.error.message.slice(0, 200)}`);
      await call('project.close', {});
    }
    if (!preview.ok && applied.ok) sideEffects.push('the preview refused what the apply took');
  }

  // 3. Their file, only read, is as it was, and nothing was left beside it.
  if (sha256(job.file) !== before.hash) sideEffects.push('reading their file changed it');
  const after = beside();
  if (after.join('\n') !== before.beside.join('\n')) sideEffects.push(`files beside theirs changed: ${before.beside.join(', ')} -> ${after.join(', ')}`);
  return { crashes, sideEffects };
}

async function main(): Promise<void> {
  const dataDir = process.argv[2];
  const backend = createBackend({ dataDir, transport: 'memory', nativeDialogs: false, recordRecent: false });
  const input = readline.createInterface({ input: process.stdin });
  process.stdout.write('ready\n');
  for await (const line of input) {
    if (!line.trim()) continue;
    const job = JSON.parse(line) as Job;
    let result: { crashes: string[]; sideEffects: string[] };
    try {
      result = await runOne(backend, job);
    } catch (err) {
      result = { crashes: [`thrown: ${err instanceof Error ? (err.stack ?? err.message).slice(0, 500) : String(err)}`], sideEffects: [] };
      await backend.dispatch('project.close', {});
    }
    process.stdout.write(`${JSON.stringify({ file: job.file, ...result, rssMb: Math.round(process.memoryUsage().rss / 1024 / 1024) })}\n`);
  }
  await backend.close();
}

void main();
