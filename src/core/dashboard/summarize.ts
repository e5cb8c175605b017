// The project dashboard's figures, computed from sections and their diagnostics.
// Every figure carries the ids of the sections behind it so the UI can click through.
import type { DashboardData, DomainRow, ProblemRow, VerdictCounts } from '../../shared/dashboard-models';
import type { ProblemCounts, Reference, Verdict } from '../../shared/models';
import { VERDICTS } from '../../shared/models';

export type { DashboardData } from '../../shared/dashboard-models';

export interface DashboardSectionInput {
  id: string;
  path: string[];
  name: string;
  verdict: Verdict;
  references: Pick<Reference, 'number' | 'date'>[];
  /** Numbers actually cited in the body; references nobody cites are not evidence. */
  citedNumbers: number[];
  problems: ProblemCounts;
}

export const TOP_LEVEL_DOMAIN = '(top level)';

const emptyCounts = (): VerdictCounts => Object.fromEntries(VERDICTS.map((v) => [v, 0])) as VerdictCounts;
const emptyIds = (): Record<Verdict, string[]> => Object.fromEntries(VERDICTS.map((v) => [v, []])) as unknown as Record<Verdict, string[]>;

export function summarizeProject(sections: DashboardSectionInput[]): DashboardData {
  const counts = emptyCounts();
  const sectionIdsByVerdict = emptyIds();
  const domains = new Map<string, DomainRow>();
  const years = new Map<string, { count: number; sectionIds: Set<string> }>();
  const problems: ProblemRow[] = [];

  for (const s of sections) {
    counts[s.verdict] += 1;
    sectionIdsByVerdict[s.verdict].push(s.id);

    const domainName = s.path[0] ?? TOP_LEVEL_DOMAIN;
    let domain = domains.get(domainName);
    if (!domain) {
      domain = { domain: domainName, counts: emptyCounts(), total: 0, sectionIdsByVerdict: emptyIds() };
      domains.set(domainName, domain);
    }
    domain.counts[s.verdict] += 1;
    domain.total += 1;
    domain.sectionIdsByVerdict[s.verdict].push(s.id);

    const cited = new Set(s.citedNumbers);
    for (const ref of s.references) {
      if (!cited.has(ref.number)) continue;
      const year = /^\d{4}/.exec(ref.date)?.[0];
      if (!year) continue;
      let row = years.get(year);
      if (!row) years.set(year, (row = { count: 0, sectionIds: new Set() }));
      row.count += 1;
      row.sectionIds.add(s.id);
    }

    if (s.problems.error + s.problems.warning + s.problems.info > 0) {
      problems.push({ sectionId: s.id, path: s.path, name: s.name, problems: s.problems });
    }
  }

  problems.sort(
    (a, b) =>
      b.problems.error - a.problems.error ||
      b.problems.warning - a.problems.warning ||
      b.problems.info - a.problems.info ||
      a.name.localeCompare(b.name),
  );

  return {
    sectionCount: sections.length,
    counts,
    sectionIdsByVerdict,
    domains: [...domains.values()].sort((a, b) => a.domain.localeCompare(b.domain)),
    problems,
    citedPerYear: [...years.entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([year, row]) => ({ year, count: row.count, sectionIds: [...row.sectionIds] })),
  };
}
