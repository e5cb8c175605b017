// Regression guard for the store's performance budgets, using store-measure.ts. The
// budgets are for a normal desktop; PWB_PERF_SLACK (default 3) allows for a busy CI
// machine while still catching what matters here: an accidental O(n²) (the
// difference between 50 ms and 5 s). Figures are printed; the real report comes from
// `node --import tsx test/integration/store-measure.ts`.
import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeSearch, FIXTURE, measureDecisions, measureSections } from './store-measure';
import { tempDir } from './store-test-kit';

const SLACK = Number(process.env.PWB_PERF_SLACK ?? 3);
const haveFixture = fs.existsSync(FIXTURE);
if (!haveFixture) console.warn(`store-perf: ${FIXTURE} is missing; the decision measurements are skipped`);

let dir: string;
beforeAll(() => {
  dir = tempDir('pwb-perf-');
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('performance budgets', () => {
  it('2,000 sections with 60,000 references: created in one transaction in 2 s, listed in 300 ms', () => {
    const s = measureSections(dir);
    console.info(`store-perf: create ${s.create.wallMs.toFixed(0)} ms (cpu ${s.create.cpuMs.toFixed(0)}), list ${s.list.wallMs.toFixed(0)} ms (cpu ${s.list.cpuMs.toFixed(0)})`);
    expect([s.sections, s.references]).toEqual([2000, 60_000]);
    expect(s.create.wallMs).toBeLessThan(2000 * SLACK);
    expect(s.list.wallMs).toBeLessThan(300 * SLACK);
  }, 120_000);

  it.skipIf(!haveFixture)('50,000 decisions upserted in a few seconds; search in 5 ms on 3,000 and 50 ms on 50,000', () => {
    const d = measureDecisions(dir);
    console.info(`store-perf: upsert 50,000 ${d.upsert.wallMs.toFixed(0)} ms (cpu ${d.upsert.cpuMs.toFixed(0)})\n${describeSearch(d.small)}\n${describeSearch(d.big)}`);
    expect(d.upsert.wallMs).toBeLessThan(5000 * SLACK);
    expect(d.small.worstWallMs).toBeLessThan(5 * SLACK);
    expect(d.big.worstWallMs).toBeLessThan(50 * SLACK);
  }, 240_000);
});
