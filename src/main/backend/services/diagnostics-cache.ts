// The tree shows problem counts for every section; running the checker over 2,000
// sections on every tree refresh would be wasted work, since a section's diagnostics
// change only with its revision, the project's term, or the day (future-date checks).
import { checkSection } from '../../../core/citations';
import type { Diagnostic, ProblemCounts, ProjectInfo, Section } from '../../../shared/models';

interface Entry {
  key: string;
  diagnostics: Diagnostic[];
  counts: ProblemCounts;
}

export function todayIso(): string {
  return new Date().toISOString().slice(0, 10);
}

export function countProblems(diagnostics: readonly Diagnostic[]): ProblemCounts {
  const counts: ProblemCounts = { error: 0, warning: 0, info: 0 };
  for (const d of diagnostics) counts[d.severity] += 1;
  return counts;
}

export class DiagnosticsCache {
  private entries = new Map<string, Entry>();

  diagnostics(section: Section, info: ProjectInfo): Diagnostic[] {
    return this.entry(section, info).diagnostics;
  }

  counts(section: Section, info: ProjectInfo): ProblemCounts {
    return this.entry(section, info).counts;
  }

  forget(id: string): void {
    this.entries.delete(id);
  }

  clear(): void {
    this.entries.clear();
  }

  private entry(section: Section, info: ProjectInfo): Entry {
    const today = todayIso();
    const key = `${section.revision}|${section.updatedAt}|${info.termStart ?? ''}|${info.termEnd ?? ''}|${today}`;
    const cached = this.entries.get(section.id);
    if (cached && cached.key === key) return cached;
    const diagnostics = checkSection({
      body: section.body,
      references: section.references,
      termStart: info.termStart,
      termEnd: info.termEnd,
      today,
      verdict: section.verdict,
      agreement: section.agreement,
      agreementChecksum: section.agreementChecksum,
    });
    const entry = { key, diagnostics, counts: countProblems(diagnostics) };
    this.entries.set(section.id, entry);
    return entry;
  }
}
