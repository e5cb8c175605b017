// Store performance budgets (issues 2 §5 / 5): measured on real files and printed.
// PWB_PERF_SLACK multiplies every budget (default 1) for slow or busy machines.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createProjectStore } from '../../src/main/backend/store';
import type { DecisionRecord, ProjectStore } from '../../src/main/backend/store';
import { section, tempDir } from './store-test-kit';

const SLACK = Number(process.env.PWB_PERF_SLACK ?? 1);
const fixture = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../shared/fixtures/decisions/decisions-sample.jsonl');
const haveFixture = fs.existsSync(fixture);
if (!haveFixture) console.warn(`store-perf: ${fixture} is missing; the search measurements are skipped`);

const QUERIES = ['onderwijs', 'Vlaamse Regering', 'klimaat', 'M-decreet', 'subsidie', 'leerlingen buitengewoon', 'begrot', 'belgie', 'vlaams', 'xyzzy'];

let dir: string;
beforeAll(() => {
  dir = tempDir('pwb-perf-');
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const time = (fn: () => void) => {
  const t = performance.now();
  fn();
  return performance.now() - t;
};

/** `n` decisions made from the real sample, varied so no two are the same. */
function libraryOf(n: number): DecisionRecord[] {
  const sample = fs
    .readFileSync(fixture, 'utf8')
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as { title: string | null; text: string });
  const words = sample.flatMap((r) => r.text.split(/\s+/)).filter((w) => w.length > 3);
  return Array.from({ length: n }, (_, i) => {
    const base = sample[i % sample.length];
    const extra = [0, 1, 2].map((k) => words[(i * 31 + k * 977) % words.length]).join(' ');
    return {
      id: i.toString(16).toUpperCase().padStart(24, '0'),
      date: `${2019 + (i % 6)}-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`,
      meetingStart: null,
      title: `${base.title || base.text.slice(0, 80)} (${i})`,
      url: `https://example.org/d/${i}`,
      text: `${base.text} ${extra}`,
    };
  });
}

function measureSearch(store: ProjectStore, label: string): number {
  const rows: string[] = [];
  let worst = 0;
  for (const query of QUERIES) {
    const runs = Array.from({ length: 7 }, () => time(() => store.searchDecisions({ query, limit: 20 })));
    const m = median(runs);
    worst = Math.max(worst, m);
    rows.push(`${query}: ${m.toFixed(2)} ms (${store.searchDecisions({ query }).total} hits)`);
  }
  const ranged = median(Array.from({ length: 7 }, () => time(() => store.searchDecisions({ query: 'onderwijs', from: '2021-01-01', to: '2022-12-31' }))));
  const listed = median(Array.from({ length: 7 }, () => time(() => store.searchDecisions({ query: '', from: '2021-01-01', to: '2022-12-31' }))));
  worst = Math.max(worst, ranged, listed);
  console.info(`store-perf ${label}: ${rows.join('; ')}; onderwijs + date range: ${ranged.toFixed(2)} ms; date range only: ${listed.toFixed(2)} ms`);
  return worst;
}

describe('sections', () => {
  it('creates 2,000 sections with 60,000 references in one transaction in 2 s, lists them in 300 ms', () => {
    const store = createProjectStore(path.join(dir, 'sections.pwb'), { name: 'Perf' });
    try {
      const refs = Array.from({ length: 30 }, (_, i) => ({ number: i, date: '2021-02-03', meetingStart: '2021-02-03T09:00:00Z', title: `Besluit ${i} over het beleid`, url: `https://example.org/${i}` }));
      const body = `Samenvatting\n\n${'De regering deed wat ze beloofde [3]. '.repeat(40)}`;
      const created = time(() =>
        store.transaction(() => {
          for (let i = 0; i < 2000; i++) store.createSection(section(i, { path: ['Domein', `Map ${i % 40}`], body, references: refs }), { author: 'perf' });
        }),
      );
      let list: ReturnType<ProjectStore['listSections']> = [];
      const listed = median(Array.from({ length: 3 }, () => time(() => (list = store.listSections()))));
      expect(list).toHaveLength(2000);
      expect(list.reduce((n, s) => n + s.references.length, 0)).toBe(60_000);
      console.info(`store-perf sections: create 2,000 (60,000 refs) ${created.toFixed(0)} ms; listSections ${listed.toFixed(0)} ms`);
      expect(created).toBeLessThan(2000 * SLACK);
      expect(listed).toBeLessThan(300 * SLACK);
    } finally {
      store.close();
    }
  }, 60_000);
});

describe.skipIf(!haveFixture)('decisions', () => {
  it('upserts 50,000 decisions in a few seconds; searches 3,000 in 5 ms and 50,000 in 50 ms', () => {
    const small = createProjectStore(path.join(dir, 'small.pwb'), { name: 'Perf' });
    const big = createProjectStore(path.join(dir, 'big.pwb'), { name: 'Perf' });
    try {
      small.upsertDecisions(libraryOf(3000));
      const records = libraryOf(50_000);
      const inserted = time(() => expect(big.upsertDecisions(records)).toEqual({ inserted: 50_000, updated: 0 }));
      const again = time(() => expect(big.upsertDecisions(records.slice(0, 10_000))).toEqual({ inserted: 0, updated: 0 }));
      console.info(`store-perf upsert: 50,000 new ${inserted.toFixed(0)} ms; 10,000 unchanged ${again.toFixed(0)} ms`);
      expect(inserted).toBeLessThan(8000 * SLACK);

      const worstSmall = measureSearch(small, '3,000 decisions');
      const worstBig = measureSearch(big, '50,000 decisions');
      expect(worstSmall).toBeLessThan(5 * SLACK);
      expect(worstBig).toBeLessThan(50 * SLACK);
    } finally {
      small.close();
      big.close();
    }
  }, 120_000);
});
