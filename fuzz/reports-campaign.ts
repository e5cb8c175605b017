// Campaign 2: fuzzed reports. The real fixture reports, each mutated one to three times
// (bytes flipped, lines shuffled, doubled or dropped, cut short, control characters put
// in, other encodings and line ends, pieces of other reports spliced in, sizes blown
// up), in folders of a few, through import, check, every export and a round trip, in
// worker processes. Counts crashes, hangs and silent data loss: a report the import took
// that does not come back byte for byte.
import fs from 'node:fs';
import path from 'node:path';
import type { Rng, Tally } from './common';
import { fail, pick, root } from './common';
import type { ReportAnswer } from './report-worker';
import { runWorkerPool } from './worker-pool';

export const FIXTURE_REPORTS = path.resolve(root, '..', 'shared', 'fixtures', 'reports');

export interface ReportsOptions {
  count: number;
  deadline: number;
  seed: number;
  workers: number;
  dir: string;
  perBatch: number;
}

export interface ReportsFigures {
  tried: number;
  accepted: number;
  refused: number;
  byMutation: Record<string, number>;
  skipped: string | null;
}

type Mutation = (bytes: Buffer, rng: Rng, others: Buffer[]) => Buffer;

const at = (rng: Rng, n: number) => Math.floor(rng() * n);
const lines = (b: Buffer) => b.toString('latin1').split('\n');
const joined = (ls: string[]) => Buffer.from(ls.join('\n'), 'latin1');
const insert = (b: Buffer, where: number, piece: Buffer) => Buffer.concat([b.subarray(0, where), piece, b.subarray(where)]);

const CONTROLS = ['\u0000', '\u0001', '\u0007', '\u0008', '\u000b', '\u000c', '\r', '\t', '\u001b[2J', '\u007f', '\u0085', '\u00a0', '\u2028', '\u2029', '\u200b', '\u200e', '\u202e', '\ufeff', '\ufffd', '\ud83d\ude00'];
const BAD_UTF8 = [[0xc3, 0x28], [0xa0, 0xa1], [0xe2, 0x28, 0xa1], [0xf0, 0x28, 0x8c, 0x28], [0xc0, 0xaf], [0xed, 0xa0, 0x80], [0xff], [0xfe, 0xff], [0xf8, 0x88, 0x80, 0x80, 0x80]];

const MUTATIONS: Record<string, Mutation> = {
  'byte flips': (b, rng) => {
    const out = Buffer.from(b);
    for (let i = 0, n = 1 + at(rng, 8); i < n; i++) out[at(rng, out.length)] ^= 1 << at(rng, 8);
    return out;
  },
  'byte set': (b, rng) => {
    const out = Buffer.from(b);
    out[at(rng, out.length)] = at(rng, 256);
    return out;
  },
  'lines swapped': (b, rng) => {
    const ls = lines(b);
    const i = at(rng, ls.length);
    const j = at(rng, ls.length);
    [ls[i], ls[j]] = [ls[j], ls[i]];
    return joined(ls);
  },
  'line moved': (b, rng) => {
    const ls = lines(b);
    const [moved] = ls.splice(at(rng, ls.length), 1);
    ls.splice(at(rng, ls.length + 1), 0, moved);
    return joined(ls);
  },
  'line doubled': (b, rng) => {
    const ls = lines(b);
    const i = at(rng, ls.length);
    ls.splice(i, 0, ls[i]);
    return joined(ls);
  },
  'line dropped': (b, rng) => {
    const ls = lines(b);
    ls.splice(at(rng, ls.length), 1);
    return joined(ls);
  },
  'cut short': (b, rng) => b.subarray(0, at(rng, b.length)),
  'cut at a line': (b, rng) => {
    const ls = lines(b);
    return joined(ls.slice(0, at(rng, ls.length)));
  },
  'control character': (b, rng) => insert(b, at(rng, b.length + 1), Buffer.from(pick(rng, CONTROLS))),
  'control character at a line end': (b, rng) => {
    const ls = lines(b);
    const i = at(rng, ls.length);
    ls[i] += Buffer.from(pick(rng, CONTROLS)).toString('latin1');
    return joined(ls);
  },
  'invalid UTF-8': (b, rng) => insert(b, at(rng, b.length + 1), Buffer.from(pick(rng, BAD_UTF8))),
  'latin-1': (b) => Buffer.from(b.toString('utf8'), 'latin1'),
  'UTF-16': (b, rng) => Buffer.concat([rng() < 0.5 ? Buffer.from([0xff, 0xfe]) : Buffer.alloc(0), Buffer.from(b.toString('utf8'), 'utf16le')]),
  'byte order mark': (b) => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), b]),
  'CRLF line ends': (b, rng) => (rng() < 0.5 ? Buffer.from(b.toString('latin1').replaceAll('\n', '\r\n'), 'latin1') : Buffer.from(b.toString('latin1').replace('\n', '\r\n'), 'latin1')),
  'CR line ends': (b) => Buffer.from(b.toString('latin1').replaceAll('\n', '\r'), 'latin1'),
  'NFD': (b) => Buffer.from(b.toString('utf8').normalize('NFD')),
  'no final line end': (b) => b.subarray(0, b.length - 1),
  'extra final line ends': (b, rng) => Buffer.concat([b, Buffer.from('\n'.repeat(1 + at(rng, 3)))]),
  'spaces changed': (b, rng) => {
    const ls = lines(b);
    const i = at(rng, ls.length);
    ls[i] = rng() < 0.5 ? `${ls[i]} ` : ls[i].replace(/ $/, '').replace(/^ /, '');
    return joined(ls);
  },
  'spliced from another report': (b, rng, others) => {
    const other = lines(pick(rng, others));
    const from = at(rng, other.length);
    const ls = lines(b);
    ls.splice(at(rng, ls.length), 0, ...other.slice(from, from + 1 + at(rng, 6)));
    return joined(ls);
  },
  'body blown up': (b, rng) => {
    const ls = lines(b);
    const i = 6 + at(rng, Math.max(1, ls.length - 12));
    ls.splice(i, 0, ...Array<string>(pick(rng, [200, 5_000, 40_000])).fill(ls[i] ?? 'x'));
    return joined(ls);
  },
  'markup characters': (b, rng) => insert(b, at(rng, b.length + 1), Buffer.from(pick(rng, ['\\[', '\\]', '[', ']', '**', '<details>', '</details>', '</p>', '<p>', '# ', '`', '\\', '(', ')', '%0A', '&amp;']))),
};

