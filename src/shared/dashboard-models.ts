// What the project dashboard shows; computed by src/core/dashboard.
import type { ProblemCounts, Verdict } from './models';

export type VerdictCounts = Record<Verdict, number>;

export interface DomainRow {
  /** The first path segment ("Bestuurzaken"), or "(top level)" for sections at the root. */
  domain: string;
  counts: VerdictCounts;
  total: number;
  sectionIdsByVerdict: Record<Verdict, string[]>;
}

export interface ProblemRow {
  sectionId: string;
  path: string[];
  name: string;
  problems: ProblemCounts;
}

export interface YearRow {
  year: string;
  /** Distinct cited references dated in that year. */
  count: number;
  sectionIds: string[];
}

export interface DashboardData {
  sectionCount: number;
  counts: VerdictCounts;
  sectionIdsByVerdict: Record<Verdict, string[]>;
  domains: DomainRow[];
  /** Sections with at least one problem, most errors first. */
  problems: ProblemRow[];
  citedPerYear: YearRow[];
}

