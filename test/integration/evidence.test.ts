// The evidence finder through the API (issue 9): suggestions for a fixture section,
// "not relevant" stored in the project file and carried through a merge, live drafts,
// filters, coverage, and clear errors.
import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Section, SectionSummary } from '../../src/shared/models';
import { createHarness, FIXTURE_DECISIONS, FIXTURE_REPORTS, fixturesPresent } from './services-harness';
import type { Harness } from './services-harness';

let h: Harness;
let project: string;

async function sectionNamed(name: string): Promise<Section> {
  const tree = (await h.ok('sections.tree', {})) as SectionSummary[];
  const found = tree.find((s) => s.name === name);
  if (!found) throw new Error(`no section ${name}`);
  return h.ok('sections.get', { id: found.id });
}

describe.skipIf(!fixturesPresent)('evidence.* on the fixtures', () => {
  beforeEach(async () => {
    h = createHarness('pwb-evidence-');
    project = join(h.dir, 'p.pwb');
    await h.ok('project.create', { path: project, name: 'P', termStart: '2019-10-02', termEnd: '2024-07-01' });
    await h.ok('import.reports', { paths: [FIXTURE_REPORTS] });
    await h.ok('import.decisions', { path: FIXTURE_DECISIONS });
  });
  afterEach(() => h.close());

  it('suggests decisions the section does not cite, with reasons, snippets and coverage', async () => {
    const s = await sectionNamed('ICT en Informatie');
    const view = await h.ok('evidence.suggest', { sectionId: s.id });
    expect(view.libraryCount).toBe(502);
    expect(view.references).toBe(s.references.length);
    expect(view.referencesInLibrary).toBe(s.references.length);
    expect(view.suggestions).toHaveLength(20);
    const citedUrls = new Set(s.references.map((r) => r.url));
    for (const x of view.suggestions) {
      expect(citedUrls.has(x.url ?? undefined)).toBe(false);
      expect(x.reasons.length).toBeGreaterThan(0);
      expect(x.date! >= '2019-10-02' && x.date! <= '2024-07-01').toBe(true);
    }
    expect(view.suggestions.some((x) => x.snippet.includes('\u0002'))).toBe(true);
    expect(view.term).toEqual({ start: '2019-10-02', end: '2024-07-01', applied: true });
    // The one marked commitment of the fixtures, and the cited open-data decisions that support it.
    expect(view.commitments).toHaveLength(1);
    expect(view.commitments[0].text).toMatch(/^We stellen data maximaal/);
    expect(view.commitments[0].supporting.length).toBeGreaterThan(0);
    expect(view.commitments[0].suggestions.length).toBeGreaterThan(0);
    expect(view.domains).toEqual(['Bestuurzaken', 'Brussel', 'Vlaamse rand']);
  });

  it('follows the draft being edited: citing a suggestion removes it', async () => {
    const s = await sectionNamed('HR');
    const first = (await h.ok('evidence.suggest', { sectionId: s.id, limit: 5 })).suggestions[0];
    const draft = {
      body: `${s.body}\n\nZie [${s.references.length}].`,
      references: [...s.references, { number: s.references.length, date: first.date!, title: first.title, url: first.url! }],
    };
    const after = await h.ok('evidence.suggest', { sectionId: s.id, limit: 20, draft });
    expect(after.suggestions.map((x) => x.key)).not.toContain(first.key);
    expect(after.referencesInLibrary).toBe(s.references.length + 1);
  });

  it('hides a decision marked not relevant, lists it, restores it; the mark is in the file', async () => {
    const s = await sectionNamed('HR');
    const before = await h.ok('evidence.suggest', { sectionId: s.id });
    const gone = before.suggestions[0];
    expect(await h.ok('evidence.dismiss', { sectionId: s.id, key: gone.key })).toEqual({ dismissed: 1 });
    const after = await h.ok('evidence.suggest', { sectionId: s.id });
    expect(after.suggestions.map((x) => x.key)).not.toContain(gone.key);
    expect(after.dismissed).toBe(1);
    const hidden = await h.ok('evidence.dismissed', { sectionId: s.id });
    expect(hidden).toEqual([{ decision: `id:${gone.id}`, title: gone.title, dismissedAt: expect.any(String), key: gone.key }]);

    // Still there after closing and opening the file.
    await h.ok('project.close', {});
    await h.ok('project.open', { path: project });
    expect((await h.ok('evidence.suggest', { sectionId: s.id })).suggestions.map((x) => x.key)).not.toContain(gone.key);
    expect(await h.ok('evidence.restore', { sectionId: s.id, decision: hidden[0].decision })).toEqual({ dismissed: 0 });
    expect((await h.ok('evidence.suggest', { sectionId: s.id })).suggestions[0].key).toBe(gone.key);
  });

  it('carries marks through a merge: theirs are added to mine, once', async () => {
    const s = await sectionNamed('HR');
    const theirs = join(h.dir, 'theirs.pwb');
    await h.ok('project.close', {});
    copyFileSync(project, theirs);
    await h.ok('project.open', { path: theirs });
    const key = (await h.ok('evidence.suggest', { sectionId: s.id })).suggestions[0].key;
    await h.ok('evidence.dismiss', { sectionId: s.id, key });
    await h.ok('project.close', {});

    await h.ok('project.open', { path: project });
    const plan = await h.ok('merge.preview', { theirsPath: theirs });
    expect(plan.evidenceDismissals).toBe(1);
    const report = await h.ok('merge.apply', { theirsPath: theirs, resolutions: [], planId: plan.planId });
    expect(report.evidenceDismissals).toBe(1);
    expect((await h.ok('evidence.dismissed', { sectionId: s.id })).map((d) => d.key)).toEqual([key]);
    const again = await h.ok('merge.apply', { theirsPath: theirs, resolutions: [] });
    expect(again.evidenceDismissals).toBe(0);
  });

  it('applies date and domain filters, and the term only when asked', async () => {
    const s = await sectionNamed('Cultuur en toerisme');
    const ranged = await h.ok('evidence.suggest', { sectionId: s.id, filters: { from: '2022-01-01', to: '2022-12-31' } });
    expect(ranged.suggestions.length).toBeGreaterThan(0);
    for (const x of ranged.suggestions) expect(x.date! >= '2022-01-01' && x.date! <= '2022-12-31').toBe(true);
    const noTerm = await h.ok('evidence.suggest', { sectionId: s.id, filters: { term: false } });
    expect(noTerm.term.applied).toBe(false);
    const brussel = await h.ok('evidence.suggest', { sectionId: s.id, filters: { domain: 'Brussel' } });
    const rand = await h.ok('evidence.suggest', { sectionId: s.id, filters: { domain: 'Vlaamse rand' } });
    const overlap = brussel.suggestions.filter((x) => rand.suggestions.some((y) => y.key === x.key));
    expect(overlap).toEqual([]);
    expect((await h.fails('evidence.suggest', { sectionId: s.id, filters: { domain: 'Nergens' } })).code).toBe('bad-request');
  });

  it('reports coverage per commitment over the project', async () => {
    const coverage = await h.ok('evidence.coverage', {});
    expect(coverage.libraryCount).toBe(502);
    expect(coverage.sections.map((x) => x.name)).toEqual(['ICT en Informatie']);
    expect(coverage.commitments).toBe(1);
    expect(coverage.uncovered).toBe(0);
  });

  it('says what is wrong: unknown section or decision, read-only project', async () => {
    expect((await h.fails('evidence.suggest', { sectionId: 'nope' })).code).toBe('not-found');
    expect((await h.fails('evidence.suggest', { sectionId: 'x', limit: 0 })).code).toBe('bad-request');
    const s = await sectionNamed('HR');
    expect((await h.fails('evidence.dismiss', { sectionId: s.id, key: 999_999 })).code).toBe('not-found');
    await h.ok('project.close', {});
    await h.ok('project.open', { path: project, readOnly: true });
    expect((await h.ok('evidence.suggest', { sectionId: s.id })).suggestions.length).toBeGreaterThan(0);
    expect((await h.fails('evidence.dismiss', { sectionId: s.id, key: 1 })).code).toBe('read-only');
  });
});