const NAMES = Object.keys(MUTATIONS);
const CONTROL_BATCH = 'reports batch 0';

function loadFixtures(): { rel: string; bytes: Buffer }[] {
  return (fs.readdirSync(FIXTURE_REPORTS, { recursive: true, encoding: 'utf8' }) as string[])
    .filter((f) => f.endsWith('.md'))
    .sort()
    .map((rel) => ({ rel, bytes: fs.readFileSync(path.join(FIXTURE_REPORTS, rel)) }));
}

export async function runReportsCampaign(tally: Tally, opts: ReportsOptions): Promise<ReportsFigures> {
  const figures: ReportsFigures = { tried: 0, accepted: 0, refused: 0, byMutation: {}, skipped: null };
  if (!fs.existsSync(FIXTURE_REPORTS)) {
    figures.skipped = `the fixture reports are not at ${FIXTURE_REPORTS}`;
    return figures;
  }
  const fixtures = loadFixtures();
  const others = fixtures.map((f) => f.bytes);
  const dir = path.join(opts.dir, 'reports');
  fs.mkdirSync(dir, { recursive: true });
  const batches = Math.ceil(opts.count / opts.perBatch);
  const made = new Map<string, string[]>();

  await runWorkerPool<ReportAnswer>(
    tally,
    { script: 'report-worker.ts', workers: opts.workers, count: batches, deadline: opts.deadline, seed: opts.seed, dir, perJobMs: 60_000 },
    (n, rng) => {
      const caseDir = path.join(dir, `batch-${n}`);
      const reports = path.join(caseDir, 'reports');
      const scratch = path.join(caseDir, 'scratch');
      fs.mkdirSync(scratch, { recursive: true });
      const size = Math.min(opts.perBatch, opts.count - n * opts.perBatch);
      const what: string[] = [];
      for (let i = 0; i < size; i++) {
        // The first batch starts with the fixtures as they are: the control, which must all come back.
        const control = n === 0 && i < fixtures.length;
        const fixture = control ? fixtures[i] : pick(rng, fixtures);
        let bytes = fixture.bytes;
        const applied: string[] = control ? ['none'] : [];
        for (let k = 0, edits = control ? 0 : 1 + at(rng, 3); k < edits; k++) {
          const name = pick(rng, NAMES);
          bytes = MUTATIONS[name](bytes, rng, others);
          applied.push(name);
          figures.byMutation[name] = (figures.byMutation[name] ?? 0) + 1;
        }
        // Its fixture's folder, a name of its own: every file is its own section.
        const rel = path.join(path.dirname(fixture.rel), `${path.basename(fixture.rel, '.md')} ${i}.md`);
        fs.mkdirSync(path.dirname(path.join(reports, rel)), { recursive: true });
        fs.writeFileSync(path.join(reports, rel), bytes);
        what.push(`${rel} (${applied.join(', ')})`);
      }
      figures.tried += size;
      made.set(caseDir, what);
      return { label: n === 0 ? CONTROL_BATCH : `reports batch ${n}`, job: { reports, scratch }, files: size, dir: caseDir };
    },
    (job, answer) => {
      figures.accepted += answer.accepted;
      figures.refused += answer.refused;
      const what = made.get(job.dir)!.join('; ');
      made.delete(job.dir);
      for (const c of answer.crashes) fail(tally, 'crashes', `${job.label}: ${c} [${what}]`);
      for (const l of answer.lost) fail(tally, 'lostEdits', `${job.label}: ${l} [${what}]`);
      const controlLost = job.label === CONTROL_BATCH && answer.accepted < Math.min(fixtures.length, opts.perBatch);
      if (controlLost) fail(tally, 'lostEdits', `${job.label}: the fixture reports as they are were not all imported and given back (${answer.accepted} of ${fixtures.length}) [${what}]`);
      return answer.crashes.length === 0 && answer.lost.length === 0 && !controlLost;
    },
  );
  return figures;
}
