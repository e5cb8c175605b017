// Realistic report trees for the benchmark, made by varying the fixture reports: new
// names and places in the tree, shuffled paragraphs, other subsets of references
// (renumbered by first use, so most generated reports are as clean as real ones).
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseReport, renderReport } from '../src/core/format';
import type { Reference, Report } from '../src/shared/models';
import type { Rng } from './random';
import { pick, sample, seededRandom, shuffle } from './random';

const FOLDERS = [
  ['Bestuurzaken', 'Concrete voorstellen'],
  ['Bestuurzaken', 'Lokale besturen'],
  ['Brussel'],
  ['Vlaamse rand', 'Extra maatregelen'],
  ['Onderwijs', 'Leerplicht'],
  ['Onderwijs', 'Hoger onderwijs'],
  ['Welzijn', 'Zorg'],
  ['Welzijn', 'Kinderopvang'],
  ['Economie', 'Innovatie'],
  ['Mobiliteit', 'Openbaar vervoer'],
  ['Mobiliteit'],
  ['Cultuur', 'Erfgoed'],
  ['Omgeving', 'Klimaat'],
  ['Wonen'],
  ['Sport'],
];

const TOPICS = [
  'Digitale overheid', 'Personeelsbeleid', 'Lokale financiën', 'Media', 'Toerisme', 'Erfgoed', 'Kinderopvang',
  'Leerlingenbegeleiding', 'Lerarentekort', 'Basisbereikbaarheid', 'Fietsbeleid', 'Energierenovatie', 'Sociale huur',
  'Innovatiebeleid', 'Werkzaamheid', 'Armoedebestrijding', 'Jeugdhulp', 'Topsport', 'Klimaatplan', 'Waterbeleid',
];

export interface FixtureReport {
  name: string;
  /** The folders between `dir` and the file: the section's place in the tree. */
  path: string[];
  report: Report;
}

export function readFixtureReports(dir: string): FixtureReport[] {
  const out: FixtureReport[] = [];
  const walk = (d: string, path: string[]) => {
    for (const entry of readdirSync(d).sort()) {
      const full = join(d, entry);
      if (statSync(full).isDirectory()) walk(full, [...path, entry]);
      else if (entry.endsWith('.md')) {
        const parsed = parseReport(readFileSync(full, 'utf8'));
        if (!parsed.ok) throw new Error(`${full}: ${parsed.error.message}`);
        out.push({ name: entry.slice(0, -3), path, report: parsed.report });
      }
    }
  };
  walk(dir, []);
  return out;
}

/** Rewrites every citation in order of appearance to 0, 1, 2, ... (wrapping at `count`). */
function renumberCitations(body: string, count: number): { body: string; used: number } {
  let next = 0;
  const text = body.replace(/\[(\d+)\]/g, () => `[${next++ % count}]`);
  return { body: text, used: Math.min(next, count) };
}

function variedReport(rng: Rng, base: Report, pool: readonly Reference[], refCount: number, heading: string, sectionNumber: string): Report {
  const paragraphs = base.body.split('\n\n');
  // Keep an opening line like "Samenvatting" in front; shuffle what follows.
  const head = paragraphs.length > 2 && paragraphs[0].length < 40 ? [paragraphs[0]] : [];
  const rest = shuffle(rng, paragraphs.slice(head.length));
  const cut = Math.max(1, Math.round(rest.length * (0.6 + rng() * 0.4)));
  let body = [...head, ...rest.slice(0, cut)].join('\n\n');
  const refs = sample(rng, pool, refCount).map((r, number) => ({ ...r, number }));
  const renumbered = renumberCitations(body, refs.length);
  body = renumbered.body;
  if (renumbered.used < refs.length) {
    // Cite the rest too, as a report listing further decisions would.
    const more = refs.slice(renumbered.used).map((r) => `[${r.number}]`).join('');
    body += `\n\nZie ook de verdere beslissingen ${more}.`;
  }
  const agreement = base.agreement.replace(/^\d+(?:\.\d+)*\s+\S+(?:\s+\S+)?/, `${sectionNumber} ${heading}`);
  return { heading, agreement, body, references: refs };
}

export interface GeneratedTree {
  dir: string;
  files: number;
  references: number;
}

/**
 * Writes `count` reports under `dir`. `refsPerReport` fixes the reference count (for the
 * 60,000-reference project); otherwise each report gets 8 to 40.
 */
export function generateReportTree(fixtures: FixtureReport[], dir: string, count: number, seed: number, refsPerReport?: number): GeneratedTree {
  const rng = seededRandom(seed);
  const seen = new Set<string>();
  const pool = fixtures
    .flatMap((f) => f.report.references)
    .filter((r) => {
      const key = `${r.title}\n${r.date}\n${r.url ?? ''}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
  const used = new Set<string>();
  let references = 0;
  for (let i = 0; i < count; i++) {
    const base = pick(rng, fixtures).report;
    const folder = FOLDERS[i % FOLDERS.length];
    let name = `${pick(rng, TOPICS)} ${Math.floor(i / FOLDERS.length) + 1}`;
    while (used.has([...folder, name].join('/'))) name += 'b';
    used.add([...folder, name].join('/'));
    const refCount = refsPerReport ?? 8 + Math.floor(rng() * 33);
    const report = variedReport(rng, base, pool, refCount, name, `${(i % 9) + 1}.${(i % 7) + 1}.${i + 1}`);
    references += report.references.length;
    const folderPath = join(dir, ...folder);
    mkdirSync(folderPath, { recursive: true });
    writeFileSync(join(folderPath, `${name}.md`), renderReport(report));
  }
  return { dir, files: count, references };
}
