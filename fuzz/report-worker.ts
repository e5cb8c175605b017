// Runs the app over a folder of fuzzed reports, one job after another, as a separate
// process so a crash or a hang is seen and survived by the campaign. Reads one JSON job a
// line ({ reports, scratch }), answers one JSON line ({ crashes, lost, accepted, refused }).
// For each folder: the parser's own promise (what it accepts it gives back exactly), then
// import into a fresh project, check every section, export Markdown (each imported report
// must come back byte for byte), HTML, Word and the site, and import the exported
// Markdown again (every section unchanged).
import fs from 'node:fs';
import path from 'node:path';
import readline from 'node:readline';
import { createBackend } from '../src/main/backend/app-backend';
import type { Backend } from '../src/main/backend/app-backend';
import { parseReport, renderReport } from '../src/core/format';
import type { ImportResult, Result, SectionSummary } from '../src/shared/models';

interface Job {
  reports: string;
  scratch: string;
}

export interface ReportAnswer {
  crashes: string[];
  lost: string[];
  accepted: number;
  refused: number;
}

const BOM = Buffer.from([0xef, 0xbb, 0xbf]);
// A refusal message goes to a terminal and a screen: it must not carry these from the file.
const ESC = String.fromCharCode(0x1b);
const NUL = String.fromCharCode(0);

function mdFiles(dir: string): string[] {
  return (fs.readdirSync(dir, { recursive: true, encoding: 'utf8' }) as string[]).filter((f) => f.endsWith('.md')).sort();
}

async function runOne(backend: Backend, job: Job): Promise<ReportAnswer> {
  const answer: ReportAnswer = { crashes: [], lost: [], accepted: 0, refused: 0 };
  const call = async <T>(method: string, args: unknown): Promise<Result<T>> => {
    const r = (await backend.dispatch(method, args)) as Result<T>;
    if (!r.ok && r.error.code === 'internal') answer.crashes.push(`${method}: ${r.error.message.slice(0, 300)}`);
    return r;
  };
  const files = mdFiles(job.reports);

  // 1. The parser: what it accepts, it renders back exactly.
  for (const rel of files) {
    const text = fs.readFileSync(path.join(job.reports, rel), 'utf8');
    const parsed = parseReport(text);
    if (parsed.ok && renderReport(parsed.report) !== text) answer.lost.push(`${rel}: parseReport accepted it, renderReport gives back other text`);
  }

  // 2. Import, check, export.
  const project = path.join(job.scratch, 'fuzz.pwb');
  const created = await call('project.create', { path: project, name: 'Fuzz' });
  if (!created.ok) {
    answer.crashes.push(`could not create a project: ${created.error.message}`);
    return answer;
  }
  try {
    const imported = await call<ImportResult>('import.reports', { paths: [job.reports] });
    if (!imported.ok) return answer;
    const refused = new Set(imported.value.failed.map((f) => path.relative(job.reports, f.file)));
    answer.refused = refused.size;
    for (const f of imported.value.failed) {
      if (!f.message || f.message.includes(ESC) || f.message.includes(NUL)) answer.crashes.push(`${path.relative(job.reports, f.file)}: a refusal without a clean message: ${JSON.stringify(f.message)}`);
    }
    const tree = await call<SectionSummary[]>('sections.tree', {});
    for (const s of tree.ok ? tree.value : []) await call('sections.check', { id: s.id });
    await call('project.verify', {});

    const md = path.join(job.scratch, 'md');
    const exported = await call('export.run', { format: 'md', outDir: md });
    for (const rel of files) {
      if (refused.has(rel)) continue;
      answer.accepted++;
      const input = fs.readFileSync(path.join(job.reports, rel));
      // The one change import makes on purpose: a byte order mark is not part of a report.
      const expected = input.subarray(0, 3).equals(BOM) ? input.subarray(3) : input;
      const out = path.join(md, rel);
      if (!exported.ok) answer.lost.push(`${rel}: imported, but the project does not export: ${exported.error.message.slice(0, 160)}`);
      else if (!fs.existsSync(out)) answer.lost.push(`${rel}: imported, but the export has no such file`);
      else if (!fs.readFileSync(out).equals(expected)) answer.lost.push(`${rel}: imported, but exported with other bytes`);
    }
    for (const format of ['html', 'docx', 'site']) {
      const r = await call('export.run', { format, outDir: path.join(job.scratch, format) });
      if (!r.ok && answer.accepted > 0) answer.crashes.push(`the ${format} export of what was imported failed: ${r.error.message.slice(0, 160)}`);
    }

    // 3. Round trip: the exported reports, imported again, change nothing.
    if (exported.ok && answer.accepted > 0) {
      const again = await call<ImportResult>('import.reports', { paths: [md] });
      if (again.ok && (again.value.unchanged !== answer.accepted || again.value.failed.length > 0 || again.value.created > 0 || again.value.updated > 0)) {
        answer.lost.push(
          `the exported reports, imported again: ${again.value.unchanged} unchanged of ${answer.accepted}, ${again.value.created} created, ${again.value.updated} replaced, ${again.value.failed.length} refused`,
        );
      }
    }
  } finally {
    await call('project.close', {});
  }
  return answer;
}

async function main(): Promise<void> {
  const backend = createBackend({ dataDir: process.argv[2], transport: 'memory', nativeDialogs: false, recordRecent: false });
  const input = readline.createInterface({ input: process.stdin });
  process.stdout.write('ready\n');
  for await (const line of input) {
    if (!line.trim()) continue;
    const job = JSON.parse(line) as Job;
    let result: ReportAnswer;
    try {
      result = await runOne(backend, job);
    } catch (err) {
      result = { crashes: [`thrown: ${err instanceof Error ? (err.stack ?? err.message).slice(0, 500) : String(err)}`], lost: [], accepted: 0, refused: 0 };
      await backend.dispatch('project.close', {});
    }
    process.stdout.write(`${JSON.stringify(result)}\n`);
  }
  await backend.close();
}

void main();
